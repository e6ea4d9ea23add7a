// `npm run test:server`: starts one PostgreSQL cluster for every test file,
// runs node's test runner over the compiled tests, and stops the cluster.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startCluster } from './helpers/postgres.js';

let cluster;
try {
  cluster = await startCluster();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const folder = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.test.js'))
  .filter((name) => process.argv.length <= 2 || process.argv.slice(2).some((part) => name.includes(part)))
  .map((name) => `${folder}${name}`);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, RECEIVER_TEST_POSTGRES: cluster.url },
});
cluster.stop();
process.exit(result.status ?? 1);
