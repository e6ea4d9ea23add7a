// Storing a delegation request: one row per idempotency key, enforced by the
// database's unique constraint (never by memory), with its reference number
// and both mails queued in the same transaction. Nothing is answered 201
// before that transaction has committed.
import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { audit } from './audit.js';
import type { Db } from './db/database.js';
import { confirmationMail, officeMail } from './mail/delegation-mails.js';
import { enqueue } from './mail/outbox.js';
import type { OutboxItem } from './mail/outbox.js';
import type { Config } from './config.js';
import type { Office, Replaced } from './mail/delegation-mails.js';

class AlreadyStored extends Error {}

export interface Stored {
  reference: string;
  created: boolean;
}

async function referenceOf(db: Db, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('delegation_requests')
    .select('reference')
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row?.reference;
}

/**
 * Every stored version of a request edited after its answer was lost: the first (its key is
 * `first`) and each later one, which names that key in `replaces` (also after several edits).
 */
export function versionsOf(db: Db, first: string) {
  const sibling = `%${JSON.stringify({ replaces: first })
    .slice(1, -1)
    .replace(/[\\%_]/g, '\\$&')}%`;
  return db
    .selectFrom('delegation_requests')
    .where((eb) => eb.or([eb('idempotency_key', '=', first), sql<boolean>`data like ${sibling} escape '\\'`]))
    .orderBy('id');
}

/**
 * A request whose answer was lost and that the person then edited comes again under a new key
 * with `replaces` naming the first key: every earlier version still "new" becomes "replaced",
 * so the office handles one. Returns them, oldest first, with the status each had before.
 */
async function markReplaced(trx: Db, key: string, request: Record<string, unknown>, now: Date): Promise<Replaced[]> {
  const first = request.replaces;
  if (typeof first !== 'string' || first === key) return [];
  const rows = await versionsOf(trx, first)
    .select(['reference', 'status'])
    .where('idempotency_key', '!=', key)
    .execute();
  const open = rows.filter((row) => row.status === 'new').map((row) => row.reference);
  if (open.length === 0) return rows;
  await trx
    .updateTable('delegation_requests')
    .set({ status: 'replaced', updated_at: now.toISOString() })
    .where('reference', 'in', open)
    .execute();
  for (const reference of open) await audit(trx, now, 'delegation-request.replaced', reference);
  return rows;
}

export function formatReference(year: number, number: number): string {
  return `DV-${year}-${String(number).padStart(4, '0')}`;
}

export async function storeDelegation(
  db: Db,
  config: Config,
  office: Office,
  key: string,
  request: Record<string, unknown>,
  now: Date,
): Promise<Stored> {
  const known = await referenceOf(db, key);
  if (known) return { reference: known, created: false };
  try {
    const reference = await db.transaction().execute(async (trx) => {
      const year = now.getUTCFullYear();
      // The counter row is locked until commit, so concurrent requests get consecutive numbers.
      const counter = await trx
        .insertInto('counters')
        .values({ name: `DV-${year}`, value: 1 })
        .onConflict((conflict) => conflict.column('name').doUpdateSet({ value: sql<number>`counters.value + 1` }))
        .returning('value')
        .executeTakeFirstOrThrow();
      const reference = formatReference(year, Number(counter.value));
      const replaced = await markReplaced(trx, key, request, now);
      const email = String(request.email).toLowerCase();
      const inserted = await trx
        .insertInto('delegation_requests')
        .values({
          reference,
          idempotency_key: key,
          email,
          requested_date: String(request.date),
          locale: typeof request.locale === 'string' ? request.locale : 'en',
          status: 'new',
          data: JSON.stringify(request),
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .onConflict((conflict) => conflict.column('idempotency_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      // A concurrent post with the same key committed first: undo our counter step too.
      if (!inserted) throw new AlreadyStored();
      const mails: OutboxItem[] = [{ kind: 'mail', payload: confirmationMail(reference, request, office) }];
      if (office.email)
        mails.unshift({
          kind: 'mail',
          payload: officeMail(config, office.email, reference, request, replaced, office.interests),
        });
      await enqueue(trx, mails, email, now);
      await audit(trx, now, 'delegation-request.received', reference);
      return reference;
    });
    return { reference, created: true };
  } catch (error) {
    if (!(error instanceof AlreadyStored)) throw error;
    const reference = await referenceOf(db, key);
    if (!reference) throw new Error('A request with this key was reported stored but cannot be read back.');
    return { reference, created: false };
  }
}

/** What a bot is told: shaped like a real reference, stable per key, never stored. */
export function lookalikeReference(secret: string, key: string, now: Date): string {
  const digest = createHmac('sha256', secret).update(key).digest();
  return formatReference(now.getUTCFullYear(), 1000 + (digest.readUInt32BE(0) % 9000));
}
