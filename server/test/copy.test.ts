// `receiver copy-to`: a city moves its receiver from SQLite to PostgreSQL (or
// back) and loses nothing: requests, their numbering, subscribers, the links
// already mailed.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { startSmtp } from './helpers/smtp.js';
import { linkIn, signup } from './helpers/newsletter.js';
import { allSent, backends, delegationRequest, freshDatabase, startReceiver } from './helpers/receiver.js';
import type { Backend } from './helpers/receiver.js';

const bin = fileURLToPath(new URL('../../bin/city-network-widgets.mjs', import.meta.url));

/** What `receiver copy-to` prints and exits with, run as a city would run it. */
async function copyTo(from: string, to: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, 'receiver', 'copy-to', to], {
      env: { ...process.env, DATABASE_URL: from },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

// Both ways between the two databases (SQLite to SQLite when the run has no PostgreSQL).
const pairs: [Backend, Backend][] = backends.includes('postgres')
  ? [
      ['sqlite', 'postgres'],
      ['postgres', 'sqlite'],
    ]
  : [['sqlite', 'sqlite']];

for (const [from, to] of pairs) {
  describe(`receiver copy-to from ${from} to ${to}`, () => {
    it('copies every request, subscriber and mail; numbering and mailed links go on in the new database', async () => {
      const smtp = await startSmtp();
      try {
        const source = await startReceiver(from, { SMTP_URL: smtp.url });
        const references: string[] = [];
        try {
          for (const key of ['copy-request-1', 'copy-request-2']) {
            const response = await source.post('/api/delegation-requests', delegationRequest(key), {
              'idempotency-key': key,
            });
            assert.equal(response.status, 201);
            references.push(((await response.json()) as { reference: string }).reference);
          }
          assert.equal((await source.post('/api/newsletter-signups', signup('copy-signup'))).status, 202);
          await allSent(source);
        } finally {
          await source.close();
        }
        const confirmation = smtp.messages.find((mail) => /Please confirm/.test(mail.subject ?? ''));
        assert.ok(confirmation, 'the signup was mailed before the move');

        const targetUrl = await freshDatabase(to);
        const copied = await copyTo(source.databaseUrl, targetUrl);
        assert.equal(copied.code, 0, copied.output);
        assert.match(copied.output, /delegation_requests: 2\n/);
        assert.match(copied.output, /subscribers: 1\n/);
        assert.match(copied.output, /consents: 1\n/);
        assert.match(copied.output, /Start the receiver with DATABASE_URL=/);

        const target = await startReceiver(to, { SMTP_URL: smtp.url }, {}, targetUrl);
        try {
          const db = target.receiver.database.db;
          const stored = await db.selectFrom('delegation_requests').select('reference').orderBy('id').execute();
          assert.deepEqual(
            stored.map((row) => row.reference),
            references,
          );
          // The next request takes the next number and a new row (PostgreSQL's sequence goes on after the copy).
          const third = await target.post('/api/delegation-requests', delegationRequest('copy-request-3'), {
            'idempotency-key': 'copy-request-3',
          });
          assert.equal(third.status, 201, await third.clone().text());
          const { reference } = (await third.json()) as { reference: string };
          const number = (text: string) => Number(text.split('-').at(-1));
          assert.equal(number(reference), number(references[1]!) + 1);
          // A link mailed before the move still confirms: the signing secret came along.
          const confirmed = await fetch(linkIn(confirmation, 'confirm', target.base));
          assert.equal(confirmed.status, 200);
          const subscriber = await db.selectFrom('subscribers').select(['email', 'status']).executeTakeFirstOrThrow();
          assert.deepEqual(subscriber, { email: 'reader@example.org', status: 'confirmed' });
        } finally {
          await target.close();
        }

        // A database that holds anything is not written to.
        const again = await copyTo(source.databaseUrl, targetUrl);
        assert.equal(again.code, 1);
        assert.match(again.output, /already holds data \(1 in settings, .*3 in delegation_requests/);
        assert.match(again.output, /Copy into a new, empty database\./);
      } finally {
        await smtp.close();
      }
    });
  });
}

describe('receiver copy-to, misused', () => {
  it('names what is missing: the new database, or a source that is not the receiver’s', async () => {
    const source = await freshDatabase('sqlite');
    const none = await copyTo(source, '');
    assert.equal(none.code, 2);
    assert.match(none.output, /Name the new database: city-network-widgets receiver copy-to postgres:/);
    const same = await copyTo(source, source);
    assert.equal(same.code, 2);
    assert.match(same.output, /is the one in DATABASE_URL/);
    const missing = await copyTo(source, await freshDatabase('sqlite'));
    assert.equal(missing.code, 1);
    assert.match(missing.output, /No receiver database at /);
    const path = await copyTo(source, '/var/lib/city-receiver/new.sqlite');
    assert.equal(path.code, 2);
    assert.match(
      path.output,
      /Name the new database as DATABASE_URL names one, sqlite:\/path\/receiver\.sqlite or postgres:/,
    );
  });

  it('refuses a database that a receiver still runs on, and a new one that holds tables of something else', async () => {
    const running = await startReceiver('sqlite');
    try {
      const refused = await copyTo(running.databaseUrl, await freshDatabase('sqlite'));
      assert.equal(refused.code, 1);
      assert.match(refused.output, /A receiver is running on SQLite at .* \(it was active \d+ s ago\)\. Stop it first/);
    } finally {
      await running.close();
    }
    // Stopped: its mark is gone, and the copy goes ahead, but not into another program's database.
    const other = await freshDatabase('sqlite');
    const sqlite = new SQLite(other.slice('sqlite:'.length));
    sqlite.exec('create table articles (id integer primary key, title text)');
    sqlite.close();
    const foreign = await copyTo(running.databaseUrl, other);
    assert.equal(foreign.code, 1);
    assert.match(
      foreign.output,
      /already holds tables the receiver did not make \(articles\)\. Copy into a new, empty database\./,
    );
    const untouched = new SQLite(other.slice('sqlite:'.length), { readonly: true });
    const tables = untouched.prepare("select name from sqlite_master where type = 'table'").all();
    untouched.close();
    assert.deepEqual(tables, [{ name: 'articles' }]);
    const copied = await copyTo(running.databaseUrl, await freshDatabase('sqlite'));
    assert.equal(copied.code, 0, copied.output);
    assert.match(copied.output, /settings: 1\n/, "the token secret, not the stopped receiver's mark");
  });
});
