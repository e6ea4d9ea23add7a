// A receiver marks the database it runs on (a row in `settings`, renewed while it runs, removed as
// it stops), so that `receiver copy-to` does not copy a database that a receiver still writes to:
// what it stored after the copy would be lost, and the mails it sent sent again from the copy.
import type { Db } from './database.js';

export const runningMark = 'receiver-running';
const renewMs = 20_000;
/** A mark older than this is a receiver that stopped without removing it (killed, or a lost machine). */
const staleMs = 60_000;

/** Marks `db` as in use until the returned function is called (wall-clock time: it is about processes). */
export function markRunning(db: Db): () => Promise<void> {
  const renew = () =>
    db
      .insertInto('settings')
      .values({ name: runningMark, value: new Date().toISOString() })
      .onConflict((conflict) => conflict.column('name').doUpdateSet({ value: new Date().toISOString() }))
      .execute()
      .catch(() => undefined);
  const first = renew();
  const timer = setInterval(renew, renewMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await first;
    await db
      .deleteFrom('settings')
      .where('name', '=', runningMark)
      .execute()
      .catch(() => undefined);
  };
}

/** When a receiver last marked `db` as in use, if that was within the last minute. */
export async function runningAt(db: Db, now = new Date()): Promise<Date | undefined> {
  const row = await db.selectFrom('settings').select('value').where('name', '=', runningMark).executeTakeFirst();
  const at = row ? new Date(row.value) : undefined;
  return at && now.getTime() - at.getTime() < staleMs ? at : undefined;
}
