// An address that can pass for another (a domain that mixes scripts, or punycode) is named as such,
// in words, in the inbox's list, a request's page, the subscribers' page and the office's mail.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword } from '../admin/password.js';
import { lookalikeWarning } from '../lookalike.js';
import { signup } from './helpers/newsletter.js';
import { backends, delegationRequest, inboxAuthorization, startReceiver } from './helpers/receiver.js';
import { startSmtp } from './helpers/smtp.js';

/** "brnо.cz" with a Cyrillic "о" (U+043E) for the last Latin "o". */
const lookalike = 'jana@brn\u043e.cz';
const mixed =
  'Check this address: it mixes Latin and Cyrillic letters (Cyrillic "\u043e" U+043E), so it can pass for another ' +
  'address. Compare it with one you know before you answer.';

describe('lookalike addresses', () => {
  it('flags a domain that mixes scripts or is punycode, and nothing else', () => {
    assert.equal(lookalikeWarning(lookalike), mixed);
    assert.equal(
      lookalikeWarning('reader@xn--brn-ued.cz'),
      'Check this address: its domain "xn--brn-ued.cz" is punycode, which mail programs may show as "brn\u043e.cz", ' +
        'and it mixes Latin and Cyrillic letters (Cyrillic "\u043e" U+043E), so it can pass for another address. ' +
        'Compare it with one you know before you answer.',
    );
    assert.match(
      lookalikeWarning('info@xn--e1afmkfd.xn--p1ai') ?? '',
      /^Check this address: its domain "xn--e1afmkfd\.xn--p1ai" is punycode, which mail programs may show as "пример\.рф", so it/,
    );
    assert.match(lookalikeWarning('a@\u03b1pple.com') ?? '', /it mixes Greek and Latin letters \(Greek "α" U\+03B1\)/);
    assert.match(lookalikeWarning('a@xn--zz.cz') ?? '', /its domain "xn--zz\.cz" is punycode, so it can pass/);
    // One script, or scripts written together (Japanese beside a Latin top-level domain), are ordinary.
    for (const ordinary of [
      'jana.novakova@brno.cz',
      'info@пример.рф',
      'info@例え.jp',
      'info@münchen.de',
      'j\u0430na@brno.cz', // a Cyrillic "а" in the local part: the answer still goes to brno.cz
    ]) {
      assert.equal(lookalikeWarning(ordinary), undefined, ordinary);
    }
  });

  for (const backend of backends) {
    it(`says so in the inbox and in the office's mail on ${backend}`, async () => {
      const smtp = await startSmtp();
      const password = 'lookalike check 2026';
      const server = await startReceiver(backend, {
        ADMIN_PASSWORD_HASH: await hashPassword(password),
        SMTP_URL: smtp.url,
      });
      const get = async (path: string) =>
        (await fetch(server.base + path, { headers: { authorization: inboxAuthorization(password) } })).text();
      try {
        const posted = await server.post(
          '/api/delegation-requests',
          delegationRequest('lookalike-request-1', { email: lookalike }),
        );
        const { reference } = (await posted.json()) as { reference: string };
        await server.post('/api/delegation-requests', delegationRequest('ordinary-request-1'));
        await server.post('/api/newsletter-signups', signup('lookalike-signup-1', { email: 'reader@xn--brn-ued.cz' }));
        const warning = (text: string) => `<strong class="check">${text.replace(/"/g, '&quot;')}</strong>`;
        const list = await get('/admin/');
        assert.ok(list.includes(`Jana Nováková ${warning(mixed)}</td>`), list);
        assert.equal(list.split('class="check"').length - 1, 1, 'only the lookalike is flagged');
        assert.ok((await get(`/admin/requests/${reference}`)).includes(warning(mixed)));
        assert.match(
          await get('/admin/subscribers'),
          /reader@xn--brn-ued\.cz <strong class="check">Check this address: its domain/,
        );
        const [office] = await smtp.waitForMatching('office mail', (mail) =>
          (mail.subject ?? '').startsWith(`Delegation visit request ${reference}`),
        );
        assert.ok(office?.text?.includes(`\nE-mail: ${lookalike}\n${mixed}\n`), String(office?.text));
      } finally {
        await server.close();
        await smtp.close();
      }
    });
  }
});
