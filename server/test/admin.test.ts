// The office's inbox behind its password: list, detail, status, unsent mail, CSV.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashPassword } from '../admin/password.js';
import { startSmtp } from './helpers/smtp.js';
import type { Mailbox } from './helpers/smtp.js';
import { cityOrigin, delegationRequest, inboxAuthorization, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

const password = 'correct horse battery staple';

describe('the inbox', () => {
  let server: Running;
  let smtp: Mailbox;
  let reference = '';
  const get = (path: string, secret = password) =>
    fetch(server.base + path, { headers: { authorization: inboxAuthorization(secret) } });

  before(async () => {
    smtp = await startSmtp();
    smtp.down = true;
    server = await startReceiver('sqlite', { ADMIN_PASSWORD_HASH: await hashPassword(password), SMTP_URL: smtp.url });
    const response = await server.post(
      '/api/delegation-requests',
      delegationRequest('inbox-request-1', {
        institution: '=HYPERLINK("http://evil.example","Click")',
        contactName: 'Jiří Šťastný <script>alert(1)</script>',
        message: 'Two lines,\nwith "quotes"',
      }),
    );
    reference = ((await response.json()) as { reference: string }).reference;
  });
  after(async () => {
    await server.close();
    await smtp.close();
  });

  it('asks for the password and refuses a wrong one', async () => {
    const anonymous = await fetch(`${server.base}/admin/`);
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get('www-authenticate') ?? '', /^Basic realm=/);
    assert.equal((await get('/admin/', 'wrong password')).status, 401);
    assert.equal((await fetch(`${server.base}/admin/delegation-requests.csv`)).status, 401);
  });

  it('lists requests, escapes what people typed, and shows mail that is not sent yet', async () => {
    const response = await get('/admin/');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const text = await response.text();
    assert.match(text, new RegExp(`<a href="/admin/requests/${reference}">${reference}</a>`));
    assert.match(text, /Jiří Šťastný &lt;script&gt;/);
    assert.doesNotMatch(text, /<script>/);
    assert.match(text, /2 message\(s\) not sent yet/);
  });

  it('shows a request and changes its status from the inbox page only', async () => {
    const detail = await get(`/admin/requests/${reference}`);
    assert.equal(detail.status, 200);
    // Under no-referrer Chromium posts the page's own form with `Origin: null`, which would be refused.
    assert.equal(detail.headers.get('referrer-policy'), 'same-origin');
    assert.match(await detail.text(), /Two lines,\nwith &quot;quotes&quot;/);
    const change = (origin: string) =>
      fetch(`${server.base}/admin/requests/${reference}/status`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          authorization: inboxAuthorization(password),
          origin,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'status=answered',
      });
    assert.equal((await change(cityOrigin)).status, 403, 'a city site cannot change the inbox');
    const saved = await change('http://receiver.test');
    assert.equal(saved.status, 303);
    assert.match(await (await get('/admin/')).text(), /class="status-answered">answered/);
    assert.equal((await get('/admin/requests/DV-2026-9999')).status, 404);
  });

  it('exports CSV with a BOM, CRLF rows, quoted cells and formulas neutralised', async () => {
    const response = await get('/admin/delegation-requests.csv');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [header, row] = text.split('\r\n');
    assert.match(header ?? '', /^Reference,Status,Received,Institution,Contact name,E-mail/);
    assert.ok(row?.startsWith(`${reference},answered,`));
    assert.match(text, /,"'=HYPERLINK\(""http:\/\/evil.example"",""Click""\)",/);
    assert.match(text, /"Two lines,\nwith ""quotes"""/);
    assert.match(text, /Jiří Šťastný/);
    // With semicolons, for Excel set to Czech or German: the HYPERLINK's comma needs no quotes there, the cell still does (its quotes).
    const semicolons = await get('/admin/delegation-requests.csv?separator=semicolon');
    const excel = new TextDecoder().decode(new Uint8Array(await semicolons.arrayBuffer()).slice(3));
    assert.match(excel.split('\r\n')[0] ?? '', /^Reference;Status;Received;Institution;Contact name;E-mail/);
    assert.match(excel, /;"'=HYPERLINK\(""http:\/\/evil.example"",""Click""\)";/);
    assert.match(excel, /;"Two lines,\nwith ""quotes""";/);
    assert.match(
      await (await get('/admin/')).text(),
      /<a href="\/admin\/delegation-requests.csv\?separator=semicolon">/,
    );
  });

  it('is switched off without ADMIN_PASSWORD_HASH', async () => {
    const open = await startReceiver('sqlite');
    try {
      assert.equal((await fetch(`${open.base}/admin/`)).status, 503);
    } finally {
      await open.close();
    }
  });
});
