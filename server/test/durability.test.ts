// Nothing answered 201 is lost: not when the process is killed mid-burst, not
// when the database refuses a write, not when SMTP is down for a while.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../db/database.js';
import type { Db } from '../db/database.js';
import { freePort } from './helpers/ports.js';
import { startSmtp } from './helpers/smtp.js';
import {
  allSent,
  backends,
  cityOrigin,
  delegationRequest,
  freshDatabase,
  keyFor,
  startReceiver,
} from './helpers/receiver.js';
import type { Backend } from './helpers/receiver.js';

const bin = fileURLToPath(new URL('../../bin/city-network-widgets.mjs', import.meta.url));

async function spawnReceiver(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'receiver'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      ALLOWED_ORIGINS: cityOrigin,
      RATE_LIMIT_PER_MINUTE: '0',
      OUTBOX_DIR: mkdtempSync(join(tmpdir(), 'receiver-kill-outbox-')),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('receiver: http')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  return child;
}

async function refuseWrites(backend: Backend, db: Db, on: boolean): Promise<void> {
  if (backend === 'sqlite') {
    await sql
      .raw(
        on
          ? "create trigger refuse_writes before insert on delegation_requests begin select raise(abort, 'disk refused the write'); end"
          : 'drop trigger refuse_writes',
      )
      .execute(db);
    return;
  }
  if (on) {
    await sql
      .raw(
        "create or replace function refuse() returns trigger as $$ begin raise exception 'disk refused the write'; end $$ language plpgsql",
      )
      .execute(db);
    await sql
      .raw('create trigger refuse_writes before insert on delegation_requests for each row execute function refuse()')
      .execute(db);
  } else await sql.raw('drop trigger refuse_writes on delegation_requests').execute(db);
}

