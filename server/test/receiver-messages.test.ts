// What the receiver says when something is off: a HOST or PORT it cannot listen on, a database it
// cannot reach, an erase of an address it does not know, a broken link with no signup page to offer.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import pg from 'pg';
import { readConfig } from '../config.js';
import { passwordRole } from './helpers/postgres.js';
import { freePort } from './helpers/ports.js';
import { backends, freshDatabase, startReceiver } from './helpers/receiver.js';

const bin = fileURLToPath(new URL('../../bin/city-network-widgets.mjs', import.meta.url));
const run = promisify(execFile);

/** Starts the receiver as a city does (`city-network-widgets receiver`), expects it to stop, and returns what it printed. */
async function failedStart(env: Record<string, string>): Promise<string> {
  const failed = await run(process.execPath, [bin, 'receiver'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    timeout: 30_000,
  }).then(
    () => assert.fail('the receiver started'),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  assert.equal(failed.code, 1);
  assert.equal(failed.stdout, '');
  return failed.stderr;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('what the receiver says', () => {
  it('names DATABASE_URL, the PostgreSQL it cannot reach and why, without the password', async () => {
    const port = await freePort();
    const refused = await failedStart({ DATABASE_URL: `postgres://city:s3cret@127.0.0.1:${port}/city_receiver` });
    assert.equal(
      refused,
      `DATABASE_URL names PostgreSQL at 127.0.0.1:${port}/city_receiver, but no server is listening there: ` +
        'start PostgreSQL, or correct the host and port in DATABASE_URL (ECONNREFUSED).\n',
    );
    const unknown = await failedStart({ DATABASE_URL: 'postgres://city:s3cret@db.no-such-host.invalid/city_receiver' });
    assert.match(
      unknown,
      /^DATABASE_URL names PostgreSQL at db\.no-such-host\.invalid:5432\/city_receiver, but the host name db\.no-such-host\.invalid (is not found|could not be looked up): correct it in DATABASE_URL, or write the server's IP address \((ENOTFOUND|EAI_AGAIN)\)\.\n$/,
    );
    for (const text of [refused, unknown]) assert.doesNotMatch(text, /s3cret|migration|\n\s+at /);
  });

  if (process.env.RECEIVER_TEST_POSTGRES) {
    const cluster = new URL(process.env.RECEIVER_TEST_POSTGRES);
    const server = `127.0.0.1:${cluster.port}`;

    it('names a password PostgreSQL refuses, and a database that does not exist with the command that makes it', async () => {
      const client = new pg.Client({ connectionString: cluster.href });
      await client.connect();
      try {
        await client.query(`drop role if exists ${passwordRole}`);
        await client.query(`create role ${passwordRole} login password 'right-one'`);
        const refused = await failedStart({
          DATABASE_URL: `postgres://${passwordRole}:Wr0ng-guess@${server}/postgres`,
        });
        assert.equal(
          refused,
          `DATABASE_URL names PostgreSQL at ${server}/postgres, but the server refused the password for user ` +
            `"${passwordRole}": correct it in DATABASE_URL, writing @ : / % in it as %40 %3A %2F %25 (28P01).\n`,
        );
        assert.doesNotMatch(refused, /Wr0ng-guess/);
        const missing = await failedStart({ DATABASE_URL: `postgres://postgres:any@${server}/city_receiver_missing` });
        assert.equal(
          missing,
          `DATABASE_URL names PostgreSQL at ${server}/city_receiver_missing, but the database city_receiver_missing ` +
            'does not exist: create it with createdb -O postgres city_receiver_missing (3D000).\n',
        );
        const made = await client.query(`select 1 from pg_database where datname = 'city_receiver_missing'`);
        assert.equal(made.rowCount, 0);
      } finally {
        await client.query(`drop role if exists ${passwordRole}`);
        await client.end();
      }
    });
  }

  for (const backend of backends) {
    it(`names HOST and what to write when it is no address of this computer, on ${backend}`, async () => {
      const DATABASE_URL = await freshDatabase(backend);
      const examples =
        'such as 127.0.0.1 (this computer only), 0.0.0.0 (all its IPv4 addresses) or :: (all its addresses)';
      assert.equal(
        await failedStart({ DATABASE_URL, HOST: '300.1.1.1' }),
        `HOST must be an address of this computer, ${examples}, or a name that resolves to one, not "300.1.1.1".\n`,
      );
      assert.match(
        await failedStart({ DATABASE_URL, HOST: 'receiver.no-such-host.invalid' }),
        new RegExp(
          '^HOST "receiver\\.no-such-host\\.invalid" is a name that does not resolve \\((ENOTFOUND|EAI_AGAIN)\\): ' +
            `write an address of this computer, ${escaped(examples)}, or a name in DNS or /etc/hosts\\.\\n$`,
        ),
      );
      // 192.0.2.0/24 is for documentation (RFC 5737): no computer has it.
      assert.equal(
        await failedStart({ DATABASE_URL, HOST: '192.0.2.1' }),
        `HOST "192.0.2.1" is not an address of this computer (EADDRNOTAVAIL): write one of its addresses, ${examples}.\n`,
      );
    });

    it(`names PORT when the port is in use, on ${backend}`, async () => {
      const busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      const address = busy.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      try {
        assert.equal(
          await failedStart({ DATABASE_URL: await freshDatabase(backend), HOST: '127.0.0.1', PORT: String(port) }),
          `PORT ${port} is already in use on 127.0.0.1 (EADDRINUSE): stop the other program, or set PORT to a free port.\n`,
        );
      } finally {
        busy.close();
      }
    });
  }

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
