// Whom the mails are from: with MAIL_FROM an address alone, each mail is named by who it is from
// (the office, the newsletter's publisher, else the site); MAIL_FROM's own name is kept as given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ParsedMail } from 'mailparser';
import { signup } from './helpers/newsletter.js';
import { backends, delegationRequest, startReceiver } from './helpers/receiver.js';
import { startSmtp } from './helpers/smtp.js';

const formConfigs = {
  DELEGATION_CONFIG: fileURLToPath(new URL('../../demo/data/delegation.json', import.meta.url)),
  NEWSLETTER_CONFIG: fileURLToPath(new URL('../../demo/data/newsletter.json', import.meta.url)),
};

/** Posts a Czech delegation request and signup, and returns "name <address>" of each mail by its recipient. */
async function sendersWith(
  backend: (typeof backends)[number],
  env: Record<string, string>,
): Promise<Map<string, string>> {
  const smtp = await startSmtp();
  const server = await startReceiver(backend, { SMTP_URL: smtp.url, ...env });
  try {
    const request = delegationRequest('sender-request-1', {
      locale: 'cs',
      email: 'jana@example.cz',
      interest: 'spatial-planning',
    });
    assert.equal((await server.post('/api/delegation-requests', request)).status, 201);
    const reader = signup('sender-signup-1', { locale: 'cs', email: 'ctenar@example.cz', lists: ['international'] });
    assert.equal((await server.post('/api/newsletter-signups', reader)).status, 202);
    const mails: ParsedMail[] = await smtp.waitFor(3);
    return new Map(
      mails.map((mail) => {
        const from = mail.from?.value[0];
        return [mail.to && !Array.isArray(mail.to) ? mail.to.text : '', `${from?.name} <${from?.address}>`];
      }),
    );
  } finally {
    await server.close();
    await smtp.close();
  }
}

for (const backend of backends) {
  describe(`whom the mails are from on ${backend}`, () => {
    it('names each mail by the office, the publisher or the site when MAIL_FROM is an address alone', async () => {
      const senders = await sendersWith(backend, formConfigs);
      assert.deepEqual(Object.fromEntries(senders), {
        'jana@example.cz': 'IPR Praha – Kancelář pro EU a mezinárodní vztahy <receiver@city.example>',
        'ctenar@example.cz': 'Brněnská metropolitní oblast <receiver@city.example>',
        // The office's own notification, and any mail whose sender the configuration does not name.
        'office@city.example': 'city.example <receiver@city.example>',
      });
      const unnamed = await sendersWith(backend, { DELEGATION_CONFIG: '', NEWSLETTER_CONFIG: '' });
      assert.deepEqual(new Set(unnamed.values()), new Set(['city.example <receiver@city.example>']));
    });

    it("keeps MAIL_FROM's own name on every mail", async () => {
      const senders = await sendersWith(backend, {
        ...formConfigs,
        MAIL_FROM: 'Brno International <international@brno.example>',
      });
      assert.deepEqual(new Set(senders.values()), new Set(['Brno International <international@brno.example>']));
    });
  });
}
