// Two receivers started at the same moment on a new database both start, and
// the schema is made once: the migrations run under a lock on either database.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { openDatabase } from '../db/database.js';
import { backends, freshDatabase } from './helpers/receiver.js';

const child = fileURLToPath(new URL('./helpers/migrate-child.js', import.meta.url));
const rounds = 8;

function startChild(urls: string[]) {
  const process_ = spawn(process.execPath, [child, '300', ...urls], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    process_.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) resolve();
    });
    process_.once('exit', (code) => reject(new Error(`the migrating process exited early (${code})`)));
  });
  const done = new Promise<string[]>((resolve) =>
    process_.once('exit', () => resolve(output.trim().split('\n').slice(1))),
  );
  return { process: process_, ready, done };
}

for (const backend of backends) {
  describe(`migrations on ${backend}`, () => {
    it('lets two processes migrate one new database at the same moment: both succeed, the schema is made once', async () => {
      const urls: string[] = [];
      for (let round = 0; round < rounds; round += 1) urls.push(await freshDatabase(backend));
      const twins = [startChild(urls), startChild(urls)];
      await Promise.all(twins.map((twin) => twin.ready));
      const startAt = String(Date.now() + 200);
      for (const twin of twins) twin.process.stdin.end(`${startAt}\n`);
      const outputs = await Promise.all(twins.map((twin) => twin.done));
      for (const output of outputs) {
        assert.deepEqual(
          output,
          urls.map((_url, index) => `ok ${index}`),
        );
      }
      for (const url of urls) {
        const database = await openDatabase(url);
        try {
          const applied = await database.db
            .selectFrom('kysely_migration' as never)
            .select('name' as never)
            .execute();
          assert.deepEqual(
            applied.map((row) => (row as { name: string }).name),
            ['0001-delegation-requests', '0002-newsletter', '0003-outbox-failed'],
          );
        } finally {
          await database.close();
        }
      }
    });
  });
}
