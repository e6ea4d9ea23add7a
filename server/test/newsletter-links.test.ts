// The newsletter's links after the fact: an old confirmation link after an
// unsubscribe, the unsubscribe page's language. Real SMTP, each database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSmtp } from './helpers/smtp.js';
import type { Mailbox } from './helpers/smtp.js';
import { linkIn, signup } from './helpers/newsletter.js';
import { backends, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

for (const backend of backends) {
  describe(`newsletter links on ${backend}`, () => {
    let smtp: Mailbox;
    let server: Running;
    let now = new Date('2026-11-29T09:00:00Z');
    const later = (minutes: number) => {
      now = new Date(now.getTime() + minutes * 60_000);
    };
    const subscriber = (email: string) =>
      server.receiver.database.db
        .selectFrom('subscribers')
        .select(['status', 'unsubscribed_at', 'lists'])
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
    const mailTo = async (email: string, count: number) =>
      (await smtp.waitForMatching(`mails to ${email}`, (mail) => (mail.to as { text: string }).text === email, count))[
        count - 1
      ]!;
    before(async () => {
      smtp = await startSmtp();
      server = await startReceiver(backend, { SMTP_URL: smtp.url }, { now: () => now, purge: false });
    });
    after(async () => {
      await server.close();
      await smtp.close();
    });

    it('does not subscribe again by a confirmation link opened after unsubscribing', async () => {
      const email = 'changed-mind@example.org';
      await server.post('/api/newsletter-signups', signup('changed-mind-1', { email, locale: 'cs' }));
      const mail = await mailTo(email, 1);
      later(5);
      // One-click, as a mail provider may send it: multipart (RFC 8058).
      const oneClick = new FormData();
      oneClick.append('List-Unsubscribe', 'One-Click');
      const unsubscribed = await fetch(linkIn(mail, 'unsubscribe', server.base), { method: 'POST', body: oneClick });
      assert.equal(unsubscribed.status, 200);
      later(5);
      const opened = await fetch(linkIn(mail, 'confirm', server.base));
      assert.equal(opened.status, 409);
      const page = await opened.text();
      assert.match(page, /<html lang="cs"/);
      assert.match(page, /Odběr byl zrušen/);
      assert.match(page, /Přihlásit se znovu/);
      const after = await subscriber(email);
      assert.equal(after.status, 'unsubscribed');
      assert.ok(after.unsubscribed_at);
      // Signing up again mails a new link, which confirms; the old one still does not.
      later(5);
      await server.post('/api/newsletter-signups', signup('changed-mind-2', { email, locale: 'cs' }));
      const second = await mailTo(email, 2);
      later(5);
      assert.equal((await fetch(linkIn(mail, 'confirm', server.base))).status, 410, 'the old link is stale');
      assert.equal((await subscriber(email)).status, 'pending');
      assert.equal((await fetch(linkIn(second, 'confirm', server.base))).status, 200);
      assert.equal((await subscriber(email)).status, 'confirmed');
    });

    it('says a confirmed link opened again after unsubscribing is unsubscribed, and offers to sign up again', async () => {
      const email = 'left-later@example.org';
      await server.post('/api/newsletter-signups', signup('left-later-1', { email, locale: 'cs' }));
      const mail = await mailTo(email, 1);
      later(5);
      // The pages that end the way lead back to the city's site.
      const back = /<p><a href="https:\/\/city\.example\/">city\.example<\/a><\/p>/;
      const confirmed = await fetch(linkIn(mail, 'confirm', server.base));
      assert.equal(confirmed.status, 200);
      assert.match(await confirmed.text(), back);
      later(5);
      const left = await fetch(linkIn(mail, 'unsubscribe', server.base), { method: 'POST' });
      assert.equal(left.status, 200);
      assert.match(await left.text(), back);
      later(5);
      const opened = await fetch(linkIn(mail, 'confirm', server.base));
      assert.equal(opened.status, 409);
      const page = await opened.text();
      assert.match(page, /<h1>Odběr byl zrušen<\/h1>/);
      assert.match(page, /Zpravodaj Vám již nebudeme zasílat\./);
      assert.match(page, /<a href="https:\/\/city\.example\/">Přihlásit se znovu<\/a>/);
      assert.equal((await subscriber(email)).status, 'unsubscribed');
    });

    it("shows the unsubscribe page in the subscriber's language, whatever the browser prefers", async () => {
      const email = 'ctenarka@example.cz';
      await server.post('/api/newsletter-signups', signup('czech-reader-1', { email, locale: 'cs' }));
      const mail = await mailTo(email, 1);
      const shown = await fetch(linkIn(mail, 'unsubscribe', server.base), {
        headers: { 'accept-language': 'en-GB,en;q=0.9' },
      });
      assert.equal(shown.status, 200);
      const page = await shown.text();
      assert.match(page, /<html lang="cs"/);
      assert.match(page, /Odhlášení ze zpravodaje/);
      assert.match(page, /<button type="submit">Odhlásit<\/button>/);
      const broken = await fetch(`${server.base}/api/newsletter/unsubscribe?token=x.y`, {
        headers: { 'accept-language': 'de' },
      });
      assert.equal(broken.status, 400);
      assert.match(await broken.text(), /<html lang="de"/);
      // A browser's list: its most wanted language that has texts (Firefox's Czech default).
      const listed = await fetch(`${server.base}/api/newsletter/unsubscribe?token=x.y`, {
        headers: { 'accept-language': 'xx,cs;q=0.9,sk;q=0.8,en-US;q=0.5,en;q=0.3' },
      });
      assert.match(await listed.text(), /<html lang="cs"/);
      // A confirmation link cut short by a mail program: its page in the signup's language, which the
      // part that is left still names (unsigned, it chooses only the language), not the browser's.
      const cut = linkIn(mail, 'confirm', server.base).slice(0, -10);
      const shortened = await fetch(cut, { headers: { 'accept-language': 'en' } });
      assert.equal(shortened.status, 400);
      const shortenedPage = await shortened.text();
      assert.match(shortenedPage, /<html lang="cs"/);
      assert.match(shortenedPage, /<h1>Tento odkaz není platný<\/h1>/);
      // A language named like an object's own properties is no language: the page is in English.
      for (const language of ['__proto__', 'constructor', 'toString']) {
        const odd = await fetch(`${server.base}/api/newsletter/confirm?token=x.y`, {
          headers: { 'accept-language': language },
        });
        const text = await odd.text();
        assert.match(text, /<html lang="en"/, language);
        assert.match(text, /<h1>[^<]+<\/h1>/, language);
      }
    });

    it('changes the lists of a confirmed subscriber once the change is confirmed by its own link', async () => {
      const email = 'lists-change@example.org';
      await server.post('/api/newsletter-signups', signup('lists-change-1', { email, lists: ['news', 'events'] }));
      const first = await mailTo(email, 1);
      assert.equal((await fetch(linkIn(first, 'confirm', server.base))).status, 200);
      later(60);
      await server.post('/api/newsletter-signups', signup('lists-change-2', { email, lists: ['events'] }));
      const change = await mailTo(email, 2);
      assert.equal(change.subject, 'Please confirm the change to your newsletter subscription');
      assert.deepEqual(await subscriber(email), {
        status: 'confirmed',
        unsubscribed_at: null,
        lists: '["news","events"]',
      });
      later(5);
      const confirmed = await fetch(linkIn(change, 'confirm', server.base));
      assert.equal(confirmed.status, 200);
      assert.match(await confirmed.text(), /confirmed for: events\./);
      assert.equal((await subscriber(email)).lists, '["events"]');
      assert.match(await (await fetch(linkIn(first, 'confirm', server.base))).text(), /confirmed for: events\./);
      // The same lists again: nothing to change, one "already subscribed" notice a day at most.
      later(5);
      await server.post('/api/newsletter-signups', signup('lists-change-3', { email, lists: ['events'] }));
      later(24 * 60);
      await server.post('/api/newsletter-signups', signup('lists-change-4', { email, lists: ['events'] }));
      const notice = await mailTo(email, 3);
      assert.equal(notice.subject, 'You are already subscribed');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(smtp.messages.filter((mail) => (mail.to as { text: string }).text === email).length, 3);
    });
  });
}
