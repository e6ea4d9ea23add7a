// Deletion on time and on request. Delegation requests go RETENTION_DAYS after
// the requested date; unconfirmed signups and their keys after 7 days; an
// unsubscribed subscriber (address, name, consent records) UNSUBSCRIBED_RETENTION_DAYS
// after unsubscribing; sent mail, and mail given up on (both hold personal data),
// after 7 days. The audit log keeps counts only.
// After each, the database is scrubbed (database.ts) so the deleted bytes do not
// linger in SQLite's write-ahead log or as PostgreSQL's dead rows.
import { audit } from './audit.js';
import type { Database, Db } from './db/database.js';

const day = 24 * 60 * 60 * 1000;
export const unconfirmedDays = 7;
export const defaultUnsubscribedDays = 30;

export interface Purged {
  requests: number;
  signups: number;
  unsubscribed: number;
  mails: number;
  /** False: SQLite's write-ahead log could not be emptied (see Database.scrub). */
  scrubbed: boolean;
}

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * day);
}

/**
 * Unsubscribed before `cutoff`, and not signed up again since a week ago (that signup's link is
 * still open; an older one is an unconfirmed signup, deleted like any other).
 */
async function longUnsubscribed(trx: Db, cutoff: string, weekAgo: string): Promise<number[]> {
  const rows = await trx
    .selectFrom('subscribers')
    .select('id')
    .where('status', '=', 'unsubscribed')
    .where('unsubscribed_at', '<', cutoff)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('consents')
            .select('consents.id')
            .whereRef('consents.subscriber_id', '=', 'subscribers.id')
            .where('consents.signed_up_at', '>=', weekAgo),
        ),
      ),
    )
    .execute();
  return rows.map((row) => row.id);
}

export async function purge(
  database: Database,
  retentionDays: number,
  now: Date,
  unsubscribedDays = defaultUnsubscribedDays,
): Promise<Purged> {
  const lastKeptDate = daysBefore(now, retentionDays).toISOString().slice(0, 10);
  const weekAgo = daysBefore(now, unconfirmedDays).toISOString();
  const unsubscribedCutoff = daysBefore(now, unsubscribedDays).toISOString();
  const purged = await database.db.transaction().execute(async (trx) => {
    const requests = await trx
      .deleteFrom('delegation_requests')
      .where('requested_date', '<', lastKeptDate)
      .executeTakeFirst();
    const pending = trx
      .selectFrom('subscribers')
      .select('id')
      .where('status', '=', 'pending')
      .where('created_at', '<', weekAgo);
    await trx.deleteFrom('consents').where('subscriber_id', 'in', pending).execute();
    const signups = await trx
      .deleteFrom('subscribers')
      .where('status', '=', 'pending')
      .where('created_at', '<', weekAgo)
      .executeTakeFirst();
    const gone = await longUnsubscribed(trx, unsubscribedCutoff, weekAgo);
    if (gone.length > 0) {
      await trx.deleteFrom('consents').where('subscriber_id', 'in', gone).execute();
      await trx.deleteFrom('subscribers').where('id', 'in', gone).execute();
    }
    await trx.deleteFrom('signup_keys').where('created_at', '<', weekAgo).execute();
    const mails = await trx
      .deleteFrom('outbox')
      .where((eb) => eb.or([eb('sent_at', '<', weekAgo), eb('failed_at', '<', weekAgo)]))
      .executeTakeFirst();
    const purged = {
      requests: Number(requests.numDeletedRows),
      signups: Number(signups.numDeletedRows),
      unsubscribed: gone.length,
      mails: Number(mails.numDeletedRows),
    };
    await audit(trx, now, 'retention.purge', null, JSON.stringify(purged));
    return purged;
  });
  // SQLite only: the deleted rows are in the write-ahead log; PostgreSQL's autovacuum sees to its dead rows.
  const scrubbed = database.dialect === 'sqlite' ? await database.scrub([]) : true;
  return { ...purged, scrubbed };
}

export interface Erased {
  references: string[];
  subscribers: number;
  consents: number;
  mails: number;
  /** False: SQLite's write-ahead log could not be emptied (see Database.scrub). */
  scrubbed: boolean;
}

/** Everything about one e-mail address: requests, subscriptions, consent records, queued and sent mail. */
export async function erase(database: Database, email: string, now: Date): Promise<Erased> {
  const address = email.trim().toLowerCase();
  const erased = await database.db.transaction().execute(async (trx) => {
    const requests = await trx
      .deleteFrom('delegation_requests')
      .where('email', '=', address)
      .returning('reference')
      .execute();
    const subscriber = trx.selectFrom('subscribers').select('id').where('email', '=', address);
    const consents = await trx.deleteFrom('consents').where('subscriber_id', 'in', subscriber).executeTakeFirst();
    const subscribers = await trx.deleteFrom('subscribers').where('email', '=', address).executeTakeFirst();
    const mails = await trx.deleteFrom('outbox').where('subject_email', '=', address).executeTakeFirst();
    const erased = {
      references: requests.map((row) => row.reference),
      subscribers: Number(subscribers.numDeletedRows),
      consents: Number(consents.numDeletedRows),
      mails: Number(mails.numDeletedRows),
    };
    await audit(trx, now, 'erase', null, JSON.stringify({ ...erased, references: erased.references.length }));
    return erased;
  });
  const scrubbed = await database.scrub(['delegation_requests', 'subscribers', 'consents', 'outbox']);
  return { ...erased, scrubbed };
}

export const notScrubbed =
  "Deleted, but SQLite's write-ahead log (the -wal file) could not be emptied: a reader kept it busy. It is emptied at the next purge or erase.";

/** Purges at start and then once a day, for as long as the receiver runs. */
export function schedulePurge(
  database: Database,
  retention: { retentionDays: number; unsubscribedRetentionDays: number },
  now: () => Date,
  log: (line: string) => void,
): () => void {
  const run = () =>
    purge(database, retention.retentionDays, now(), retention.unsubscribedRetentionDays)
      .then((purged) => {
        if (!purged.scrubbed) log(notScrubbed);
      })
      .catch((error: unknown) => log(`retention purge failed: ${String(error)}`));
  void run();
  const timer = setInterval(run, day);
  timer.unref();
  return () => clearInterval(timer);
}
