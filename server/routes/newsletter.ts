// POST /api/newsletter-signups (always 202 {"status":"accepted"}), the
// confirmation link's page, and the unsubscribe link (GET: a button, or that the address has left; POST:
// one-click, RFC 8058).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Context } from '../app.js';
import { bodyOf, idempotencyKey, looksLikeBot, sendErrors } from '../forms.js';
import { html, page, pagePolicy } from '../html.js';
import type { Html } from '../html.js';
import { textsFor } from '../mail/newsletter-mails.js';
import type { NewsletterText } from '../mail/newsletter-texts.js';
import { confirm, listLabel, signUp, subscriberState, unsubscribe } from '../newsletter.js';
import { verifyToken } from '../tokens.js';
import { addressErrors, controlErrors, merged } from '../checks.js';
import { validate } from '../validation.js';
import { rateLimited } from './limits.js';

const accepted = { status: 'accepted' };

function sendPage(reply: FastifyReply, status: number, locale: string, title: string, body: Html): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('Content-Security-Policy', pagePolicy)
    .send(
      page(
        title,
        html`<main>
          <h1>${title}</h1>
          ${body}
        </main>`,
        locale,
      ),
    );
}

function listsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
}

/** "Sign up again", linked to the site's signup page; nothing when none is configured (no link to a 404). */
function signUpLink(context: Context, label: string): Html {
  const site = context.config.newsletterPageUrl;
  return site ? html`<p><a href="${site}">${label}</a></p>` : html``;
}

/** A way back to the city's site from a page that ends there (confirmed, unsubscribed), named by its host. */
function siteLink(context: Context): Html {
  const site = context.config.newsletterPageUrl;
  return site ? html`<p><a href="${site}">${new URL(site).host}</a></p>` : html``;
}

/** "You are unsubscribed", with the way back to the site: after the button, and for an address that has left. */
const sendUnsubscribed = (reply: FastifyReply, context: Context, locale: string, text: NewsletterText) =>
  sendPage(
    reply,
    200,
    locale,
    text.unsubscribedTitle,
    html`<p>${text.unsubscribedBody}</p>
      ${siteLink(context)}`,
  );

export function registerNewsletter(app: FastifyInstance, context: Context): void {
  app.post('/api/newsletter-signups', { config: rateLimited(context.config) }, async (request, reply) => {
    const body = bodyOf(request);
    const key = idempotencyKey(request, body);
    if (looksLikeBot(body)) return reply.code(202).send(accepted);
    const errors = merged(validate('newsletter', body), [
      ...controlErrors(body, ['consentText']),
      ...addressErrors(body),
    ]);
    const unknown = context.lists ? listsOf(body.lists).filter((id) => !context.lists?.has(id)) : [];
    if (unknown.length > 0 && !errors.some((error) => error.field === 'lists'))
      errors.push({ field: 'lists', message: `Not a list of this newsletter: ${unknown.join(', ')}.` });
    if (errors.length > 0 || key === undefined) return sendErrors(reply, errors);
    await signUp(context, key, {
      email: String(body.email),
      name: typeof body.name === 'string' && body.name.trim() ? body.name.trim() : undefined,
      lists: listsOf(body.lists),
      consentText: String(body.consentText),
      privacyUrl: typeof body.privacyUrl === 'string' ? body.privacyUrl : undefined,
      locale: typeof body.locale === 'string' ? body.locale : 'en',
      ip: request.ip,
    });
    return reply.code(202).send(accepted);
  });

  app.get<{ Querystring: { token?: string } }>('/api/newsletter/confirm', async (request, reply) => {
    const checked = verifyToken(request.query.token, 'c', context.secret, context.now());
    if (!checked.ok) {
      const expired = checked.reason === 'expired';
      // An expired link is still signed: its signup's language (the signup itself may be deleted by now);
      // a link cut short or altered, the language it still names, else the browser's.
      const named = checked.reason === 'expired' ? checked.payload.l : checked.language;
      const { locale, text } = textsFor(named || request.headers['accept-language']);
      const again = signUpLink(context, text.signUpAgain);
      const explanation = html`<p>${expired ? text.expiredBody : text.invalidBody}</p>
        ${again}`;
      return sendPage(reply, expired ? 410 : 400, locale, expired ? text.expiredTitle : text.invalidTitle, explanation);
    }
    const result = await confirm(context, checked.payload.s, checked.payload.c ?? 0);
    const { locale, text } = textsFor(result.locale);
    const signUpAgain = signUpLink(context, text.signUpAgain);
    if (result.outcome === 'confirmed') {
      const named = result.lists.map((id) => listLabel(context, id, locale)).join(', ');
      const body = named ? text.confirmedBody.replace('{lists}', named) : text.confirmedNoLists;
      return sendPage(
        reply,
        200,
        locale,
        text.confirmedTitle,
        html`<p>${body}</p>
          ${siteLink(context)}`,
      );
    }
    if (result.outcome === 'used') return sendPage(reply, 409, locale, text.usedTitle, signUpAgain);
    if (result.outcome === 'unsubscribed') {
      const body = html`<p>${text.unsubscribedBody}</p>
        ${signUpAgain}`;
      return sendPage(reply, 409, locale, text.unsubscribedTitle, body);
    }
    return sendPage(
      reply,
      410,
      locale,
      text.expiredTitle,
      html`<p>${text.expiredBody}</p>
        ${signUpAgain}`,
    );
  });

  app.get<{ Querystring: { token?: string } }>('/api/newsletter/unsubscribe', async (request, reply) => {
    const checked = verifyToken(request.query.token, 'u', context.secret, context.now());
    // The subscriber's language, as the mail and the page after the button; the browser's for a broken link.
    const known = checked.ok ? await subscriberState(context, checked.payload.s) : undefined;
    const { locale, text } = textsFor(known?.locale ?? request.headers['accept-language']);
    if (!checked.ok) return sendPage(reply, 400, locale, text.invalidTitle, html`<p>${text.invalidBody}</p>`);
    // An address that has left (or whose data is erased) is told so, not offered a button that does nothing.
    if (!known || known.unsubscribed) return sendUnsubscribed(reply, context, locale, text);
    const form = html`<p>${text.unsubscribeBody}</p>
      <form method="post" action="/api/newsletter/unsubscribe?token=${request.query.token}">
        <button type="submit">${text.unsubscribeButton}</button>
      </form>`;
    return sendPage(reply, 200, locale, text.unsubscribeTitle, form);
  });

  app.post<{ Querystring: { token?: string } }>('/api/newsletter/unsubscribe', async (request, reply) => {
    const checked = verifyToken(request.query.token, 'u', context.secret, context.now());
    if (!checked.ok) {
      const { locale, text } = textsFor(request.headers['accept-language']);
      return sendPage(reply, 400, locale, text.invalidTitle, html`<p>${text.invalidBody}</p>`);
    }
    const { locale, text } = textsFor(await unsubscribe(context, checked.payload.s));
    return sendUnsubscribed(reply, context, locale, text);
  });
}
