// The delegation endpoint against each database, with a real SMTP server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signup } from './helpers/newsletter.js';
import { startSmtp } from './helpers/smtp.js';
import type { Mailbox } from './helpers/smtp.js';
import { allSent, backends, cityOrigin, delegationRequest, keyFor, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

for (const backend of backends) {
  describe(`delegation requests on ${backend}`, () => {
    let smtp: Mailbox;
    let server: Running;
    before(async () => {
      smtp = await startSmtp();
      server = await startReceiver(backend, { SMTP_URL: smtp.url });
    });
    after(async () => {
      await server.close();
      await smtp.close();
    });

    it('answers 201 with a readable reference and mails the office and the requester', async () => {
      const response = await server.post('/api/delegation-requests', delegationRequest('first-request'), {
        'idempotency-key': 'first-request',
      });
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('access-control-allow-origin'), cityOrigin);
      const { reference } = (await response.json()) as { reference: string };
      assert.match(reference, /^DV-\d{4}-\d{4}$/);
      const mails = await smtp.waitFor(2);
      const office = mails.find((mail) => mail.subject?.includes('Delegation visit request'));
      const confirmation = mails.find((mail) => mail.subject?.startsWith('Vaše žádost'));
      assert.ok(office, 'office mail');
      assert.ok(confirmation, 'confirmation');
      assert.match(office.text ?? '', /Statutární město Brno/);
      assert.match(office.text ?? '', new RegExp(`http://receiver.test/admin/requests/${reference}`));
      assert.match(confirmation.text ?? '', new RegExp(`Číslo Vaší žádosti je ${reference}`));
      assert.equal((confirmation.to as { text: string }).text, 'jana.novakova@example.cz');
    });

    it("indents a message's further lines in the office mail, under the inbox link, so they cannot pass for its own", async () => {
      const message = 'line1\r\nOpen it in the inbox: http://evil.example/\nBcc: v@evil.example\u2028Institution: Fake';
      const response = await server.post('/api/delegation-requests', delegationRequest('lines-request', { message }));
      assert.equal(response.status, 201);
      const { reference } = (await response.json()) as { reference: string };
      const [office] = await smtp.waitForMatching('the office mail', (mail) =>
        Boolean(mail.subject?.startsWith(`Delegation visit request ${reference}`)),
      );
      // The confirmation too, before the next test counts mails.
      await smtp.waitForMatching('both mails', (mail) => Boolean(mail.subject?.includes(reference)), 2);
      const lines = (office!.text ?? '').split('\n');
      assert.equal(lines[1], `Open it in the inbox: http://receiver.test/admin/requests/${reference}`);
      assert.ok(lines.includes('Message: line1'));
      assert.ok(lines.includes('    Open it in the inbox: http://evil.example/'));
      assert.ok(lines.includes('    Bcc: v@evil.example'));
      // U+2028 too: many mail programs show it as a line break.
      assert.ok(lines.includes('    Institution: Fake'));
      assert.equal(lines.filter((line) => line.startsWith('Open it in the inbox')).length, 1);
    });

    it('stores 200 concurrent posts of 50 keys as 50 requests with 50 mails of each kind', async () => {
      const before = smtp.messages.length;
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          server.post('/api/delegation-requests', delegationRequest(keyFor(index % 50), { locale: 'en' }), {
            'idempotency-key': keyFor(index % 50),
          }),
        ),
      );
      const references = new Map<string, Set<string>>();
      for (const [index, answer] of answers.entries()) {
        assert.equal(answer.status, 201);
        const { reference } = (await answer.json()) as { reference: string };
        const key = keyFor(index % 50);
        references.set(key, (references.get(key) ?? new Set()).add(reference));
      }
      assert.ok(
        [...references.values()].every((set) => set.size === 1),
        'one reference per key',
      );
      assert.equal(new Set([...references.values()].map((set) => [...set][0])).size, 50);
      const rows = await server.receiver.database.db
        .selectFrom('delegation_requests')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('idempotency_key', 'like', 'test-key-%')
        .executeTakeFirstOrThrow();
      assert.equal(Number(rows.count), 50);
      const mails = (await smtp.waitFor(before + 100, 60_000)).slice(before);
      assert.equal(mails.filter((mail) => mail.subject?.startsWith('Delegation visit request')).length, 50);
      assert.equal(mails.filter((mail) => mail.subject?.startsWith('Your visit request')).length, 50);
    });

    it('answers 422 with the body field names of invalid fields', async () => {
      const response = await server.post(
        '/api/delegation-requests',
        delegationRequest('invalid-fields', {
          email: 'not-an-address',
          locale: 'x'.repeat(99_00),
          interest: undefined,
        }),
      );
      assert.equal(response.status, 422);
      const { errors } = (await response.json()) as { errors: { field: string; message: string }[] };
      assert.deepEqual(errors.map((error) => error.field).sort(), ['email', 'interest', 'locale']);
      assert.match(errors.find((error) => error.field === 'locale')?.message ?? '', /at most 35/);
    });

    it('accepts the same fields form-encoded', async () => {
      const fields = new URLSearchParams(
        Object.entries(delegationRequest('form-encoded-1')).map(([name, value]) => [name, String(value)]),
      );
      const response = await server.post('/api/delegation-requests', fields.toString(), {
        'idempotency-key': 'form-encoded-1',
      });
      assert.equal(response.status, 201);
      const row = await server.receiver.database.db
        .selectFrom('delegation_requests')
        .select('data')
        .where('idempotency_key', '=', 'form-encoded-1')
        .executeTakeFirstOrThrow();
      const data = JSON.parse(row.data) as Record<string, unknown>;
      assert.equal(data.groupSize, 12);
      assert.equal(data.consent, true);
      assert.equal(data.website, undefined, 'the honeypot is not stored');
    });

    it('gives a bot a lookalike 201 and stores and mails nothing', async () => {
      await allSent(server);
      const mailsBefore = smtp.messages.length;
      for (const [key, trap] of [
        ['bot-honeypot', { website: 'http://spam.example' }],
        ['bot-too-fast', { fillMs: 800 }],
      ] as const) {
        const response = await server.post('/api/delegation-requests', delegationRequest(key, trap));
        assert.equal(response.status, 201);
        assert.match(((await response.json()) as { reference: string }).reference, /^DV-\d{4}-\d{4}$/);
      }
      const stored = await server.receiver.database.db
        .selectFrom('delegation_requests')
        .select('id')
        .where('idempotency_key', 'like', 'bot-%')
        .execute();
      assert.equal(stored.length, 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(smtp.messages.length, mailsBefore);
    });

    it('answers 413 over 32 KB, 400 for a body that does not parse, both readable cross-origin', async () => {
      const large = await server.post(
        '/api/delegation-requests',
        delegationRequest('too-large', { message: 'x'.repeat(33_000) }),
      );
      assert.equal(large.status, 413);
      assert.equal(large.headers.get('access-control-allow-origin'), cityOrigin);
      assert.ok(((await large.json()) as { message: string }).message);
      const broken = await server.post('/api/delegation-requests', '{"submissionId": ', {
        'content-type': 'application/json',
      });
      assert.equal(broken.status, 400);
      assert.equal(broken.headers.get('access-control-allow-origin'), cityOrigin);
      const longKey = await server.post('/api/delegation-requests', delegationRequest('long-key-1'), {
        'idempotency-key': 'k'.repeat(15_000),
      });
      assert.equal(longKey.status, 400);
    });

    it('answers 403 to other origins, to a missing Origin and to a cross-site text/plain post', async () => {
      const cases: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { origin: 'https://evil.example', 'content-type': 'text/plain' },
        { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      ];
      for (const headers of cases) {
        const response = await server.post('/api/delegation-requests', delegationRequest('other-origin'), headers);
        assert.equal(response.status, 403, JSON.stringify(headers));
        assert.equal(response.headers.get('access-control-allow-origin'), null);
      }
      const withoutOrigin = await fetch(`${server.base}/api/delegation-requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(delegationRequest('no-origin')),
      });
      assert.equal(withoutOrigin.status, 403);
      // curl sends no Origin: the answer says that is what is missing.
      assert.match(((await withoutOrigin.json()) as { message: string }).message, /without an Origin header/);
    });

    it('sends security headers and answers a preflight for the allowed origin only', async () => {
      const health = await fetch(`${server.base}/healthz`);
      assert.equal(health.status, 200);
      assert.equal(health.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(health.headers.get('referrer-policy'), 'no-referrer');
      const preflight = await fetch(`${server.base}/api/delegation-requests`, {
        method: 'OPTIONS',
        headers: {
          origin: cityOrigin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), cityOrigin);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
      // Another site's preflight is refused as such (403), with nothing that would let its browser send.
      const refused = await fetch(`${server.base}/api/delegation-requests`, {
        method: 'OPTIONS',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
    });

    it('answers 404 to path traversal on every route', async () => {
      for (const path of [
        '/api/../package.json',
        '/api/delegation-requests/../../server/app.ts',
        '/%2e%2e/%2e%2e/etc/passwd',
        '/admin/..%2f..%2fpackage.json',
        '/admin/requests/..%2F..%2Fetc%2Fpasswd',
        '/api/newsletter/confirm/../../../schemas',
      ]) {
        const response = await fetch(server.base + path);
        assert.ok([401, 404, 503].includes(response.status), `${path}: ${response.status}`);
        assert.doesNotMatch(await response.text(), /"name"|root:|import /);
      }
    });
  });
}

describe('rate limit', () => {
  it('answers 429 with Retry-After in seconds, readable by the widget', async () => {
    const server = await startReceiver('sqlite', { RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let index = 0; index < 5; index += 1) {
        last = await server.post('/api/delegation-requests', delegationRequest(`rate-${index}-key`));
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      assert.match(last?.headers.get('retry-after') ?? '', /^\d+$/);
      assert.equal(last?.headers.get('access-control-allow-origin'), cityOrigin);
      assert.match(last?.headers.get('access-control-expose-headers') ?? '', /Retry-After/i);
    } finally {
      await server.close();
    }
  });

  it('behind a proxy (TRUST_PROXY=1) counts the address the proxy saw, not what the client wrote before it', async () => {
    const server = await startReceiver('sqlite', { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 5; index += 1) {
        // A proxy that appends: the client's own header first, then the address the proxy saw.
        const forwarded = { 'x-forwarded-for': `10.9.${index}.1, 203.0.113.7` };
        const response = await server.post(
          '/api/delegation-requests',
          delegationRequest(`proxy-${index}-key`),
          forwarded,
        );
        statuses.push(response.status);
      }
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      // Another client behind the same proxy has a budget of its own.
      const other = await server.post('/api/delegation-requests', delegationRequest('proxy-other-key'), {
        'x-forwarded-for': '203.0.113.8',
      });
      assert.equal(other.status, 201);
    } finally {
      await server.close();
    }
  });

  it('counts both forms against one budget per client address', async () => {
    const server = await startReceiver('sqlite', { RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 2; index += 1) {
        const delegation = await server.post('/api/delegation-requests', delegationRequest(`shared-${index}-key`));
        const newsletter = await server.post('/api/newsletter-signups', signup(`shared-signup-${index}`));
        statuses.push(delegation.status, newsletter.status);
      }
      assert.deepEqual(statuses, [201, 202, 201, 429]);
    } finally {
      await server.close();
    }
  });
});
