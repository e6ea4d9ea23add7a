// The documented defaults, clear messages for bad values, and the office
// address taken from the form's config when OFFICE_EMAIL is unset.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { readConfig } from '../config.js';
import { isAllowedOrigin } from '../origin.js';
import { startReceiver } from './helpers/receiver.js';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('configuration', () => {
  it('uses the documented defaults with no environment', () => {
    const config = readConfig({});
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.databaseUrl, 'sqlite:./data/receiver.sqlite');
    assert.equal(config.outboxDir, resolve('data/outbox'));
    assert.equal(config.publicUrl, 'http://127.0.0.1:8787');
    assert.deepEqual(config.allowedOrigins, ['http://127.0.0.1:8787']);
    assert.equal(config.localPages, true);
    assert.equal(config.retentionDays, 180);
    assert.equal(config.unsubscribedRetentionDays, 30);
    assert.equal(config.rateLimitPerMinute, 20);
    assert.equal(config.smtpUrl, undefined);
    assert.equal(config.adminPasswordHash, undefined);
  });

  it('reads TRUST_PROXY as a number of proxies or their addresses, never as "trust the whole header"', () => {
    const trusted = (value?: string) => readConfig({ TRUST_PROXY: value }).trustProxy;
    assert.equal(trusted(undefined), false);
    assert.equal(trusted('0'), false);
    assert.equal(trusted('false'), false);
    assert.equal(trusted('1'), 1);
    assert.equal(trusted('true'), 1);
    assert.equal(trusted('2'), 2);
    assert.equal(trusted(' 10.0.0.2, 10.1.0.0/16 '), '10.0.0.2,10.1.0.0/16');
    assert.equal(trusted('::1'), '::1');
    for (const wrong of ['yes', '1.5', 'face', '300.1.1.1', '10.0.0.0/99', '10.0.0.1;', ' , ']) {
      assert.throws(() => trusted(wrong), /TRUST_PROXY must be a number of proxies or their addresses/, wrong);
    }
    assert.equal(trusted('fd00::/8'), 'fd00::/8');
  });

  it('in try-out mode takes pages from this computer, on any port, and only an Origin as browsers send it', () => {
    const config = readConfig({});
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'https://[::1]:8443', 'http://localhost']) {
      assert.equal(isAllowedOrigin(origin, config), true, origin);
    }
    for (const origin of ['http://localhost:5173/page', 'http://localhost:5173/', 'http://user@localhost', 'null']) {
      assert.equal(isAllowedOrigin(origin, config), false, origin);
    }
    assert.equal(
      isAllowedOrigin('http://localhost:5173', readConfig({ ALLOWED_ORIGINS: 'https://www.city.example' })),
      false,
    );
  });

  it('derives ALLOWED_ORIGINS from PUBLIC_URL and explains a bad value', () => {
    assert.deepEqual(readConfig({ PUBLIC_URL: 'https://forms.city.example/receiver/' }).allowedOrigins, [
      'https://forms.city.example',
    ]);
    assert.equal(readConfig({ PUBLIC_URL: 'https://forms.city.example/' }).localPages, false);
    assert.equal(readConfig({ ALLOWED_ORIGINS: 'https://www.city.example' }).localPages, false);
    assert.throws(() => readConfig({ RETENTION_DAYS: 'soon' }), /RETENTION_DAYS must be a whole number/);
    assert.throws(() => readConfig({ ALLOWED_ORIGINS: 'city.example' }), /ALLOWED_ORIGINS must be an absolute URL/);
    assert.throws(
      () => readConfig({ NEWSLETTER_WEBHOOK_URL: 'https://tool.example/hook' }),
      /NEWSLETTER_WEBHOOK_SECRET must be set/,
    );
    assert.throws(() => readConfig({ ADMIN_PASSWORD_HASH: 'secret' }), /not a hash made by/);
  });

  it('refuses at start what would fail only at the first mail or the first listen: SMTP_URL, OFFICE_EMAIL, PORT', () => {
    for (const wrong of ['smpt://x', 'mail.brno.example:587', 'smtp://', 'https://mail.brno.example']) {
      assert.throws(
        () => readConfig({ SMTP_URL: wrong }),
        /^Error: SMTP_URL must be smtp:\/\/user:password@host:587 or smtps:/,
        wrong,
      );
    }
    // The password is not repeated in the message.
    assert.throws(
      () => readConfig({ SMTP_URL: 'smtq://office:s3cret@mail.brno.example' }),
      (error: Error) => error.message.includes('"smtq://office:***@mail.brno.example"'),
    );
    assert.equal(
      readConfig({ SMTP_URL: 'smtps://office:s3cret@mail.brno.example:465' }).smtpUrl,
      'smtps://office:s3cret@mail.brno.example:465',
    );
    for (const wrong of [
      'international',
      'a@b',
      'office@city.example, mayor@city.example',
      'Office <office@city.example>',
    ]) {
      assert.throws(() => readConfig({ OFFICE_EMAIL: wrong }), /OFFICE_EMAIL must be one e-mail address/, wrong);
    }
    assert.equal(readConfig({ OFFICE_EMAIL: ' office@city.example ' }).officeEmail, 'office@city.example');
    assert.throws(() => readConfig({ PORT: '70000' }), /PORT must be a port number from 0 to 65535, not "70000"/);
  });

  it('refuses at start a HOST that is neither an address nor a name, and a MAIL_FROM that is not one address', () => {
    for (const wrong of [
      '300.1.1.1',
      '[::1]',
      'receiver host',
      'host_name.example',
      '10.0.0.1/24',
      'brno.example.123',
    ]) {
      assert.throws(
        () => readConfig({ HOST: wrong }),
        new RegExp(
          `^Error: HOST must be an address of this computer, such as 127\\.0\\.0\\.1 .*, not "${escaped(wrong)}"\\.$`,
        ),
        wrong,
      );
    }
    for (const right of ['0.0.0.0', '::', '::1', 'localhost', 'forms.brno.example', '10.0.0.2']) {
      assert.equal(readConfig({ HOST: right }).host, right);
    }
    for (const wrong of [
      'noreply',
      'noreply@brno',
      'noreply@brno.example, office@brno.example',
      'Brno, City <noreply@brno.example>',
      'Brno International <noreply@brno.example>, office@brno.example',
      'Brno International <noreply>',
      'Brno International',
    ]) {
      assert.throws(
        () => readConfig({ MAIL_FROM: wrong }),
        /^Error: MAIL_FROM must be one e-mail address such as noreply@brno\.example, or a name and one address such as "Brno International <noreply@brno\.example>", not /,
        wrong,
      );
    }
    const sender = (value: string) => {
      const config = readConfig({ MAIL_FROM: value });
      return [config.mailFrom, config.mailFromName];
    };
    assert.deepEqual(sender(' noreply@brno.example '), ['noreply@brno.example', undefined]);
    assert.deepEqual(sender('Brno International <noreply@brno.example>'), [
      'noreply@brno.example',
      'Brno International',
    ]);
    assert.deepEqual(sender('"Brno, City of" <noreply@brno.example>'), ['noreply@brno.example', 'Brno, City of']);
    assert.deepEqual(sender('<noreply@brno.example>'), ['noreply@brno.example', undefined]);
    // No MAIL_FROM: as before, with the site's name.
    const config = readConfig({
      PUBLIC_URL: 'https://forms.brno.example',
      ALLOWED_ORIGINS: 'https://www.brno.example',
    });
    assert.deepEqual(
      [config.mailFrom, config.mailFromName, config.siteName],
      ['receiver@forms.brno.example', undefined, 'brno.example'],
    );
  });

  it("mails the office at the form config's contactEmail when OFFICE_EMAIL is unset", async () => {
    const formConfig = fileURLToPath(new URL('../../demo/data/delegation.json', import.meta.url));
    const server = await startReceiver('sqlite', { OFFICE_EMAIL: '', DELEGATION_CONFIG: formConfig });
    try {
      assert.equal(server.receiver.context.officeEmail, 'international@ipr.praha.eu');
    } finally {
      await server.close();
    }
  });

  it('with neither PUBLIC_URL nor ALLOWED_ORIGINS, accepts pages on this computer and logs a refused origin once', async () => {
    const lines: string[] = [];
    const server = await startReceiver(
      'sqlite',
      { PUBLIC_URL: '', ALLOWED_ORIGINS: '' },
      { log: (line) => lines.push(line) },
    );
    try {
      const post = (origin: string) =>
        server.post('/api/delegation-requests', 'website=&fillMs=5000', { origin, 'idempotency-key': 'local-page-1' });
      for (const origin of ['http://127.0.0.1:5173', 'http://localhost:8000']) {
        const response = await post(origin);
        assert.equal(response.status, 422, origin);
        assert.equal(response.headers.get('access-control-allow-origin'), origin);
      }
      for (const origin of ['https://evil.example', 'http://127.0.0.1.evil.example', 'https://evil.example']) {
        assert.equal((await post(origin)).status, 403, origin);
      }
      assert.deepEqual(
        lines.filter((line) => line.startsWith('Refused')),
        [
          'Refused a form from https://evil.example: add it to ALLOWED_ORIGINS (now http://127.0.0.1:8787, and pages on this machine while trying out) to accept its pages.',
          'Refused a form from http://127.0.0.1.evil.example: add it to ALLOWED_ORIGINS (now http://127.0.0.1:8787, and pages on this machine while trying out) to accept its pages.',
        ],
      );
    } finally {
      await server.close();
    }
  });
});
