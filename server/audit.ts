// The audit log records what happened to which reference, never who: no
// names, addresses or request contents, so it may outlive the data it tells about.
import type { Db } from './db/database.js';

export async function audit(db: Db, now: Date, action: string, target: string | null, detail?: string): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ at: now.toISOString(), action, target, detail: detail ?? null })
    .execute();
}
