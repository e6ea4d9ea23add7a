// The receiver's own pages in real Chromium, which decides what Origin a form
// post carries (a fetch in node sends whatever the test says): the inbox's
// status change and the unsubscribe button must get through the Origin check.
import assert from 'node:assert/strict';
import { accessSync, constants } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { hashPassword } from '../admin/password.js';
import { startSmtp } from './helpers/smtp.js';
import type { Mailbox } from './helpers/smtp.js';
import { signup } from './helpers/newsletter.js';
import { delegationRequest, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

const password = 'correct horse battery staple';

function chromiumPath(): string | undefined {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path) => {
    try {
      return path !== undefined && (accessSync(path, constants.X_OK), true);
    } catch {
      return false;
    }
  });
}

const executablePath = chromiumPath();

describe('the receiver pages in Chromium', { skip: executablePath ? false : 'no Chromium (set CHROME_PATH)' }, () => {
  let server: Running;
  let smtp: Mailbox;
  let browser: Browser;

  before(async () => {
    smtp = await startSmtp();
    server = await startReceiver('sqlite', { ADMIN_PASSWORD_HASH: await hashPassword(password), SMTP_URL: smtp.url });
    // The browser reaches the receiver under its PUBLIC_URL, http://receiver.test, so origins match as in production.
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        `--host-resolver-rules=MAP receiver.test:80 ${new URL(server.base).host}`,
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await server.close();
    await smtp.close();
  });

  it('changes a request status from its inbox page', async () => {
    const response = await server.post('/api/delegation-requests', delegationRequest('browser-status-1'));
    const { reference } = (await response.json()) as { reference: string };
    const context = await browser.newContext({ httpCredentials: { username: 'office', password } });
    const page = await context.newPage();
    await page.goto(`http://receiver.test/admin/requests/${reference}`);
    await page.getByRole('combobox').selectOption('answered');
    const [saved] = await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === 'POST'),
      page.getByRole('button', { name: 'Save' }).click(),
    ]);
    assert.equal(saved.status(), 303);
    await page.waitForLoadState();
    assert.match(await page.locator('body').innerText(), /Status: answered\./);
    await context.close();
  });

  it('unsubscribes with the button on the mailed link', async () => {
    const before = smtp.messages.length;
    await server.post('/api/newsletter-signups', signup('browser-unsubscribe-1', { email: 'button@example.org' }));
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    const link = /http:\/\/receiver\.test\/api\/newsletter\/unsubscribe\?token=[\w.-]+/.exec(mail?.text ?? '');
    assert.ok(link, 'unsubscribe link in the mail');
    const page = await browser.newPage();
    await page.goto(link[0]);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('body').innerText(), /You are unsubscribed/);
    await page.close();
  });
});
