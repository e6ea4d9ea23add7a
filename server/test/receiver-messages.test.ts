// What the receiver says when something is off: a database it cannot reach, an
// erase of an address it does not know, a broken link with no signup page to offer.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { readConfig } from '../config.js';
import { freePort } from './helpers/ports.js';
import { backends, freshDatabase, startReceiver } from './helpers/receiver.js';

const bin = fileURLToPath(new URL('../../bin/city-network-widgets.mjs', import.meta.url));
const run = promisify(execFile);

describe('what the receiver says', () => {
  it('names a PostgreSQL it cannot reach by host and port, without the password', async () => {
    const port = await freePort();
    const failed = await run(process.execPath, [bin, 'receiver'], {
      env: { ...process.env, DATABASE_URL: `postgres://city:s3cret@127.0.0.1:${port}/city_receiver`, PORT: '0' },
    }).then(
      () => assert.fail('the receiver started without its database'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failed.code, 1);
    assert.match(
      failed.stderr,
      new RegExp(`^Cannot connect to the database at 127\\.0\\.0\\.1:${port}/city_receiver: connect ECONNREFUSED`),
    );
    assert.doesNotMatch(failed.stderr, /s3cret|migration/);
  });

  it('links "Sign up again" to the site with the form, and offers no link when there is none', async () => {
    assert.equal(readConfig({}).newsletterPageUrl, undefined);
    assert.equal(readConfig({ PUBLIC_URL: 'https://forms.city.example' }).newsletterPageUrl, undefined);
    assert.equal(
      readConfig({
        PUBLIC_URL: 'https://forms.city.example',
        ALLOWED_ORIGINS: 'https://forms.city.example,https://www.city.example',
      }).newsletterPageUrl,
      'https://www.city.example/',
    );
    assert.equal(
      readConfig({ NEWSLETTER_PAGE_URL: 'https://www.city.example/newsletter' }).newsletterPageUrl,
      'https://www.city.example/newsletter',
    );
    // Trying it out: no PUBLIC_URL, no ALLOWED_ORIGINS, so the only origin is the receiver's own.
    const server = await startReceiver('sqlite', { PUBLIC_URL: '', ALLOWED_ORIGINS: '' });
    try {
      const broken = await fetch(`${server.base}/api/newsletter/confirm?token=broken`);
      assert.equal(broken.status, 400);
      const text = await broken.text();
      assert.match(text, /This link is not valid/);
      assert.doesNotMatch(text, /<a /);
    } finally {
      await server.close();
    }
  });

  for (const backend of backends) {
    it(`says there is nothing stored about an unknown address on ${backend}`, async () => {
      const server = await startReceiver(backend);
      const databaseUrl = server.databaseUrl;
      await server.close();
      const { stdout } = await run(process.execPath, [bin, 'receiver', 'erase', '--email', 'nobody@example.org'], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      });
      assert.match(stdout, /^Nothing stored about nobody@example\.org in (SQLite|PostgreSQL) at [^\n]+\.\n$/);
    });

    it(`refuses to erase from a database the receiver never made on ${backend}, and makes none`, async () => {
      // A wrong folder or a mistyped DATABASE_URL must not answer "nothing stored" for a person who is.
      const databaseUrl = await freshDatabase(backend);
      const failed = await run(process.execPath, [bin, 'receiver', 'erase', '--email', 'jana@example.cz'], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      }).then(
        () => assert.fail('erase answered from a database the receiver never made'),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      assert.equal(failed.code, 1);
      assert.doesNotMatch(failed.stdout, /Nothing stored/);
      assert.match(
        failed.stderr,
        /^(No receiver database at [^\n]+|PostgreSQL at [^\n]+ holds no receiver data)\. Run this where the receiver runs/,
      );
      if (backend === 'sqlite') assert.equal(existsSync(databaseUrl.slice('sqlite:'.length)), false);
    });
  }
});
