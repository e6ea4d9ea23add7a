// Mail and webhooks leave through a table, never straight from a request: a
// route queues items in the same transaction as the data they tell about, and
// this worker sends them with retries and growing pauses. An SMTP outage
// delays mail and loses none for days; a mail the server refuses for good
// is marked failed at once (failures.ts); the inbox lists what is unsent.
import { createHmac } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Db } from '../db/database.js';
import type { Config } from '../config.js';
import { failureLine, giveUpAfterMs, isFinal, reasonOf } from './failures.js';
import type { FailedItem } from './failures.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  headers?: Record<string, string>;
  /** Whom the mail is from, by name (the office, the newsletter's publisher), when MAIL_FROM names no one. */
  fromName?: string;
}

export interface WebhookCall {
  url: string;
  body: string;
}

export type OutboxItem = { kind: 'mail'; payload: MailMessage } | { kind: 'webhook'; payload: WebhookCall };

const maxPauseMs = 60 * 60 * 1000;
/** How long a worker holds an item it is sending before another may try it. */
const leaseMs = 5 * 60 * 1000;
const parallelSends = 5;

export async function enqueue(
  db: Db,
  items: OutboxItem | OutboxItem[],
  subjectEmail: string | null,
  now: Date,
): Promise<void> {
  const list = Array.isArray(items) ? items : [items];
  if (list.length === 0) return;
  await db
    .insertInto('outbox')
    .values(
      list.map((item) => ({
        kind: item.kind,
        subject_email: subjectEmail,
        payload: JSON.stringify(item.payload),
        attempts: 0,
        next_attempt_at: now.toISOString(),
        created_at: now.toISOString(),
      })),
    )
    .execute();
}

function smtpOptions(url: string): Record<string, unknown> {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : undefined,
    secure: parsed.protocol === 'smtps:',
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    ...Object.fromEntries(parsed.searchParams),
  };
}

/**
 * The From of a mail: MAIL_FROM's own name if it has one, else the mail's, else the site's. A bare
 * "receiver@brno.example" told a requester nothing about who wrote.
 */
function sender(config: Config, fromName: string | undefined): { name: string; address: string } {
  return { name: config.mailFromName ?? (fromName || config.siteName), address: config.mailFrom };
}

export function signWebhook(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface OutboxOptions {
  now: () => Date;
  retryBaseMs: number;
  pollMs: number;
  log: (line: string) => void;
  /** How long a mail that keeps failing is tried (tests shorten it); failures.ts has the default. */
  giveUpAfterMs?: number;
}

export class OutboxWorker {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly options: OutboxOptions,
  ) {
    // A pool keeps a few SMTP connections open instead of one handshake per mail.
    this.transport = config.smtpUrl
      ? nodemailer.createTransport({ ...smtpOptions(config.smtpUrl), pool: true, maxConnections: parallelSends })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.transport.close();
  }

  /** Called after a commit that queued something: send it now rather than at the next poll. */
  wake(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  /** Sends everything that is due (tests and the CLI use it directly). */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.sendDue();
      sent += batch.sent;
      if (batch.tried === 0 || batch.sent === 0) return sent;
    }
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.sendDue()
        .then((batch) => (batch.tried > 0 ? 0 : this.options.pollMs))
        .catch((error: unknown) => {
          this.options.log(`outbox: ${String(error)}`);
          return this.options.pollMs;
        })
        .then((next) => {
          this.running = undefined;
          if (!this.stopped) this.schedule(next);
        });
    }, delayMs);
  }

  private async sendDue(): Promise<{ tried: number; sent: number }> {
    const now = this.options.now();
    const due = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('id')
      .limit(20)
      .execute();
    if (due.length === 0) return { tried: 0, sent: 0 };
    // Claim the batch (another instance on the same PostgreSQL may be polling too).
    const claimed = new Set(
      (
        await this.db
          .updateTable('outbox')
          .set({ next_attempt_at: new Date(now.getTime() + leaseMs).toISOString() })
          .where(
            'id',
            'in',
            due.map((row) => row.id),
          )
          .where('sent_at', 'is', null)
          .where('next_attempt_at', '<=', now.toISOString())
          .returning('id')
          .execute()
      ).map((row) => row.id),
    );
    const rows = due.filter((row) => claimed.has(row.id));
    let sent = 0;
    // A few at a time: one slow SMTP round trip should not hold up the rest.
    for (let start = 0; start < rows.length; start += parallelSends) {
      await Promise.all(
        rows.slice(start, start + parallelSends).map(async (row) => {
          try {
            await this.deliver(row.id, { kind: row.kind, payload: JSON.parse(row.payload) } as OutboxItem);
          } catch (error) {
            await this.failed(row, error);
            return;
          }
          // Marked as soon as it is out, not with the batch: after a crash, only what was in flight goes again.
          await this.db
            .updateTable('outbox')
            .set((eb) => ({
              sent_at: this.options.now().toISOString(),
              attempts: eb('attempts', '+', 1),
              last_error: null,
            }))
            .where('id', '=', row.id)
            .execute();
          sent += 1;
        }),
      );
    }
    return { tried: rows.length, sent };
  }

  private async failed(row: FailedItem & { attempts: number; created_at: string }, error: unknown): Promise<void> {
    const now = this.options.now();
    const refused = isFinal(error);
    const expired =
      !refused && now.getTime() - Date.parse(row.created_at) >= (this.options.giveUpAfterMs ?? giveUpAfterMs);
    const pause = Math.min(this.options.retryBaseMs * 2 ** row.attempts, maxPauseMs);
    await this.db
      .updateTable('outbox')
      .set({
        attempts: row.attempts + 1,
        last_error: reasonOf(error),
        next_attempt_at: new Date(now.getTime() + pause).toISOString(),
        failed_at: refused || expired ? now.toISOString() : null,
      })
      .where('id', '=', row.id)
      .execute();
    // Once when it first fails, once when it is given up: not at every retry of an outage.
    if (refused || expired) this.options.log(failureLine(row, refused ? 'refused' : 'expired', error));
    else if (row.attempts === 0) this.options.log(failureLine(row, 'retrying', error));
  }

  private async deliver(id: number, item: OutboxItem): Promise<void> {
    if (item.kind === 'webhook') {
      const secret = this.config.webhookSecret ?? '';
      const response = await fetch(item.payload.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-City-Signature': signWebhook(item.payload.body, secret) },
        body: item.payload.body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
      return;
    }
    const { fromName, ...mail } = item.payload;
    const info = await this.transport.sendMail({ from: sender(this.config, fromName), ...mail });
    if (!this.config.smtpUrl) {
      await mkdir(this.config.outboxDir, { recursive: true });
      const message = (info as { message?: Buffer }).message ?? Buffer.from('');
      await writeFile(join(this.config.outboxDir, `${String(id).padStart(6, '0')}.eml`), message);
    }
  }
}
