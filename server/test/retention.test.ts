// Deletion on time (with a fake clock) and on request (the erase command).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { purge } from '../retention.js';
import { backends, delegationRequest, startReceiver } from './helpers/receiver.js';

const bin = fileURLToPath(new URL('../../bin/city-network-widgets.mjs', import.meta.url));
const day = 24 * 60 * 60 * 1000;

for (const backend of backends) {
  describe(`retention and erasure on ${backend}`, () => {
    it('deletes a request RETENTION_DAYS after its requested date, not before', async () => {
      let now = new Date('2026-11-20T10:00:00Z');
      const server = await startReceiver(backend, { RETENTION_DAYS: '30' }, { now: () => now, purge: false });
      try {
        await server.post('/api/delegation-requests', delegationRequest('retention-early', { date: '2026-12-01' }));
        await server.post('/api/delegation-requests', delegationRequest('retention-later', { date: '2027-03-01' }));
        const keys = async () =>
          (
            await server.receiver.database.db
              .selectFrom('delegation_requests')
              .select('idempotency_key')
              .orderBy('idempotency_key')
              .execute()
          ).map((row) => row.idempotency_key);
        now = new Date(Date.parse('2026-12-01T12:00:00Z') + 30 * day);
        assert.equal((await purge(server.receiver.database, 30, now)).requests, 0);
        assert.deepEqual(await keys(), ['retention-early', 'retention-later']);
        now = new Date(Date.parse('2026-12-01T12:00:00Z') + 31 * day);
        assert.equal((await purge(server.receiver.database, 30, now)).requests, 1);
        assert.deepEqual(await keys(), ['retention-later']);
        const log = await server.receiver.database.db
          .selectFrom('audit_log')
          .select(['action', 'target', 'detail'])
          .execute();
        assert.ok(log.some((entry) => entry.action === 'retention.purge' && entry.detail?.includes('"requests":1')));
      } finally {
        await server.close();
      }
    });

    it('erases everything about one address from the command line and says what it deleted', async () => {
      const server = await startReceiver(backend);
      await server.post('/api/delegation-requests', delegationRequest('erase-me-1', { email: 'Erase.Me@example.org' }));
      await server.post('/api/delegation-requests', delegationRequest('erase-me-2', { email: 'erase.me@example.org' }));
      await server.post('/api/delegation-requests', delegationRequest('keep-me-1', { email: 'keep@example.org' }));
      const databaseUrl = server.databaseUrl;
      await server.close();
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [bin, 'receiver', 'erase', '--email', 'ERASE.me@example.org'],
        {
          env: { ...process.env, DATABASE_URL: databaseUrl },
        },
      );
      assert.match(stdout, /delegation requests: 2 \(DV-\d{4}-\d{4}, DV-\d{4}-\d{4}\)/);
      assert.match(stdout, /mails \(sent or waiting\): 4/);
      const again = await startReceiver(backend, {}, {}, databaseUrl);
      try {
        const db = again.receiver.database.db;
        assert.deepEqual(
          (await db.selectFrom('delegation_requests').select('email').execute()).map((row) => row.email),
          ['keep@example.org'],
        );
        const log = JSON.stringify(await db.selectFrom('audit_log').selectAll().execute());
        assert.match(log, /"action":"erase"/);
        assert.doesNotMatch(log, /erase\.me|keep@|Nováková/i, 'the audit log holds no personal data');
      } finally {
        await again.close();
      }
    });
  });
}
