// Deletion on time (with a fake clock) and on request (the erase command).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { SubscriberStatus } from '../db/tables.js';
import { purge } from '../retention.js';
import { backends, delegationRequest, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

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

    it("deletes an unsubscribed subscriber's address, name and consent records UNSUBSCRIBED_RETENTION_DAYS after unsubscribing", async () => {
      const now = new Date('2027-03-01T12:00:00Z');
      const ago = (days: number) => new Date(now.getTime() - days * day).toISOString();
      const server = await startReceiver(backend, {}, { now: () => now, purge: false });
      const databaseUrl = server.databaseUrl;
      const add = async (
        email: string,
        status: SubscriberStatus,
        unsubscribedDays: number | null,
        signedUpDays: number,
      ) => {
        const db = server.receiver.database.db;
        const { id } = await db
          .insertInto('subscribers')
          .values({
            email,
            name: 'Eva Svobodová',
            locale: 'cs',
            status,
            lists: '["news"]',
            created_at: ago(90),
            confirmed_at: ago(80),
            unsubscribed_at: unsubscribedDays === null ? null : ago(unsubscribedDays),
            notified_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const consent = { text: 'Souhlasím.', text_sha256: 'x', locale: 'cs', privacy_url: null, lists: '["news"]' };
        await db
          .insertInto('consents')
          .values({ ...consent, subscriber_id: id, signed_up_at: ago(signedUpDays), confirmed_at: null, ip: null })
          .execute();
      };
      const emails = async () =>
        (
          await (server_ as Running).receiver.database.db
            .selectFrom('subscribers')
            .select('email')
            .orderBy('email')
            .execute()
        ).map((row) => row.email);
      let server_: Running | undefined = server;
      try {
        await add('a-left-long-ago@example.org', 'unsubscribed', 31, 90);
        await add('b-left-lately@example.org', 'unsubscribed', 29, 90);
        await add('c-reads@example.org', 'confirmed', null, 90);
        await add('d-came-back@example.org', 'unsubscribed', 40, 2);
        const purged = await purge(server.receiver.database, 180, now);
        assert.equal(purged.unsubscribed, 1);
        assert.deepEqual(await emails(), [
          'b-left-lately@example.org',
          'c-reads@example.org',
          'd-came-back@example.org',
        ]);
        const consents = await server.receiver.database.db.selectFrom('consents').select('id').execute();
        assert.equal(consents.length, 3);
        const log = JSON.stringify(await server.receiver.database.db.selectFrom('audit_log').selectAll().execute());
        assert.match(log, /"action":"retention.purge"[^}]*\\"unsubscribed\\":1/);
        assert.doesNotMatch(log, /example\.org|Svobodová/);
        await server.close();
        server_ = undefined;
        // The variable, read at start, where the receiver purges once before the daily timer.
        server_ = await startReceiver(backend, { UNSUBSCRIBED_RETENTION_DAYS: '10' }, { now: () => now }, databaseUrl);
        const deadline = Date.now() + 10_000;
        while ((await emails()).length > 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        assert.deepEqual(await emails(), ['c-reads@example.org', 'd-came-back@example.org']);
      } finally {
        await server_?.close();
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
