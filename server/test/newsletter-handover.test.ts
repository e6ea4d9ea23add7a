// Handing confirmed subscribers over: the signed webhook (retried until the
// city's tool accepts it), the inbox page and CSV with the consent record, erasure.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '../admin/password.js';
import { erase } from '../retention.js';
import { consentTexts, linkIn, signup } from './helpers/newsletter.js';
import { inboxAuthorization, startReceiver } from './helpers/receiver.js';
import { startSmtp } from './helpers/smtp.js';

describe('newsletter handover', () => {
  it('posts a signed webhook for a confirmed subscriber, retries it, and shows the consent in the inbox', async () => {
    const calls: { headers: IncomingHttpHeaders; body: string }[] = [];
    const hook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        calls.push({ headers: request.headers, body });
        response.writeHead(calls.length === 1 ? 503 : 204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const address = hook.address();
    const hookUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/subscribers`;
    const smtp = await startSmtp();
    const password = 'office password 2026';
    const server = await startReceiver('sqlite', {
      SMTP_URL: smtp.url,
      NEWSLETTER_WEBHOOK_URL: hookUrl,
      NEWSLETTER_WEBHOOK_SECRET: 'shared-secret',
      ADMIN_PASSWORD_HASH: await hashPassword(password),
    });
    try {
      await server.post(
        '/api/newsletter-signups',
        signup('handover-1', { consentText: consentTexts.cs, locale: 'cs' }),
      );
      const [mail] = await smtp.waitFor(1);
      assert.ok(mail);
      assert.equal((await fetch(linkIn(mail, 'confirm', server.base))).status, 200);
      const until = Date.now() + 10_000;
      while (calls.length < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(calls.length, 2, 'the first call failed and was retried');
      const [, accepted] = calls;
      assert.ok(accepted);
      assert.equal(accepted.body, calls[0]?.body, 'the retry sends the same body');
      const expected = `sha256=${createHmac('sha256', 'shared-secret').update(accepted.body).digest('hex')}`;
      assert.equal(accepted.headers['x-city-signature'], expected);
      const payload = JSON.parse(accepted.body) as Record<string, unknown> & { consent: Record<string, unknown> };
      assert.equal(payload.event, 'subscriber.confirmed');
      assert.equal(payload.email, 'reader@example.org');
      assert.deepEqual(payload.lists, ['news', 'events']);
      assert.equal(payload.consent.text, consentTexts.cs);
      assert.equal(payload.consent.locale, 'cs');

      const auth = { authorization: inboxAuthorization(password) };
      const pageText = await (await fetch(`${server.base}/admin/subscribers`, { headers: auth })).text();
      assert.match(pageText, new RegExp(consentTexts.cs.replace(/[.;]/g, '.')));
      assert.match(pageText, /<td>confirmed<\/td>/);
      const csv = await (await fetch(`${server.base}/admin/newsletter-subscribers.csv`, { headers: auth })).text();
      assert.match(csv, /^E-mail,Name,Status/);
      assert.match(
        csv,
        new RegExp(
          `reader@example.org,Eva Svobodová,confirmed,"news, events","news, events",${consentTexts.cs.replace(/[.;]/g, '.')},`,
        ),
      );

      // A withdrawal shows with its time, on the page and in the CSV (kept 30 days so that it can be).
      const unsubscribe = linkIn(mail, 'unsubscribe', server.base);
      const left = await fetch(unsubscribe, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(left.status, 200);
      const withdrawn = await (
        await fetch(`${server.base}/admin/newsletter-subscribers.csv`, { headers: auth })
      ).text();
      assert.match(withdrawn, /^E-mail,.*,Confirmed,Unsubscribed\r\n/);
      assert.match(withdrawn, /reader@example\.org,Eva Svobodová,unsubscribed,.*,\d{4}-\d{2}-\d{2}T[\d:.]+Z\r\n/);
      assert.match(
        await (await fetch(`${server.base}/admin/subscribers`, { headers: auth })).text(),
        /<td>unsubscribed<\/td>.*<td>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/td>\s*<\/tr>/s,
      );

      const erased = await erase(server.receiver.database, 'READER@example.org', new Date());
      assert.deepEqual([erased.subscribers, erased.consents], [1, 1]);
      const consentsLeft = await server.receiver.database.db.selectFrom('consents').select('id').execute();
      assert.equal(consentsLeft.length, 0);
    } finally {
      await server.close();
      await smtp.close();
      hook.close();
    }
  });

  it("accepts only the form config's lists and names them on the confirmation page", async () => {
    const smtp = await startSmtp();
    const formConfig = fileURLToPath(new URL('../../demo/data/newsletter.json', import.meta.url));
    const server = await startReceiver('sqlite', {
      SMTP_URL: smtp.url,
      NEWSLETTER_CONFIG: formConfig,
      ADMIN_PASSWORD_HASH: await hashPassword('inbox password'),
    });
    try {
      const unknown = await server.post(
        '/api/newsletter-signups',
        signup('unknown-list-1', { lists: ['international', 'spam'] }),
      );
      assert.equal(unknown.status, 422);
      assert.deepEqual(await unknown.json(), {
        errors: [{ field: 'lists', message: 'Not a list of this newsletter: spam.' }],
      });
      const known = await server.post(
        '/api/newsletter-signups',
        signup('known-list-1', { lists: ['international'], locale: 'cs' }),
      );
      assert.equal(known.status, 202);
      const [mail] = await smtp.waitFor(1);
      assert.ok(mail);
      // The mail says whose newsletter it is, and which list, first (an anonymous "our newsletter" read like spam).
      assert.match(mail.text ?? '', /^Brněnská metropolitní oblast: Mezinárodní zpravodaj\n\n/);
      assert.match(
        await (await fetch(linkIn(mail, 'confirm', server.base))).text(),
        /Odběr je potvrzen pro: Mezinárodní zpravodaj\./,
      );
      // German: its own mail and page, the list's English label where the config has no German one.
      await server.post(
        '/api/newsletter-signups',
        signup('known-list-2', { lists: ['international'], locale: 'de', email: 'leser@example.de' }),
      );
      const [, german] = await smtp.waitFor(2);
      assert.ok(german);
      assert.equal(german.subject, 'Bitte bestätigen Sie Ihr Newsletter-Abonnement');
      assert.match(german.text ?? '', /^Brno Metropolitan Area: International newsletter\n\n/);
      const page = await (await fetch(linkIn(german, 'confirm', server.base))).text();
      assert.match(page, /<html lang="de".*Ihr Abonnement ist bestätigt für: International newsletter\./s);
      // The office reads the lists by their labels too, not by their ids.
      const authorization = inboxAuthorization('inbox password');
      const csv = await (
        await fetch(`${server.base}/admin/newsletter-subscribers.csv`, { headers: { authorization } })
      ).text();
      assert.match(csv, /leser@example\.de,.*International newsletter/);
      assert.doesNotMatch(csv, /,international,|,"international"/);
    } finally {
      await server.close();
      await smtp.close();
    }
  });
});
