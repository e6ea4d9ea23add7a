// A mail the server refuses for good is not retried; a mail that keeps failing
// is given up after days; each is logged once when it first fails and once when
// given up, without an address; the inbox lists them as failed with the reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword } from '../admin/password.js';
import { enqueue } from '../mail/outbox.js';
import { purge } from '../retention.js';
import { signup } from './helpers/newsletter.js';
import { startSmtp } from './helpers/smtp.js';
import { backends, delegationRequest, inboxAuthorization, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

const day = 24 * 60 * 60 * 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

const outbox = (server: Running) =>
  server.receiver.database.db
    .selectFrom('outbox')
    .select(['id', 'attempts', 'last_error', 'failed_at', 'sent_at'])
    .orderBy('id')
    .execute();

for (const backend of backends) {
  describe(`mail the server refuses on ${backend}`, () => {
    it('stops at a permanent 5xx answer, logs it once without the address, and the inbox shows it failed', async () => {
      const smtp = await startSmtp();
      smtp.refuses = (address) => address.includes('\u200b');
      const logs: string[] = [];
      const password = 'inbox password';
      const server = await startReceiver(
        backend,
        { SMTP_URL: smtp.url, ADMIN_PASSWORD_HASH: await hashPassword(password) },
        { log: (line) => logs.push(line) },
      );
      try {
        // Queued before the API refused such addresses (it does now: the test below).
        const to = 'jana\u200b.novakova@example.cz';
        const payload = { to, subject: 'Vaše žádost o návštěvu DV-2026-0007', text: 'Dobrý den, …' };
        await enqueue(server.receiver.database.db, { kind: 'mail', payload }, to, new Date());
        server.receiver.context.outbox.wake();
        assert.equal((await server.post('/api/delegation-requests', delegationRequest('after-refusal-1'))).status, 201);
        await smtp.waitFor(2);
        const [refused] = await until(
          'the refused mail to be marked failed',
          () => outbox(server),
          (rows) => Boolean(rows[0]?.failed_at),
        );
        await sleep(800); // retryBaseMs is 100 ms: a retry would have come by now
        const [after] = await outbox(server);
        assert.equal(after?.attempts, 1);
        assert.equal(after?.sent_at, null);
        assert.match(after?.last_error ?? '', /501/);
        assert.equal(smtp.messages.length, 2);
        const lines = logs.filter((line) => line.includes(`Mail ${refused?.id} `));
        assert.deepEqual(lines, [
          `Warning: Mail ${refused?.id} (DV-2026-0007) was refused (the server answered 501) and is not tried again; the inbox lists it under "Mail not sent".`,
        ]);
        assert.ok(
          logs.every((line) => !line.includes('@')),
          logs.join('\n'),
        );
        const auth = { authorization: inboxAuthorization(password) };
        const inbox = await (await fetch(`${server.base}/admin/`, { headers: auth })).text();
        assert.match(inbox, /1 message\(s\) failed: the mail server refused them/);
        assert.match(
          inbox,
          /<td>jana\[U\+200B\]\.novakova@example\.cz<\/td>[^]*<td>failed<\/td>\s*<td>1<\/td>\s*<td>[^<]*501[^<]*Bad recipient address syntax/,
        );
      } finally {
        await server.close();
        await smtp.close();
      }
    });

    it('retries temporary failures for 4 days, logging a mail once then, and gives up', async () => {
      const smtp = await startSmtp();
      smtp.down = true;
      const logs: string[] = [];
      const start = Date.now();
      let now = new Date(start);
      const server = await startReceiver(
        backend,
        { SMTP_URL: smtp.url },
        { now: () => now, log: (line) => logs.push(line) },
      );
      try {
        assert.equal((await server.post('/api/delegation-requests', delegationRequest('outage-long-1'))).status, 201);
        const attempted = (count: number) => (rows: { attempts: number }[]) =>
          rows.length === 2 && rows.every((row) => row.attempts === count);
        await until('a first attempt', () => outbox(server), attempted(1));
        assert.equal(logs.length, 2);
        assert.ok(
          logs.every((line) =>
            /^Warning: Mail \d+ \(DV-\d{4}-\d{4}\) was not sent \(the server answered 421\); it is tried again with growing pauses for up to 4 days\.$/.test(
              line,
            ),
          ),
          logs.join('\n'),
        );
        now = new Date(start + day);
        await until('a second attempt', () => outbox(server), attempted(2));
        assert.equal(logs.length, 2, 'a retry that fails again is not logged again');
        now = new Date(start + 4 * day + 60_000);
        const given = await until(
          'both given up',
          () => outbox(server),
          (rows) => rows.every((row) => row.failed_at),
        );
        assert.ok(given.every((row) => row.attempts === 3 && /421/.test(row.last_error ?? '')));
        assert.equal(logs.length, 4);
        assert.match(logs[3] ?? '', /could not be sent for 4 days \(the server answered 421\) and is not tried again/);
        smtp.down = false;
        now = new Date(start + 5 * day);
        await sleep(800);
        assert.equal(smtp.messages.length, 0, 'a mail given up on is not sent later');
        const purged = await purge(server.receiver.database, 180, new Date(start + 12 * day));
        assert.equal(purged.mails, 2, 'and is deleted 7 days after it was given up');
      } finally {
        await server.close();
        await smtp.close();
      }
    });

    it('refuses an e-mail address with an invisible character at the API (422)', async () => {
      const server = await startReceiver(backend);
      try {
        const message = 'This contains an invisible character (such as a zero-width space), which is not allowed.';
        for (const email of [
          'jana\u200b.novakova@example.cz',
          'jana.nova\u00adkova@example.cz',
          '\u200ejana@example.cz',
        ]) {
          for (const [path, body] of [
            ['/api/delegation-requests', delegationRequest('invisible-1', { email })],
            ['/api/newsletter-signups', signup('invisible-2', { email })],
          ] as const) {
            const response = await server.post(path, body);
            assert.equal(response.status, 422, `${path} ${JSON.stringify(email)}`);
            assert.deepEqual(await response.json(), { errors: [{ field: 'email', message }] });
          }
        }
      } finally {
        await server.close();
      }
    });

    it('refuses an address with a quote, comma or bracket (422): written into To and Reply-To, it reads as two', async () => {
      const smtp = await startSmtp();
      const server = await startReceiver(backend, { SMTP_URL: smtp.url });
      try {
        const message = 'An e-mail address cannot contain quotes, commas, brackets, colons or semicolons here.';
        for (const email of [
          '"a,b"@example.cz',
          'a,b@example.cz',
          'jana<x>@example.cz',
          'jana;x@example.cz',
          'jana@[192.0.2.1]',
        ]) {
          for (const [path, body] of [
            ['/api/delegation-requests', delegationRequest('specials-1', { email })],
            ['/api/newsletter-signups', signup('specials-2', { email })],
          ] as const) {
            const response = await server.post(path, body);
            assert.equal(response.status, 422, `${path} ${JSON.stringify(email)}`);
            assert.deepEqual(await response.json(), { errors: [{ field: 'email', message }] });
          }
        }
        // Plus and apostrophe stay welcome.
        const email = "o'brien+delegace@example.cz";
        assert.equal(
          (await server.post('/api/delegation-requests', delegationRequest('specials-3', { email }))).status,
          201,
        );
        const addresses = (list: unknown) =>
          (list as { value: { address: string }[] }).value.map((entry) => entry.address);
        const mails = await smtp.waitFor(2);
        // The office's mail is answered to the requester; the requester's goes to them (and is answered to the office).
        const office = mails.find((mail) => addresses(mail.to).includes('office@city.example'));
        const requester = mails.find((mail) => mail !== office);
        assert.deepEqual([addresses(office?.replyTo), addresses(requester?.to)], [[email], [email]]);
      } finally {
        await server.close();
        await smtp.close();
      }
    });
  });
}
