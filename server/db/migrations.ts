// Schema migrations, applied in order at start through Kysely's Migrator,
// under a lock so two instances starting together on a new database do not
// both apply one: Kysely's pg_advisory_lock on PostgreSQL; on SQLite (where
// Kysely's lock does nothing) one `begin immediate` transaction around the
// whole check-and-migrate, which the other process waits for (busy_timeout).
import type SQLite from 'better-sqlite3';
import { Migrator } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from './database.js';

function migrations(dialect: Dialect): Record<string, Migration> {
  // SQLite's rowid alias and PostgreSQL's identity column: the one difference.
  const id = dialect === 'sqlite' ? 'integer' : 'serial';
  const primary = (column: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? column.primaryKey().autoIncrement() : column.primaryKey();
  return {
    '0001-delegation-requests': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('delegation_requests')
          .addColumn('id', id, primary)
          .addColumn('reference', 'text', (c) => c.notNull().unique())
          .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
          .addColumn('email', 'text', (c) => c.notNull())
          .addColumn('requested_date', 'text', (c) => c.notNull())
          .addColumn('locale', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('delegation_requests_email').on('delegation_requests').column('email').execute();
        await db.schema
          .createTable('outbox')
          .addColumn('id', id, primary)
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('subject_email', 'text')
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('next_attempt_at', 'text', (c) => c.notNull())
          .addColumn('sent_at', 'text')
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'next_attempt_at']).execute();
        await db.schema
          .createTable('counters')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('value', 'integer', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('audit_log')
          .addColumn('id', id, primary)
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('target', 'text')
          .addColumn('detail', 'text')
          .execute();
        await db.schema
          .createTable('settings')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0002-newsletter': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('subscribers')
          .addColumn('id', id, primary)
          .addColumn('email', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text')
          .addColumn('locale', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('lists', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('confirmed_at', 'text')
          .addColumn('unsubscribed_at', 'text')
          .addColumn('notified_at', 'text')
          .execute();
        await db.schema
          .createTable('consents')
          .addColumn('id', id, primary)
          .addColumn('subscriber_id', 'integer', (c) => c.notNull().references('subscribers.id').onDelete('cascade'))
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('text_sha256', 'text', (c) => c.notNull())
          .addColumn('locale', 'text', (c) => c.notNull())
          .addColumn('privacy_url', 'text')
          .addColumn('lists', 'text', (c) => c.notNull())
          .addColumn('signed_up_at', 'text', (c) => c.notNull())
          .addColumn('confirmed_at', 'text')
          .addColumn('ip', 'text')
          .execute();
        await db.schema.createIndex('consents_subscriber').on('consents').column('subscriber_id').execute();
        await db.schema
          .createTable('signup_keys')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0003-outbox-failed': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('outbox').addColumn('failed_at', 'text').execute();
      },
    },
  };
}

/** `sqlite`: the connection under `db`, for the lock (Kysely then runs every statement in its transaction). */
export async function migrate(db: Kysely<unknown>, dialect: Dialect, sqlite?: SQLite.Database): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  sqlite?.exec('begin immediate');
  let outcome: Awaited<ReturnType<Migrator['migrateToLatest']>>;
  try {
    outcome = await new Migrator({ db, provider }).migrateToLatest();
  } catch (error) {
    if (sqlite?.inTransaction) sqlite.exec('rollback');
    throw error;
  }
  if (sqlite?.inTransaction) sqlite.exec(outcome.error ? 'rollback' : 'commit');
  const { error, results } = outcome;
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ? `${failed} ` : ''}failed: ${String(error)}`);
  }
}
