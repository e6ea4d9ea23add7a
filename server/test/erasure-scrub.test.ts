// An erased person's data is gone from the disk too, not only from the tables:
// SQLite overwrites deleted rows (secure_delete) and empties its write-ahead log;
// PostgreSQL vacuums the tables it deleted from.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { purge } from '../retention.js';
import { allSent, backends, delegationRequest, inDays, startReceiver } from './helpers/receiver.js';

const bin = fileURLToPath(new URL('../../bin/city-network-widgets.mjs', import.meta.url));

function onDisk(databaseUrl: string): string {
  const file = databaseUrl.slice('sqlite:'.length);
  return [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

async function eraseFromCommandLine(databaseUrl: string, email: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'receiver', 'erase', '--email', email], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return stdout;
}

for (const backend of backends) {
  describe(`erasure leaves nothing readable on ${backend}`, () => {
    it('erases while the receiver runs, and the address is in neither the database file nor its -wal file', async () => {
      const server = await startReceiver(backend);
      try {
        const request = {
          email: 'scrub.me@example.org',
          institution: 'Scrubbed Institute Qxw',
          phone: '+420 777 000 111',
        };
        await server.post('/api/delegation-requests', delegationRequest('scrub-me-1', request));
        await server.post('/api/delegation-requests', delegationRequest('keep-me-1', { email: 'kept@example.org' }));
        await allSent(server);
        if (backend === 'sqlite') {
          // The search finds what is there: both people before the erase (file or -wal).
          assert.match(onDisk(server.databaseUrl), /scrub\.me@example\.org/);
        }
        const stdout = await eraseFromCommandLine(server.databaseUrl, 'scrub.me@example.org');
        assert.match(stdout, /delegation requests: 1 /);
        assert.doesNotMatch(stdout, /could not be emptied/);
        if (backend === 'sqlite') {
          const bytes = onDisk(server.databaseUrl);
          assert.match(bytes, /kept@example\.org/);
          assert.doesNotMatch(bytes, /scrub\.me@example\.org/);
          assert.doesNotMatch(bytes, /Scrubbed Institute Qxw/);
          assert.doesNotMatch(bytes, /777 000 111/);
        } else {
          const { rows } = await sql<{ relname: string; last_vacuum: Date | null }>`
            select relname, last_vacuum from pg_stat_user_tables
            where relname in ('delegation_requests', 'subscribers', 'consents', 'outbox') order by relname`.execute(
            server.receiver.database.db,
          );
          assert.deepEqual(
            rows.map((row) => [row.relname, row.last_vacuum !== null]),
            [
              ['consents', true],
              ['delegation_requests', true],
              ['outbox', true],
              ['subscribers', true],
            ],
          );
        }
      } finally {
        await server.close();
      }
    });

    it('empties the write-ahead log after a retention purge too', { skip: backend !== 'sqlite' }, async () => {
      const server = await startReceiver(backend, {}, { purge: false });
      try {
        const request = { email: 'old.visit@example.org', date: inDays(40) };
        await server.post('/api/delegation-requests', delegationRequest('purge-me-1', request));
        await allSent(server);
        const purged = await purge(server.receiver.database, 30, new Date(Date.now() + 72 * 86_400_000));
        assert.deepEqual([purged.requests, purged.mails, purged.scrubbed], [1, 2, true]);
        assert.doesNotMatch(onDisk(server.databaseUrl), /old\.visit@example\.org/);
      } finally {
        await server.close();
      }
    });
  });
}