for (const backend of backends) {
  describe(`durability on ${backend}`, () => {
    it('keeps every answered reference when the process is killed with SIGKILL in a burst', async () => {
      const databaseUrl = await freshDatabase(backend);
      const port = await freePort();
      const child = await spawnReceiver(databaseUrl, port);
      const answered = new Map<string, string>();
      let killed = false;
      const send = async (index: number) => {
        const key = keyFor(index);
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/delegation-requests`, {
            method: 'POST',
            headers: { origin: cityOrigin, 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify(delegationRequest(key)),
          });
          if (response.status === 201) answered.set(key, ((await response.json()) as { reference: string }).reference);
        } catch {
          // the connection died with the process: not answered, so not promised
        }
        if (!killed && answered.size >= 25) {
          killed = true;
          child.kill('SIGKILL');
        }
      };
      for (let start = 0; start < 200 && !killed; start += 10) {
        await Promise.all(Array.from({ length: 10 }, (_, offset) => send(start + offset)));
      }
      assert.ok(killed && answered.size >= 25, `answered ${answered.size} before the kill`);
      const restarted = await spawnReceiver(databaseUrl, port);
      const exited = new Promise((resolve) => restarted.once('exit', resolve));
      restarted.kill('SIGTERM');
      await exited;
      const database = await openDatabase(databaseUrl);
      try {
        const rows = await database.db
          .selectFrom('delegation_requests')
          .select(['idempotency_key', 'reference'])
          .execute();
        const stored = new Map(rows.map((row) => [row.idempotency_key, row.reference]));
        for (const [key, reference] of answered) assert.equal(stored.get(key), reference, key);
      } finally {
        await database.close();
      }
    });

    it('told to stop in a burst, answers every request that reached it, and stores each once', async () => {
      const server = await startReceiver(backend);
      let closing: Promise<void> | undefined;
      const statuses: (number | 'no answer')[] = [];
      const answered = new Map<string, string>();
      const send = async (index: number) => {
        const key = keyFor(index);
        try {
          const response = await server.post('/api/delegation-requests', delegationRequest(key), {
            'idempotency-key': key,
          });
          statuses.push(response.status);
          if (response.status === 201) answered.set(key, ((await response.json()) as { reference: string }).reference);
        } catch {
          statuses.push('no answer'); // not taken in: the widget sends it again
        }
        // What SIGTERM does (cli.ts), as soon as the first answer is back and the rest are on their way.
        closing ??= server.receiver.close();
      };
      await Promise.all(Array.from({ length: 60 }, (_, index) => send(index)));
      await closing;
      // Fastify's own 503 while closing had no CORS header: a browser saw a network failure.
      assert.deepEqual(
        statuses.filter((status) => status !== 201 && status !== 'no answer'),
        [],
      );
      assert.ok(answered.size > 1, `answered ${answered.size}`);
      const database = await openDatabase(server.databaseUrl);
      try {
        const rows = await database.db
          .selectFrom('delegation_requests')
          .select(['idempotency_key', 'reference'])
          .execute();
        assert.deepEqual(new Map(rows.map((row) => [row.idempotency_key, row.reference])), answered);
      } finally {
        await database.close();
      }
    });

    it('answers a refused write with 500, never 201, and stores it on the retry', async () => {
      const server = await startReceiver(backend);
      try {
        await refuseWrites(backend, server.receiver.database.db, true);
        const refused = await server.post('/api/delegation-requests', delegationRequest('refused-1'));
        assert.equal(refused.status, 500);
        assert.equal(refused.headers.get('access-control-allow-origin'), cityOrigin);
        await refuseWrites(backend, server.receiver.database.db, false);
        const retry = await server.post('/api/delegation-requests', delegationRequest('refused-1'));
        assert.equal(retry.status, 201);
        const rows = await server.receiver.database.db.selectFrom('delegation_requests').select('reference').execute();
        assert.deepEqual(rows, [{ reference: ((await retry.json()) as { reference: string }).reference }]);
      } finally {
        await server.close();
      }
    });

    it('marks each mail sent as soon as the SMTP server takes it, not when its whole batch is done', async () => {
      // A crash then sends again only the mails that were in flight, not every one of the batch.
      const smtp = await startSmtp();
      smtp.holds = (address) => address === 'held@example.cz';
      const server = await startReceiver(backend, { SMTP_URL: smtp.url });
      const rows = () =>
        server.receiver.database.db.selectFrom('outbox').select(['payload', 'sent_at']).orderBy('id').execute();
      try {
        const request = delegationRequest('held-mail-key', { email: 'held@example.cz' });
        assert.equal((await server.post('/api/delegation-requests', request)).status, 201);
        await smtp.waitFor(1);
        const until = Date.now() + 5000;
        let outbox = await rows();
        while (Date.now() < until && !outbox.some((row) => row.sent_at)) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          outbox = await rows();
        }
        const sent = (row: { payload: string; sent_at: string | null }) =>
          `${(JSON.parse(row.payload) as { to: string }).to}: ${row.sent_at ? 'sent' : 'not sent'}`;
        const office = smtp.messages[0]?.to;
        const officeAddress = office && !Array.isArray(office) ? office.text : '';
        assert.deepEqual(outbox.map(sent).sort(), [`${officeAddress}: sent`, 'held@example.cz: not sent'].sort());
        smtp.release();
        await smtp.waitFor(2);
        await allSent(server);
      } finally {
        smtp.release();
        await server.close();
        await smtp.close();
      }
    });

    it('sends every mail once SMTP comes back after an outage', async () => {
      const smtp = await startSmtp();
      smtp.down = true;
      const server = await startReceiver(backend, { SMTP_URL: smtp.url });
      try {
        for (let index = 0; index < 5; index += 1) {
          assert.equal(
            (await server.post('/api/delegation-requests', delegationRequest(`outage-${index}-key`))).status,
            201,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 700));
        assert.equal(smtp.messages.length, 0);
        const waiting = await server.receiver.database.db
          .selectFrom('outbox')
          .select(['attempts', 'last_error'])
          .where('sent_at', 'is', null)
          .execute();
        assert.equal(waiting.length, 10);
        assert.ok(waiting.every((row) => row.attempts >= 1 && row.last_error));
        smtp.down = false;
        await smtp.waitFor(10);
        await allSent(server);
        assert.equal(new Set(smtp.messages.map((mail) => mail.subject)).size, 10);
      } finally {
        await server.close();
        await smtp.close();
      }
    });
  });
}
