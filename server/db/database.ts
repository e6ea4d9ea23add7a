// One query layer for both databases: Kysely over better-sqlite3 (WAL) or pg,
// chosen by DATABASE_URL. Migrations run before the server listens.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations.js';
import type { Tables } from './tables.js';

export type Db = Kysely<Tables>;
export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Db;
  dialect: Dialect;
  /** A safe description for the start-up line (no password). */
  describe: string;
  /** SQLite only: the connection, for the migration lock. */
  sqlite?: SQLite.Database;
  /**
   * After personal data was deleted from `tables`: on SQLite (where secure_delete has zeroed the
   * deleted rows) moves the write-ahead log into the file and empties it; on PostgreSQL vacuums
   * the tables so their dead rows are removed. False: the log could not be emptied for a reader.
   */
  scrub(tables: string[]): Promise<boolean>;
  close(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function checkpoint(db: Db): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    if (rows[0]?.busy === 0) return true;
    await pause(100);
  }
  return false;
}

/**
 * Switching a new file to WAL needs it alone for a moment, and SQLite answers "database is locked"
 * at once rather than waiting (no busy handler): a second receiver opening the same new file at the
 * same moment tries again for up to 5 s.
 */
function walMode(sqlite: SQLite.Database): void {
  const until = Date.now() + 5000;
  for (;;) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > until) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

function openSqlite(url: string, existing = false): Database {
  const path = url.slice('sqlite:'.length);
  const file = path === ':memory:' ? path : resolve(path);
  if (existing && !existsSync(file)) throw new Error(`No receiver database at ${file}. ${notTheReceivers}`);
  let sqlite: SQLite.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    sqlite = new SQLite(file);
    walMode(sqlite);
  } catch (error) {
    throw new Error(`Cannot open the database at ${file}: ${(error as Error).message}`);
  }
  // FULL: a commit reaches the disk before the 201 goes out, even on power loss.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // A deleted row's bytes are overwritten with zeros, not left in a free page for anyone with the file.
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    describe: `SQLite at ${file}`,
    sqlite,
    scrub: () => checkpoint(db),
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  const where = new URL(url);
  return {
    db,
    dialect: 'postgres',
    describe: `PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname}`,
    async scrub(tables) {
      // Outside a transaction, as VACUUM must be.
      await sql`vacuum ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
      return true;
    },
    close: () => db.destroy(),
  };
}

export interface OpenOptions {
  /**
   * Only a database the receiver has already made (for `erase`): no new file, no tables made, so
   * a wrong path or DATABASE_URL is an error rather than an empty database that holds "nothing".
   */
  existing?: boolean;
  /**
   * Only a new database (for `copy-to`): one with no tables, or with the receiver's own; a database
   * of something else (a mistyped name) is an error before any table is made in it.
   */
  fresh?: boolean;
  /** Where the URL came from, for messages: DATABASE_URL unless told. */
  variable?: string;
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  let database: Database;
  if (url.startsWith('sqlite:')) database = openSqlite(url, options.existing);
  else if (/^postgres(ql)?:\/\//.test(url)) database = openPostgres(url);
  else
    throw new Error(
      `DATABASE_URL must start with sqlite: or postgres://, not "${url.split(':')[0]}${url.includes(':') ? ':…' : ''}".`,
    );
  try {
    if (database.dialect === 'postgres') await reachable(database, url, options.variable ?? 'DATABASE_URL');
    if (options.existing) await holdsReceiverTables(database);
    if (options.fresh) await holdsNoOtherTables(database);
    await migrate(database.db as unknown as Kysely<unknown>, database.dialect, database.sqlite);
  } catch (error) {
    // Close the pool, so the process can end with the message.
    await database.close();
    throw error;
  }
  return database;
}

const notTheReceivers = 'Run this where the receiver runs, with its DATABASE_URL (docs/receiver.md).';

async function holdsReceiverTables(database: Database): Promise<void> {
  const tables = await database.db.introspection.getTables();
  if (!tables.some((table) => table.name === 'delegation_requests'))
    throw new Error(`${database.describe} holds no receiver data. ${notTheReceivers}`);
}

/** The tables the receiver's migrations make, Kysely's own among them. */
const receiverTables = new Set([
  ...['delegation_requests', 'outbox', 'counters', 'audit_log', 'settings', 'subscribers', 'consents'],
  ...['signup_keys', 'kysely_migration', 'kysely_migration_lock'],
]);

async function holdsNoOtherTables(database: Database): Promise<void> {
  const names = (await database.db.introspection.getTables({ withInternalKyselyTables: true })).map(
    (table) => table.name,
  );
  // Tables the receiver's names alone are not the receiver's when its migrations did not make them.
  const foreign = names.includes('kysely_migration') ? names.filter((name) => !receiverTables.has(name)) : names;
  if (foreign.length > 0) {
    const listed = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? ', …' : '');
    throw new Error(
      `${database.describe} already holds tables the receiver did not make (${listed}). Copy into a new, empty database.`,
    );
  }
}

/** One query first, so an unreachable server is named as such, not as a failed migration. */
async function reachable(database: Database, url: string, variable: string): Promise<void> {
  try {
    await sql`select 1`.execute(database.db);
  } catch (error) {
    throw new Error(connectionProblem(error, new URL(url), variable));
  }
}

/**
 * Why PostgreSQL could not be reached, in plain words and from the URL's parts (never its
 * password); the library's code ends it, for searching. pg's own "connect ECONNREFUSED" named
 * no variable, and on Node 20 an address with both IPv4 and IPv6 gave an empty message.
 */
function connectionProblem(error: unknown, url: URL, variable = 'DATABASE_URL'): string {
  const { code, errors, message } = error as { code?: string; errors?: { code?: string }[]; message?: string };
  const found = code ?? errors?.[0]?.code;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const user = decoded(url.username) || /user "([^"]*)"/.exec(message ?? '')?.[1] || '';
  // pg's default database is the user's name.
  const name = decoded(url.pathname.slice(1)) || user;
  const causes: Record<string, string> = {
    ECONNREFUSED: `no server is listening there: start PostgreSQL, or correct the host and port in ${variable}`,
    ENOTFOUND: `the host name ${host} is not found: correct it in ${variable}, or write the server's IP address`,
    EAI_AGAIN: `the host name ${host} could not be looked up: correct it in ${variable}, or write the server's IP address`,
    '28P01': `the server refused the password for user "${user}": correct it in ${variable}, writing @ : / % in it as %40 %3A %2F %25`,
    '3D000': `the database ${name} does not exist: create it with createdb ${user ? `-O ${user} ` : ''}${name}`,
  };
  const where = `${variable} names PostgreSQL at ${host}:${url.port || 5432}/${name}`;
  const cause = found ? causes[found] : undefined;
  if (cause) return `${where}, but ${cause} (${found}).`;
  return `${where}, but connecting failed: ${message || String(error)}${found ? ` (${found})` : ''}.`;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
