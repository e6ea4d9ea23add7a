// Double opt-in: a signup stores a pending subscriber and a consent record and
// queues the confirmation mail; the signed link confirms it (and hands the
// subscriber to the city's tool by webhook); unsubscribing is one POST.
// Every signup gets the same HTTP answer: the difference is only in the mail.
import { createHash } from 'node:crypto';
import { audit } from './audit.js';
import type { Context } from './app.js';
import type { Db } from './db/database.js';
import type { ConsentTable, SubscriberTable } from './db/tables.js';
import { alreadySubscribedMail, confirmationMail } from './mail/newsletter-mails.js';
import { nameIn } from './mail/delegation-texts.js';
import { enqueue } from './mail/outbox.js';
import type { Selectable } from 'kysely';

const day = 24 * 60 * 60 * 1000;
/** A pending address gets at most one confirmation mail in this time; a confirmed one one notice a day. */
const pendingResendMs = 10 * 60 * 1000;

export interface Signup {
  email: string;
  name?: string;
  lists: string[];
  consentText: string;
  privacyUrl?: string;
  locale: string;
  ip?: string;
}

function sameLists(stored: string, asked: string[]): boolean {
  const sorted = (lists: string[]) => JSON.stringify([...new Set(lists)].sort());
  return sorted(JSON.parse(stored) as string[]) === sorted(asked);
}

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function subscriberFor(trx: Db, signup: Signup, now: Date): Promise<Selectable<SubscriberTable>> {
  const email = signup.email.toLowerCase();
  await trx
    .insertInto('subscribers')
    .values({
      email,
      name: signup.name ?? null,
      locale: signup.locale,
      status: 'pending',
      lists: JSON.stringify(signup.lists),
      created_at: now.toISOString(),
      confirmed_at: null,
      unsubscribed_at: null,
      notified_at: null,
    })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .execute();
  return trx.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
}

/**
 * Marks that a mail goes out now unless one went out within the window: one
 * conditional update, so concurrent signups of one address send one mail.
 */
