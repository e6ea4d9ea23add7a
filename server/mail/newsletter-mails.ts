// Newsletter mails: each carries an unsubscribe link in its text and the
// List-Unsubscribe + List-Unsubscribe-Post headers of RFC 8058.
import type { Config } from '../config.js';
import { signToken } from '../tokens.js';
import { pickLocale } from './delegation-texts.js';
import { newsletterTexts } from './newsletter-texts.js';
import type { NewsletterText } from './newsletter-texts.js';
import type { MailMessage } from './outbox.js';

export function textsFor(locale: string | undefined): { locale: string; text: NewsletterText } {
  const picked = pickLocale(locale, newsletterTexts);
  return { locale: picked, text: newsletterTexts[picked] ?? (newsletterTexts.en as NewsletterText) };
}

export function unsubscribeUrl(config: Config, secret: string, subscriberId: number): string {
  return `${config.publicUrl}/api/newsletter/unsubscribe?token=${signToken({ p: 'u', s: subscriberId }, secret)}`;
}

function withUnsubscribe(
  config: Config,
  secret: string,
  subscriberId: number,
  locale: string,
  mail: MailMessage,
): MailMessage {
  const url = unsubscribeUrl(config, secret, subscriberId);
  const { text } = textsFor(locale);
  return {
    ...mail,
    text: `${mail.text}\n\n--\n${text.unsubscribeLine.replace('{url}', url)}`,
    headers: {
      ...mail.headers,
      'Content-Language': locale,
      'List-Unsubscribe': `<${url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

/** Whose newsletter a mail is about, and which of its lists, in the signup's language (from NEWSLETTER_CONFIG). */
export interface Newsletter {
  publisher?: string;
  lists?: string[];
}

/** "Brno Metropolitan Area: Metropolitan news, International newsletter", or as much of it as is known. */
const newsletterLine = ({ publisher = '', lists = [] }: Newsletter): string =>
  [publisher, lists.join(', ')].filter(Boolean).join(': ');

/** A newsletter mail is from its publisher, by name, when NEWSLETTER_CONFIG names one. */
const fromPublisher = ({ publisher }: Newsletter): Pick<MailMessage, 'fromName'> =>
  publisher ? { fromName: publisher } : {};

export function confirmationMail(
  config: Config,
  secret: string,
  to: string,
  locale: string,
  ids: { subscriber: number; consent: number },
  expires: Date,
  /** A confirmed subscriber asking for other lists: the mail says it confirms a change. */
  change = false,
  newsletter: Newsletter = {},
): MailMessage {
  const { locale: picked, text } = textsFor(locale);
  const token = signToken(
    { p: 'c', s: ids.subscriber, c: ids.consent, x: Math.floor(expires.getTime() / 1000), l: picked },
    secret,
  );
  const link = `${config.publicUrl}/api/newsletter/confirm?token=${token}`;
  // Named, so that a signup's confirmation is not an anonymous "our newsletter" (it read like spam).
  const about = newsletterLine(newsletter);
  return withUnsubscribe(config, secret, ids.subscriber, picked, {
    to,
    ...fromPublisher(newsletter),
    subject: change ? text.changeSubject : text.confirmSubject,
    text: [...(about ? [about, ''] : []), (change ? text.changeBody : text.confirmBody).replace('{link}', link)].join(
      '\n',
    ),
  });
}

export function alreadySubscribedMail(
  config: Config,
  secret: string,
  to: string,
  locale: string,
  subscriber: number,
  newsletter: Newsletter = {},
): MailMessage {
  const { locale: picked, text } = textsFor(locale);
  return withUnsubscribe(config, secret, subscriber, picked, {
    to,
    ...fromPublisher(newsletter),
    subject: text.alreadySubject,
    text: text.alreadyBody,
  });
}
