// `npm run bench:receiver`: 50 concurrent clients post delegation requests
// (each with its own key) for BENCH_SECONDS (default 10) against SQLite and
// PostgreSQL, and print accepted requests per second and p50/p99 latency.
// Mail goes to .eml files, so the outbox worker runs alongside as in production.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { startCluster } from '../test/helpers/postgres.js';
import type { Cluster } from '../test/helpers/postgres.js';
import { cityOrigin, delegationRequest, startReceiver } from '../test/helpers/receiver.js';
import type { Backend } from '../test/helpers/receiver.js';

const clients = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

function post(agent: Agent, base: URL, key: string): Promise<number> {
  const body = JSON.stringify(delegationRequest(key));
  return new Promise((resolve, reject) => {
    const outgoing = request(
      new URL('/api/delegation-requests', base),
      {
        method: 'POST',
        agent,
        headers: {
          origin: cityOrigin,
          'content-type': 'application/json',
          'idempotency-key': key,
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

async function bench(backend: Backend): Promise<string> {
  const server = await startReceiver(backend, { RATE_LIMIT_PER_MINUTE: '0' }, { log: () => {} });
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const base = new URL(server.base);
  const latencies: number[] = [];
  let accepted = 0;
  let failed = 0;
  let counter = 0;
  const until = performance.now() + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < until) {
          const started = performance.now();
          const status = await post(agent, base, `bench-${backend}-${(counter += 1)}`);
          latencies.push(performance.now() - started);
          if (status === 201) accepted += 1;
          else failed += 1;
        }
      }),
    );
  } finally {
    agent.destroy();
    await server.close();
  }
  latencies.sort((a, b) => a - b);
  const rate = (accepted / seconds).toFixed(0);
  const p50 = percentile(latencies, 0.5).toFixed(1);
  const p99 = percentile(latencies, 0.99).toFixed(1);
  return `${backend.padEnd(10)} ${rate.padStart(8)} req/s accepted   p50 ${p50.padStart(7)} ms   p99 ${p99.padStart(7)} ms   (${accepted} accepted, ${failed} other answers, ${clients} clients, ${seconds} s)`;
}

let cluster: Cluster | undefined;
try {
  console.log(
    `Receiver bench: ${clients} concurrent clients posting delegation requests for ${seconds} s per database.`,
  );
  console.log(await bench('sqlite'));
  cluster = await startCluster(true);
  process.env.RECEIVER_TEST_POSTGRES = cluster.url;
  console.log(await bench('postgres'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  cluster?.stop();
}
