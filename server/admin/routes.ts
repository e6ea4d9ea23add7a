// The office's inbox: delegation requests (list, detail, status), what mail
// is still unsent, and the CSV export; the newsletter pages are in subscribers.ts.
import type { FastifyInstance } from 'fastify';
import type { Context } from '../app.js';
import { audit } from '../audit.js';
import type { RequestStatus } from '../db/tables.js';
import { fieldLabels, officeValue } from '../mail/delegation-mails.js';
import { giveUpAfterDays } from '../mail/failures.js';
import { adminGuard } from './auth.js';
import { separatorOf, toCsv } from './csv.js';
import { html, page, pagePolicy } from '../html.js';
import type { Html } from '../html.js';
import { addressCheck } from '../lookalike.js';
import { nav } from './nav.js';
import { versionsOf } from '../delegations.js';
import { registerSubscriberPages } from './subscribers.js';

const statuses: RequestStatus[] = ['new', 'answered', 'declined', 'replaced'];
const referencePattern = /^DV-\d{4}-\d{4,}$/;

/** An invisible character in an address (why a server refused it) shown as its code point. */
function visible(text: string): string {
  return text.replace(/\p{Cf}/gu, (char) => `[U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}]`);
}

async function unsentMail(context: Context): Promise<Html> {
  const rows = await context.db
    .selectFrom('outbox')
    .select(['id', 'kind', 'payload', 'attempts', 'last_error', 'next_attempt_at', 'failed_at'])
    .where('sent_at', 'is', null)
    .orderBy('id')
    .limit(100)
    .execute();
  if (rows.length === 0) return html`<p>All mail has been sent.</p>`;
  const failed = rows.filter((row) => row.failed_at !== null).length;
  const waiting = rows.length - failed;
  return html`<p>
      ${waiting > 0 ? html`${waiting} message(s) not sent yet; they are retried automatically.` : html``}
      ${
        failed > 0
          ? html`${failed} message(s) failed: the mail server refused them, or they could not be sent for
            ${giveUpAfterDays} days. They are not retried.`
          : html``
      }
    </p>
    <table>
      <thead>
        <tr>
          <th>Kind</th>
          <th>To</th>
          <th>Subject</th>
          <th>Status</th>
          <th>Attempts</th>
          <th>Last error</th>
          <th>Next attempt</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const payload = JSON.parse(row.payload) as { to?: string; subject?: string; url?: string };
          return html`<tr>
            <td>${row.kind}</td>
            <td>${visible(payload.to ?? payload.url ?? '')}</td>
            <td>${payload.subject ?? ''}</td>
            <td>${row.failed_at ? 'failed' : 'retrying'}</td>
            <td>${row.attempts}</td>
            <td>${row.last_error ?? ''}</td>
            <td>${row.failed_at ? '' : row.next_attempt_at}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}