async function claimNotice(trx: Db, id: number, now: Date, windowMs: number): Promise<boolean> {
  const threshold = new Date(now.getTime() - windowMs).toISOString();
  const claimed = await trx
    .updateTable('subscribers')
    .set({ notified_at: now.toISOString() })
    .where('id', '=', id)
    .where((eb) =>
      windowMs > 0 ? eb.or([eb('notified_at', 'is', null), eb('notified_at', '<=', threshold)]) : eb.lit(true),
    )
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** A list by its label in `locale` (else in English, else the first given), as NEWSLETTER_CONFIG names it; else its id. */
export const listLabel = (context: Pick<Context, 'lists'>, id: string, locale: string): string =>
  nameIn(context.lists?.get(id), locale) || id;

/** Stores the signup and queues what it should cause; returns nothing the caller could leak. */
export async function signUp(context: Context, key: string, signup: Signup): Promise<void> {
  const now = context.now();
  const queued = await context.db.transaction().execute(async (trx) => {
    // The key is stored with the rest, so a failed attempt leaves nothing that would swallow its retry.
    const fresh = await trx
      .insertInto('signup_keys')
      .values({ key, created_at: now.toISOString() })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!fresh) return false;
    const subscriber = await subscriberFor(trx, signup, now);
    // Confirmed with other lists: a change, confirmed by its own link like a signup (anyone can post any address).
    const change = subscriber.status === 'confirmed' && !sameLists(subscriber.lists, signup.lists);
    if (subscriber.status === 'confirmed' && !change) {
      if (!(await claimNotice(trx, subscriber.id, now, day))) return false;
      const mail = alreadySubscribedMail(
        context.config,
        context.secret,
        subscriber.email,
        signup.locale,
        subscriber.id,
        { publisher: nameIn(context.newsletterPublisher, signup.locale) },
      );
      await enqueue(trx, { kind: 'mail', payload: mail }, subscriber.email, now);
      return true;
    }
    const consent = await trx
      .insertInto('consents')
      .values({
        subscriber_id: subscriber.id,
        text: normaliseText(signup.consentText),
        text_sha256: createHash('sha256').update(normaliseText(signup.consentText)).digest('hex'),
        locale: signup.locale,
        privacy_url: signup.privacyUrl ?? null,
        lists: JSON.stringify(signup.lists),
        signed_up_at: now.toISOString(),
        confirmed_at: null,
        ip: context.config.storeIp ? (signup.ip ?? null) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (!change) {
      const lists = JSON.stringify(signup.lists);
      await trx
        .updateTable('subscribers')
        .set({ status: 'pending', name: signup.name ?? null, locale: signup.locale, lists })
        .where('id', '=', subscriber.id)
        .execute();
    }
    const window = subscriber.status === 'unsubscribed' ? 0 : pendingResendMs;
    if (!(await claimNotice(trx, subscriber.id, now, window))) return false;
    const mail = confirmationMail(
      context.config,
      context.secret,
      subscriber.email,
      signup.locale,
      { subscriber: subscriber.id, consent: consent.id },
      new Date(now.getTime() + 7 * day),
      change,
      {
        publisher: nameIn(context.newsletterPublisher, signup.locale),
        lists: context.lists ? signup.lists.map((id) => listLabel(context, id, signup.locale)) : [],
      },
    );
    await enqueue(trx, { kind: 'mail', payload: mail }, subscriber.email, now);
    await audit(trx, now, 'newsletter.signup', `subscriber:${subscriber.id}`);
    return true;
  });
  if (queued) context.outbox.wake();
}

export type Confirmation =
  | { outcome: 'confirmed'; lists: string[]; locale: string }
  | { outcome: 'used' | 'expired' | 'unsubscribed'; locale: string };

function webhookBody(
  subscriber: Selectable<SubscriberTable>,
  consent: Selectable<ConsentTable>,
  confirmedAt: string,
): string {
  return JSON.stringify({
    event: 'subscriber.confirmed',
    email: subscriber.email,
    name: subscriber.name,
    locale: subscriber.locale,
    lists: JSON.parse(consent.lists) as string[],
    confirmedAt,
    consent: {
      text: consent.text,
      textSha256: consent.text_sha256,
      locale: consent.locale,
      privacyUrl: consent.privacy_url,
      signedUpAt: consent.signed_up_at,
      confirmedAt,
    },
  });
}

export async function confirm(context: Context, subscriberId: number, consentId: number): Promise<Confirmation> {
  const now = context.now().toISOString();
  const result = await context.db.transaction().execute(async (trx): Promise<Confirmation> => {
    const consent = await trx
      .selectFrom('consents')
      .selectAll()
      .where('id', '=', consentId)
      .where('subscriber_id', '=', subscriberId)
      .executeTakeFirst();
    const subscriber = await trx
      .selectFrom('subscribers')
      .selectAll()
      .where('id', '=', subscriberId)
      .executeTakeFirst();
    if (!consent || !subscriber) return { outcome: 'expired', locale: 'en' };
    const lists = JSON.parse(consent.lists) as string[];
    if (consent.confirmed_at) {
      // The lists as they are now: a later change may have replaced this link's.
      if (subscriber.status === 'confirmed')
        return { outcome: 'confirmed', lists: JSON.parse(subscriber.lists) as string[], locale: consent.locale };
      // Opened again after unsubscribing: told so (and offered to sign up again), not "already used".
      return { outcome: subscriber.status === 'unsubscribed' ? 'unsubscribed' : 'used', locale: consent.locale };
    }
    // Confirmed already: only a change of lists asked for after that confirmation is still open.
    const change = subscriber.confirmed_at !== null && consent.signed_up_at > subscriber.confirmed_at;
    if (subscriber.status === 'confirmed' && !change) return { outcome: 'used', locale: consent.locale };
    // A link mailed before the person unsubscribed never subscribes them again: a new signup mails a new one.
    if (subscriber.unsubscribed_at && subscriber.unsubscribed_at >= consent.signed_up_at) {
      return { outcome: subscriber.status === 'unsubscribed' ? 'unsubscribed' : 'expired', locale: consent.locale };
    }
    await trx.updateTable('consents').set({ confirmed_at: now }).where('id', '=', consent.id).execute();
    await trx
      .updateTable('subscribers')
      .set({ status: 'confirmed', confirmed_at: now, unsubscribed_at: null, lists: consent.lists })
      .where('id', '=', subscriber.id)
      .execute();
    if (context.config.webhookUrl) {
      const payload = { url: context.config.webhookUrl, body: webhookBody(subscriber, consent, now) };
      await enqueue(trx, { kind: 'webhook', payload }, subscriber.email, context.now());
    }
    await audit(trx, context.now(), 'newsletter.confirmed', `subscriber:${subscriber.id}`);
    return { outcome: 'confirmed', lists, locale: consent.locale };
  });
  context.outbox.wake();
  return result;
}

export async function unsubscribe(context: Context, subscriberId: number): Promise<string> {
  const now = context.now();
  const subscriber = await context.db
    .selectFrom('subscribers')
    .select(['locale', 'status'])
    .where('id', '=', subscriberId)
    .executeTakeFirst();
  if (subscriber && subscriber.status !== 'unsubscribed') {
    await context.db
      .updateTable('subscribers')
      .set({ status: 'unsubscribed', unsubscribed_at: now.toISOString() })
      .where('id', '=', subscriberId)
      .execute();
    await audit(context.db, now, 'newsletter.unsubscribed', `subscriber:${subscriberId}`);
  }
  return subscriber?.locale ?? 'en';
}

/**
 * The language a subscriber signed up in and whether they have unsubscribed;
 * undefined for an id no longer stored (erased).
 */
export async function subscriberState(
  context: Context,
  subscriberId: number,
): Promise<{ locale: string; unsubscribed: boolean } | undefined> {
  const row = await context.db
    .selectFrom('subscribers')
    .select(['locale', 'status'])
    .where('id', '=', subscriberId)
    .executeTakeFirst();
  return row && { locale: row.locale, unsubscribed: row.status === 'unsubscribed' };
}
