// Schema migrations, applied in order at start through Kysely's Migrator
// (which records them and takes a lock, so two instances starting together
// on PostgreSQL do not both apply one).
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
  };
}

export async function migrate(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String(error)}`);
  }
}
