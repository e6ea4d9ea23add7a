// Double opt-in with a real SMTP server: signup → mail → link → confirmed,
// identical answers for every address state, tokens, one-click unsubscribe.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startSmtp } from './helpers/smtp.js';
import type { Mailbox } from './helpers/smtp.js';
import { consentTexts, header, linkIn, signup } from './helpers/newsletter.js';
import { allSent, backends, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

const day = 24 * 60 * 60 * 1000;

for (const backend of backends) {
  describe(`newsletter signups on ${backend}`, () => {
    let smtp: Mailbox;
    let server: Running;
    let now = new Date('2026-11-29T09:00:00Z');
    before(async () => {
      smtp = await startSmtp();
      server = await startReceiver(backend, { SMTP_URL: smtp.url }, { now: () => now, purge: false });
    });
    after(async () => {
      await server.close();
      await smtp.close();
    });
    const answerOf = async (response: Response) => `${response.status} ${await response.text()}`;

    it('confirms by the mailed link and keeps the exact consent text, in English and Czech', async () => {
      for (const [locale, email] of [
        ['en', 'reader@example.org'],
        ['cs', 'ctenar@example.cz'],
      ] as const) {
        const shown = `  ${consentTexts[locale].replace(' ', '\n   ')} `;
        const before = smtp.messages.length;
        const response = await server.post(
          '/api/newsletter-signups',
          signup(`signup-${locale}-1`, { locale, email, consentText: shown }),
        );
        assert.equal(await answerOf(response), '202 {"status":"accepted"}');
        const [mail] = (await smtp.waitFor(before + 1)).slice(before);
        assert.ok(mail);
        assert.equal(header(mail, 'Content-Language'), locale);
        assert.match(mail.subject ?? '', locale === 'cs' ? /Potvrďte/ : /Please confirm/);
        const confirmed = await fetch(linkIn(mail, 'confirm', server.base));
        assert.equal(confirmed.status, 200);
        const page = await confirmed.text();
        assert.match(page, new RegExp(`<html lang="${locale}"`));
        assert.match(page, locale === 'cs' ? /Odběr je potvrzen pro: news, events/ : /confirmed for: news, events/);
        const again = await fetch(linkIn(mail, 'confirm', server.base));
        assert.equal(again.status, 200, 'opening the link twice still shows confirmed');
        const consent = await server.receiver.database.db
          .selectFrom('consents')
          .innerJoin('subscribers', 'subscribers.id', 'consents.subscriber_id')
          .select([
            'consents.text',
            'consents.text_sha256',
            'consents.locale',
            'consents.privacy_url',
            'consents.lists',
            'consents.confirmed_at',
            'consents.ip',
            'subscribers.status',
          ])
          .where('subscribers.email', '=', email)
          .executeTakeFirstOrThrow();
        assert.equal(consent.text, consentTexts[locale]);
        assert.equal(consent.text_sha256, createHash('sha256').update(consentTexts[locale]).digest('hex'));
        assert.deepEqual(
          [consent.locale, consent.privacy_url, consent.lists, consent.status, consent.ip],
          [locale, 'https://city.example/privacy', '["news","events"]', 'confirmed', null],
        );
        assert.ok(consent.confirmed_at);
      }
    });

    it('answers a new, pending, confirmed and unsubscribed address identically', async () => {
      const answers = new Set<string>();
      const mailsBefore = smtp.messages.length;
      const post = async (key: string, email: string) =>
        answers.add(await answerOf(await server.post('/api/newsletter-signups', signup(key, { email }))));
      await post('same-new-1', 'someone.new@example.org');
      await post('same-pending-1', 'someone.new@example.org');
      // A day later: the confirmed address may get its one notice of the day.
      now = new Date(now.getTime() + day + 1000);
      await post('same-confirmed-1', 'reader@example.org');
      await post('same-confirmed-2', 'reader@example.org');
      assert.deepEqual([...answers], ['202 {"status":"accepted"}']);
      await allSent(server);
      const mails = smtp.messages.slice(mailsBefore);
      assert.deepEqual(
        mails.map((mail) => `${(mail.to as { text: string }).text}: ${mail.subject}`).sort(),
        [
          'reader@example.org: You are already subscribed',
          'someone.new@example.org: Please confirm your newsletter subscription',
        ],
        'a confirmed address gets one notice a day, a pending one no second link within minutes',
      );
    });

    it('stores 50 concurrent signups of one address as one subscriber with one mail', async () => {
      await allSent(server);
      const before = smtp.messages.length;
      const answers = await Promise.all(
        Array.from({ length: 50 }, async (_, index) =>
          answerOf(
            await server.post('/api/newsletter-signups', signup(`burst-${index}-key`, { email: 'burst@example.org' })),
          ),
        ),
      );
      assert.deepEqual([...new Set(answers)], ['202 {"status":"accepted"}']);
      const rows = await server.receiver.database.db
        .selectFrom('subscribers')
        .select('id')
        .where('email', '=', 'burst@example.org')
        .execute();
      assert.equal(rows.length, 1);
      await allSent(server);
      const mails = smtp.messages
        .slice(before)
        .filter((mail) => (mail.to as { text: string }).text === 'burst@example.org');
      assert.equal(mails.length, 1);
    });

    it('says so for an expired or altered link, and offers to sign up again', async () => {
      const before = smtp.messages.length;
      await server.post('/api/newsletter-signups', signup('expiring-1', { email: 'late@example.org' }));
      const [mail] = (await smtp.waitFor(before + 1)).slice(before);
      assert.ok(mail);
      const link = linkIn(mail, 'confirm', server.base);
      const tampered = link.replace(/token=(.)/, (_all, first: string) => `token=${first === 'e' ? 'f' : 'e'}`);
      const altered = await fetch(tampered);
      assert.equal(altered.status, 400);
      assert.match(await altered.text(), /This link is not valid.*href="https:\/\/city.example\/">Sign up again/s);
      now = new Date(now.getTime() + 8 * day);
      try {
        const expired = await fetch(link);
        assert.equal(expired.status, 410);
        assert.match(await expired.text(), /This link has expired/);
        // In the signup's language, which the expired link still carries signed (the signup may be gone).
        const german = smtp.messages.length;
        now = new Date(now.getTime() - 8 * day);
        await server.post('/api/newsletter-signups', signup('expiring-2', { email: 'spaet@example.de', locale: 'de' }));
        const [mailDe] = (await smtp.waitFor(german + 1)).slice(german);
        now = new Date(now.getTime() + 8 * day);
        const page = await fetch(linkIn(mailDe!, 'confirm', server.base), { headers: { 'accept-language': 'pl' } });
        assert.equal(page.status, 410);
        assert.match(await page.text(), /<html lang="de".*Dieser Link ist abgelaufen/s);
      } finally {
        now = new Date(now.getTime() - 8 * day);
      }
    });

    it('confirms a form without list choice in a sentence that names no list', async () => {
      const before = smtp.messages.length;
      const email = 'no-lists@example.org';
      await server.post('/api/newsletter-signups', signup('no-lists-1', { email, lists: [], locale: 'de' }));
      const [mail] = (await smtp.waitFor(before + 1)).slice(before);
      assert.ok(mail);
      const page = await (await fetch(linkIn(mail, 'confirm', server.base))).text();
      assert.match(page, /<p>Vielen Dank\. Ihr Abonnement ist bestätigt\.<\/p>/);
    });

    it('unsubscribes with one POST to the List-Unsubscribe link, and shows a button on GET', async () => {
      const mail = smtp.messages.find((message) => (message.to as { text: string }).text === 'reader@example.org');
      assert.ok(mail);
      assert.equal(header(mail, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      const listed = /^<http:\/\/receiver\.test(\/api\/newsletter\/unsubscribe\?token=[\w.-]+)>$/.exec(
        header(mail, 'List-Unsubscribe') ?? '',
      );
      assert.ok(listed, 'List-Unsubscribe header');
      assert.equal(server.base + listed[1], linkIn(mail, 'unsubscribe', server.base), 'the same link is in the text');
      const shown = await fetch(server.base + listed[1]);
      assert.match(
        await shown.text(),
        /<form method="post" action="\/api\/newsletter\/unsubscribe\?token=[\w.-]+">\s*<button type="submit">Unsubscribe<\/button>/,
      );
      const status = async () =>
        (
          await server.receiver.database.db
            .selectFrom('subscribers')
            .select('status')
            .where('email', '=', 'reader@example.org')
            .executeTakeFirstOrThrow()
        ).status;
      assert.equal(await status(), 'confirmed', 'GET alone changes nothing');
      const oneClick = await fetch(server.base + listed[1], {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(oneClick.status, 200);
      assert.equal(await status(), 'unsubscribed');
      // The link opened again says so, with no button that would do nothing.
      const again = await (await fetch(server.base + listed[1])).text();
      assert.match(again, /<p>You will not receive the newsletter any more\.<\/p>/);
      assert.doesNotMatch(again, /<button/);
      const resubscribe = await server.post('/api/newsletter-signups', signup('after-unsubscribe-1'));
      assert.equal(await answerOf(resubscribe), '202 {"status":"accepted"}');
    });

    it('gives a bot the same 202 and stores nothing', async () => {
      const response = await server.post(
        '/api/newsletter-signups',
        signup('bot-signup-1', { email: 'bot@example.org', fillMs: 300 }),
      );
      assert.equal(await answerOf(response), '202 {"status":"accepted"}');
      const rows = await server.receiver.database.db
        .selectFrom('subscribers')
        .select('id')
        .where('email', '=', 'bot@example.org')
        .execute();
      assert.equal(rows.length, 0);
    });

    it('answers 422 with field names, and 413 for 5,000 lists', async () => {
      const invalid = await server.post(
        '/api/newsletter-signups',
        signup('invalid-signup', { email: 'nope', consentText: undefined }),
      );
      assert.equal(invalid.status, 422);
      const { errors } = (await invalid.json()) as { errors: { field: string }[] };
      assert.deepEqual(errors.map((error) => error.field).sort(), ['consentText', 'email']);
      const many = await server.post(
        '/api/newsletter-signups',
        signup('many-lists', { lists: Array.from({ length: 5000 }, (_, index) => `list-${index}`) }),
      );
      assert.equal(many.status, 413);
      const tooMany = await server.post(
        '/api/newsletter-signups',
        signup('many-lists-2', { lists: Array.from({ length: 30 }, (_, index) => `l${index}`) }),
      );
      assert.equal(tooMany.status, 422);
    });
  });
}