async function listPage(context: Context): Promise<string> {
  const rows = await context.db
    .selectFrom('delegation_requests')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  const body = html`<h1>Delegation requests</h1>
    ${nav}
    <table>
      <thead>
        <tr>
          <th>Reference</th>
          <th>Status</th>
          <th>Institution</th>
          <th>Contact</th>
          <th>Requested date</th>
          <th>Received</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const data = JSON.parse(row.data) as Record<string, unknown>;
          return html`<tr>
            <td><a href="/admin/requests/${row.reference}">${row.reference}</a></td>
            <td class="status-${row.status}">${row.status}</td>
            <td>${data.institution}</td>
            <td>${data.contactName} ${addressCheck(data.email)}</td>
            <td>${row.requested_date}</td>
            <td>${row.created_at.slice(0, 16).replace('T', ' ')}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${rows.length === 0 ? html`<p>No requests yet.</p>` : html``}
    <h2>Mail not sent</h2>
    ${await unsentMail(context)}`;
  return page('Delegation requests', body);
}

interface RequestRow {
  id: number;
  reference: string;
  status: string;
  data: string;
  idempotency_key: string;
  created_at: string;
}

/**
 * Where a request stands among the versions of an edited one: the version it replaces (the first,
 * named in `replaces`) and the newest version that replaces it, so the office opens the one to handle.
 */
async function versionNotes(context: Context, row: RequestRow, data: Record<string, unknown>): Promise<Html> {
  const first = typeof data.replaces === 'string' ? data.replaces : row.idempotency_key;
  const versions = await versionsOf(context.db, first).select(['id', 'reference', 'idempotency_key']).execute();
  const original = versions.find((version) => version.idempotency_key === first);
  const newest = versions.at(-1);
  const replaces =
    typeof data.replaces !== 'string'
      ? html``
      : original
        ? html`<p>
            It replaces <a href="/admin/requests/${original.reference}">${original.reference}</a> (and any other version
            that replaced it): the requester sent it again, edited, after the answer was lost.
          </p>`
        : html`<p>It replaces an earlier version that did not arrive.</p>`;
  const replacedBy =
    newest && newest.id > row.id
      ? html`<p>
          A later version replaces it: <a href="/admin/requests/${newest.reference}">${newest.reference}</a> (the
          requester sent it again, edited).
        </p>`
      : html``;
  return html`${replaces}${replacedBy}`;
}

async function detailPage(context: Context, row: RequestRow): Promise<string> {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const body = html`<h1>Request ${row.reference}</h1>
    ${nav}
    <p>Status: <strong>${row.status}</strong>. Received ${row.created_at.slice(0, 16).replace('T', ' ')} UTC.</p>
    ${await versionNotes(context, row, data)}
    <dl>
      ${Object.entries(fieldLabels)
        .filter(([field]) => data[field] !== undefined)
        .map(
          ([field, label]) =>
            html`<dt>${label}</dt>
              <dd>
                <pre>${officeValue(field, data[field], context.delegationRules?.interestLabels)}</pre>
                ${field === 'email' ? addressCheck(data[field]) : html``}
              </dd>`,
        )}
    </dl>
    <form method="post" action="/admin/requests/${row.reference}/status">
      <label for="status">Change status</label>
      <select id="status" name="status">
        ${statuses.map((status) => html`<option value="${status}" ${status === row.status ? html` selected` : html``}>${status}</option>`)}
      </select>
      <button type="submit">Save</button>
    </form>`;
  return page(`Request ${row.reference}`, body);
}

function csvRows(
  context: Context,
  rows: { reference: string; status: string; data: string; created_at: string }[],
): unknown[][] {
  const interests = context.delegationRules?.interestLabels;
  return rows.map((row) => {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    const values = Object.keys(fieldLabels).map((field) =>
      field === 'interest' && data[field] !== undefined ? officeValue(field, data[field], interests) : data[field],
    );
    return [row.reference, row.status, row.created_at, ...values];
  });
}

export function registerAdmin(app: FastifyInstance, context: Context): void {
  app.get('/admin', async (_request, reply) => reply.redirect('/admin/'));
  void app.register(async (admin) => {
    admin.addHook('onRequest', adminGuard(context.config));
    admin.addHook('onSend', async (_request, reply, payload) => {
      if (String(reply.getHeader('Content-Type') ?? '').startsWith('text/html'))
        reply.header('Content-Security-Policy', pagePolicy);
      return payload;
    });
    admin.get('/admin/', async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(await listPage(context)),
    );
    admin.get<{ Params: { reference: string } }>('/admin/requests/:reference', async (request, reply) => {
      const row = referencePattern.test(request.params.reference)
        ? await context.db
            .selectFrom('delegation_requests')
            .selectAll()
            .where('reference', '=', request.params.reference)
            .executeTakeFirst()
        : undefined;
      if (!row) return reply.code(404).type('text/plain; charset=utf-8').send('No such request.');
      return reply.type('text/html; charset=utf-8').send(await detailPage(context, row));
    });
    admin.post<{ Params: { reference: string }; Body: { status?: string } }>(
      '/admin/requests/:reference/status',
      async (request, reply) => {
        const status = request.body?.status as RequestStatus;
        if (!statuses.includes(status) || !referencePattern.test(request.params.reference)) {
          return reply.code(400).send({ message: `Status must be one of ${statuses.join(', ')}.` });
        }
        const now = context.now();
        const result = await context.db
          .updateTable('delegation_requests')
          .set({ status, updated_at: now.toISOString() })
          .where('reference', '=', request.params.reference)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return reply.code(404).send({ message: 'No such request.' });
        await audit(context.db, now, `delegation-request.${status}`, request.params.reference);
        return reply.redirect(`/admin/requests/${request.params.reference}`, 303);
      },
    );
    admin.get('/admin/delegation-requests.csv', async (request, reply) => {
      const rows = await context.db.selectFrom('delegation_requests').selectAll().orderBy('id').execute();
      const header = ['Reference', 'Status', 'Received', ...Object.values(fieldLabels)];
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="delegation-requests.csv"')
        .send(toCsv(header, csvRows(context, rows), separatorOf(request.query)));
    });
    registerSubscriberPages(admin, context);
  });
}
