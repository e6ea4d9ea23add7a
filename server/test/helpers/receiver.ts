// Starts a receiver on a fresh database (a temporary SQLite file, or a new
// database in the test PostgreSQL cluster) and posts to it over real HTTP.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createReceiver } from '../../app.js';
import type { Receiver, ReceiverOptions } from '../../app.js';
import { readConfig } from '../../config.js';

export type Backend = 'sqlite' | 'postgres';

/** The runner (test/run.ts) starts PostgreSQL and names it here; a file run alone tests SQLite only. */
export const backends: Backend[] = process.env.RECEIVER_TEST_POSTGRES ? ['sqlite', 'postgres'] : ['sqlite'];
export const cityOrigin = 'https://city.example';

export async function freshDatabase(backend: Backend): Promise<string> {
  if (backend === 'sqlite') return `sqlite:${join(mkdtempSync(join(tmpdir(), 'receiver-test-')), 'receiver.sqlite')}`;
  const server = process.env.RECEIVER_TEST_POSTGRES as string;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  return server.replace(/\/[^/]*$/, `/${name}`);
}

export interface Running {
  base: string;
  receiver: Receiver;
  databaseUrl: string;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startReceiver(
  backend: Backend,
  env: Record<string, string> = {},
  options: ReceiverOptions = {},
  databaseUrl?: string,
): Promise<Running> {
  const url = databaseUrl ?? (await freshDatabase(backend));
  const outboxDir = mkdtempSync(join(tmpdir(), 'receiver-outbox-'));
  const config = readConfig({
    DATABASE_URL: url,
    ALLOWED_ORIGINS: cityOrigin,
    PUBLIC_URL: 'http://receiver.test',
    OFFICE_EMAIL: 'office@city.example',
    MAIL_FROM: 'receiver@city.example',
    RATE_LIMIT_PER_MINUTE: '0',
    OUTBOX_DIR: outboxDir,
    ...env,
  });
  const receiver = await createReceiver(config, { retryBaseMs: 100, pollMs: 100, log: () => {}, ...options });
  await receiver.app.listen({ port: 0, host: '127.0.0.1' });
  const address = receiver.app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  receiver.context.outbox.start();
  return {
    base,
    receiver,
    databaseUrl: url,
    post(path, body, headers = {}) {
      const json = typeof body !== 'string';
      return fetch(base + path, {
        method: 'POST',
        headers: {
          origin: cityOrigin,
          'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded',
          ...headers,
        },
        body: json ? JSON.stringify(body) : body,
      });
    },
    async close() {
      await receiver.close();
      rmSync(outboxDir, { recursive: true, force: true });
    },
  };
}

/** The inbox's Basic authorization for its one user, `office`. */
export const inboxAuthorization = (password: string): string =>
  `Basic ${Buffer.from(`office:${password}`).toString('base64')}`;

/** A date `days` from today as YYYY-MM-DD, so the default request never lies in the past. */
export function inDays(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function delegationRequest(key: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    submissionId: key,
    institution: 'Statutární město Brno',
    contactName: 'Jana Nováková',
    email: 'jana.novakova@example.cz',
    phone: '+420 542 172 111',
    date: inDays(60),
    time: '10:30',
    interest: 'tram-depot',
    groupSize: 12,
    consent: true,
    locale: 'cs',
    website: '',
    fillMs: 45_000,
    ...overrides,
  };
}

export function keyFor(index: number): string {
  return `test-key-${String(index).padStart(4, '0')}`;
}

/** Waits until the outbox has nothing left to send. */
export async function allSent(server: Running, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const unsent = await server.receiver.database.db
      .selectFrom('outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .execute();
    if (unsent.length === 0) return;
    if (Date.now() > until) throw new Error(`${unsent.length} outbox items still unsent.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
