// The inbox's newsletter pages: subscribers with their consent records (the
// exact text shown, its SHA-256, language, policy, lists, times) and the CSV.
import type { FastifyInstance } from 'fastify';
import type { Context } from '../app.js';
import { html, page } from '../html.js';
import { separatorOf, toCsv } from './csv.js';
import { nav } from './nav.js';
import { listLabel } from '../newsletter.js';
import { addressCheck } from '../lookalike.js';

async function consentRows(context: Context) {
  return context.db
    .selectFrom('consents')
    .innerJoin('subscribers', 'subscribers.id', 'consents.subscriber_id')
    .select([
      'subscribers.email',
      'subscribers.name',
      'subscribers.status',
      'subscribers.lists as currentLists',
      'consents.text',
      'consents.text_sha256',
      'consents.locale',
      'consents.privacy_url',
      'consents.lists',
      'consents.signed_up_at',
      'consents.confirmed_at',
      // The withdrawal is kept for 30 days so that it can be shown (docs/receiver.md): shown here.
      'subscribers.unsubscribed_at',
    ])
    .orderBy('subscribers.email')
    .orderBy('consents.id')
    .execute();
}

/** The lists by their labels in English (listLabel), as the office reads them. */
const listsIn = (context: Context) => (json: string) =>
  (JSON.parse(json) as string[]).map((id) => listLabel(context, id, 'en')).join(', ');

export function registerSubscriberPages(admin: FastifyInstance, context: Context): void {
  const lists = listsIn(context);
  admin.get('/admin/subscribers', async (_request, reply) => {
    const rows = await consentRows(context);
    const body = html`<h1>Newsletter subscribers</h1>
      ${nav}
      <p>One row per consent record; a subscriber who signed up twice has two.</p>
      <table>
        <thead>
          <tr>
            <th>E-mail</th>
            <th>Name</th>
            <th>Status</th>
            <th>Lists</th>
            <th>Consent text shown</th>
            <th>Language</th>
            <th>Privacy policy</th>
            <th>Signed up</th>
            <th>Confirmed</th>
            <th>Unsubscribed</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <td>${row.email} ${addressCheck(row.email)}</td>
                <td>${row.name ?? ''}</td>
                <td>${row.status}</td>
                <td>${lists(row.lists)}</td>
                <td>${row.text}<br /><small>SHA-256 ${row.text_sha256}</small></td>
                <td>${row.locale}</td>
                <td>${row.privacy_url ?? ''}</td>
                <td>${row.signed_up_at}</td>
                <td>${row.confirmed_at ?? ''}</td>
                <td>${row.unsubscribed_at ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${rows.length === 0 ? html`<p>No subscribers yet.</p>` : html``}`;
    return reply.type('text/html; charset=utf-8').send(page('Newsletter subscribers', body));
  });

  admin.get('/admin/newsletter-subscribers.csv', async (request, reply) => {
    const rows = await consentRows(context);
    const header = [
      'E-mail',
      'Name',
      'Status',
      'Current lists',
      'Consent lists',
      'Consent text',
      'Consent text SHA-256',
      'Language',
      'Privacy policy',
      'Signed up',
      'Confirmed',
      'Unsubscribed',
    ];
    const cells = rows.map((row) => [
      row.email,
      row.name,
      row.status,
      lists(row.currentLists),
      lists(row.lists),
      row.text,
      row.text_sha256,
      row.locale,
      row.privacy_url,
      row.signed_up_at,
      row.confirmed_at,
      row.unsubscribed_at,
    ]);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="newsletter-subscribers.csv"')
      .send(toCsv(header, cells, separatorOf(request.query)));
  });
}
