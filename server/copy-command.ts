// `city-network-widgets receiver copy-to <DATABASE_URL>`: copies everything the
// receiver stores (requests, mails, subscribers and their consents, the secret
// that signs confirmation links, the reference counters) from its database
// into a new, empty one: from SQLite to PostgreSQL as a city grows, or back.
import { sql } from 'kysely';
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import type { Database } from './db/database.js';
import { runningAt, runningMark } from './db/running.js';
import type { Tables } from './db/tables.js';

/** In the order that keeps references whole (a consent after its subscriber). */
const tables: (keyof Tables)[] = [
  'settings',
  'counters',
  'delegation_requests',
  'outbox',
  'audit_log',
  'subscribers',
  'consents',
  'signup_keys',
];

/** Tables whose `id` the database numbers: on PostgreSQL its sequence goes on after the copied rows. */
const numbered = new Set<keyof Tables>(['delegation_requests', 'outbox', 'audit_log', 'subscribers', 'consents']);

/** Rows per insert: under both databases' limits on parameters (SQLite's 32,766; 11 columns at most). */
const batch = 200;

const redacted = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

async function rowCounts(database: Database): Promise<Map<keyof Tables, number>> {
  const counts = new Map<keyof Tables, number>();
  for (const table of tables) {
    const { count } = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    counts.set(table, Number(count));
  }
  return counts;
}

/** Copies every row of `from` into `to`, which must hold none; returns the rows copied per table. */
export async function copyDatabase(from: Database, to: Database): Promise<Map<keyof Tables, number>> {
  const held = [...(await rowCounts(to))].filter(([, count]) => count > 0);
  if (held.length) {
    const what = held.map(([table, count]) => `${count} in ${table}`).join(', ');
    throw new Error(`${to.describe} already holds data (${what}). Copy into a new, empty database.`);
  }
  // One snapshot of the source, written in one transaction: a failure leaves the target empty.
  return from.db.transaction().execute(async (source) =>
    to.db.transaction().execute(async (target) => {
      const copied = new Map<keyof Tables, number>();
      for (const table of tables) {
        // A stopped receiver's mark is left behind (a stale one, or none): the new database has no receiver yet.
        const rows = (
          table === 'settings'
            ? await source.selectFrom('settings').selectAll().where('name', '!=', runningMark).execute()
            : await source.selectFrom(table).selectAll().execute()
        ) as Record<string, unknown>[];
        for (let start = 0; start < rows.length; start += batch) {
          await target
            .insertInto(table)
            .values(rows.slice(start, start + batch) as never)
            .execute();
        }
        if (to.dialect === 'postgres' && numbered.has(table) && rows.length) {
          // Explicit ids leave the sequence at its start: the next request would take id 1 again.
          await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(
            target,
          );
        }
        copied.set(table, rows.length);
      }
      return copied;
    }),
  );
}

export async function copyCommand(config: Config, args: string[]): Promise<number> {
  const targetUrl = args.find((arg) => !arg.startsWith('-'));
  if (!targetUrl) {
    console.error(
      'Name the new database: city-network-widgets receiver copy-to postgres://user:password@host/receiver\n' +
        '(it copies from the database in DATABASE_URL; stop the receiver first).',
    );
    return 2;
  }
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(targetUrl)) {
    console.error(
      `Name the new database as DATABASE_URL names one, sqlite:/path/receiver.sqlite or postgres://user:password@host/db, not "${targetUrl}".`,
    );
    return 2;
  }
  if (targetUrl === config.databaseUrl) {
    console.error('The new database is the one in DATABASE_URL: name another one.');
    return 2;
  }
  const from = await openDatabase(config.databaseUrl, { existing: true });
  try {
    // A receiver still running on it would store and send after the copy: lost requests, mails sent twice.
    const running = await runningAt(from.db);
    if (running) {
      const ago = Math.max(0, Math.round((Date.now() - running.getTime()) / 1000));
      console.error(
        `A receiver is running on ${from.describe} (it was active ${ago} s ago). Stop it first: what it stores or ` +
          'sends after the copy would be lost, or sent again from the copy. (Stopped just now without a clean ' +
          'shutdown? Wait a minute.)',
      );
      return 1;
    }
    const to = await openDatabase(targetUrl, { fresh: true, variable: 'The copy-to URL' });
    try {
      const copied = await copyDatabase(from, to);
      console.log(`Copied from ${from.describe} to ${to.describe}:`);
      for (const [table, count] of copied) console.log(`  ${table}: ${count}`);
      console.log(`Start the receiver with DATABASE_URL=${redacted(targetUrl)} from now on.`);
      return 0;
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}
