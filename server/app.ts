// Builds the receiver: Fastify with body and time limits, security headers,
// CORS for the allowed origins, an Origin check on every POST, JSON error
// bodies, and the routes. Listening is left to the caller (cli.ts, tests).
import { randomBytes } from 'node:crypto';
import cors from '@fastify/cors';
import formbody from '@fastify/formbody';
import { parse as parseQuery } from 'node:querystring';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { markRunning } from './db/running.js';
import type { Database, Db } from './db/database.js';
import { delegationRules } from './form-rules.js';
import type { DelegationRules } from './form-rules.js';
import type { LocalizedName } from './mail/delegation-texts.js';
import { delegationForm, localizedName, newsletterConfig, officeAddress } from './form-configs.js';
import { RequestProblem } from './forms.js';
import { OutboxWorker } from './mail/outbox.js';
import { registerAdmin } from './admin/routes.js';
import { registerDelegation } from './routes/delegation.js';
import { SharedStore } from './routes/limits.js';
import { registerNewsletter } from './routes/newsletter.js';
import { isAllowedOrigin, isAllowedPost, refusedOriginLogger } from './origin.js';
import { schedulePurge } from './retention.js';

export interface Context {
  db: Db;
  config: Config;
  now: () => Date;
  outbox: OutboxWorker;
  /** Signs newsletter tokens and bot lookalike references. */
  secret: string;
  officeEmail: string | undefined;
  /** The delegation form's `host` (DELEGATION_CONFIG): the office's name, which signs the requester's confirmation. */
  officeName: LocalizedName | undefined;
  /** The delegation form's interests, group size and lead time, from DELEGATION_CONFIG; undefined: the schema only. */
  delegationRules: DelegationRules | undefined;
  /** List id → label per locale, from NEWSLETTER_CONFIG; undefined accepts any list id. */
  lists: Map<string, Record<string, string>> | undefined;
  /** NEWSLETTER_CONFIG's publisher, named in the confirmation mails. */
  newsletterPublisher: LocalizedName | undefined;
}

export interface ReceiverOptions {
  now?: () => Date;
  /** The first pause after a failed send; it doubles with each failure. */
  retryBaseMs?: number;
  pollMs?: number;
  log?: (line: string) => void;
  /** false: no purge at start and daily (tests run it by hand). */
  purge?: boolean;
}

export interface Receiver {
  app: FastifyInstance;
  database: Database;
  context: Context;
  close(): Promise<void>;
}

export const bodyLimit = 32 * 1024;

async function loadSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  // Generated once and kept in the database, so links in mails outlive a restart.
  await db
    .insertInto('settings')
    .values({ name: 'token-secret', value: randomBytes(32).toString('base64url') })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('name', '=', 'token-secret')
    .executeTakeFirstOrThrow();
  return row.value;
}

function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    const page = String(reply.getHeader('Content-Type') ?? '').startsWith('text/html');
    // Under no-referrer a browser sends `Origin: null` with a page's own form POST, which the
    // Origin check refuses: the inbox's status change and the unsubscribe button need same-origin.
    reply.header('Referrer-Policy', page ? 'same-origin' : 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    if (page && !reply.hasHeader('Content-Security-Policy')) {
      reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    }
    return payload;
  });
}

const notUtf8 = 'The request is not UTF-8 text.';

/** Whether any text in a parsed JSON value holds half of a surrogate pair on its own. */
function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string')
    return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => hasLoneSurrogate(key) || hasLoneSurrogate(item));
  }
  return false;
}

function errorHandling(app: FastifyInstance, log: (line: string) => void): void {
  app.setErrorHandler((error: FastifyError | RequestProblem, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    // The method, path and message only: a request body may hold personal data.
    if (status >= 500) log(`${request.method} ${request.url.split('?')[0]}: ${status} ${error.message}`);
    const messages: Record<number, string> = {
      400: error instanceof RequestProblem ? error.message : 'The request body could not be read.',
      413: `The request is larger than ${bodyLimit / 1024} KB.`,
      415: 'Send the form as JSON or form-encoded.',
      429: 'Too many requests: try again after the time in Retry-After (seconds).',
    };
    void reply.code(status).send({ message: messages[status] ?? (status >= 500 ? 'Server error.' : error.message) });
  });
  app.setNotFoundHandler((_request, reply) => {
    void reply.code(404).send({ message: 'Not found.' });
  });
}

export async function createReceiver(config: Config, options: ReceiverOptions = {}): Promise<Receiver> {
  const database = await openDatabase(config.databaseUrl);
  try {
    return await build(database, config, options);
  } catch (error) {
    // An unreadable form config, say: close the pool so the process can end with the message.
    await database.close();
    throw error;
  }
}

async function build(database: Database, config: Config, options: ReceiverOptions): Promise<Receiver> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  const outbox = new OutboxWorker(database.db, config, {
    now,
    retryBaseMs: options.retryBaseMs ?? 30_000,
    pollMs: options.pollMs ?? 5_000,
    log,
  });
  const form = await delegationForm(config);
  const context: Context = {
    db: database.db,
    config,
    now,
    outbox,
    secret: await loadSecret(database.db, config.tokenSecret),
    officeEmail: officeAddress(config, form),
    officeName: localizedName(form?.host),
    delegationRules: form ? delegationRules(form) : undefined,
    ...(await newsletterConfig(config)),
  };
  const hops = config.trustProxy;
  const app = Fastify({
    bodyLimit,
    // A number of proxies, as Fastify's own number option does (its types leave it out).
    trustProxy: typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : hops,
    // A slow client gets 10 s for its headers and 15 s for the whole request, then is cut off.
    requestTimeout: 15_000,
    // Node checks both limits only this often (30 s by default), so a trickle lasted up to 45 s.
    http: { connectionsCheckingInterval: 1_000 },
    connectionTimeout: 30_000,
    keepAliveTimeout: 5_000,
    // Told to stop (SIGTERM), it answers what already reached it (with Connection: close) and only then
    // closes: a 503 from Fastify itself would carry no CORS header, which a browser reads as a network failure.
    return503OnClosing: false,
  });
  app.server.headersTimeout = 10_000;
  securityHeaders(app);
  // Before CORS, which answers a refused preflight itself and so ends the hooks.
  const logRefusal = refusedOriginLogger(config, log);
  app.addHook('onRequest', async (request) => logRefusal(request));
  await app.register(cors, {
    origin: (origin, callback) => callback(null, isAllowedOrigin(origin, config)),
    methods: ['POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
  app.addHook('onRequest', async (request, reply) => {
    // A preflight the CORS plugin let through is one from an origin it refused: said so, not "not found".
    const refusedPreflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'];
    if (refusedPreflight || (request.method === 'POST' && !isAllowedPost(request, config))) {
      // curl and server-side scripts send no Origin: tell them what is missing, not that theirs is refused.
      const message =
        request.headers.origin === undefined
          ? 'Requests without an Origin header are not accepted: browsers send one; a script must send the origin of a page allowed in ALLOWED_ORIGINS.'
          : 'Requests from this origin are not accepted.';
      return reply.code(403).send({ message });
    }
    // The forms never compress what they send; a compressed body would read as bytes that are not text.
    const encoding = request.headers['content-encoding'];
    if (request.method === 'POST' && encoding && encoding.toLowerCase() !== 'identity') {
      return reply.code(415).send({ message: 'Send the form uncompressed.' });
    }
  });
  // Form fields, refused when their escapes are not UTF-8 ("%FC" for a Latin-1 "ü" was stored as "%FC").
  await app.register(formbody, {
    bodyLimit,
    parser: (body) => {
      try {
        decodeURIComponent(body.replace(/\+/g, ' '));
      } catch {
        throw new RequestProblem(400, notUtf8);
      }
      return parseQuery(body);
    },
  });
  // RFC 8058 lets a mail provider send its one-click unsubscribe as multipart; its token is in the URL.
  // Anywhere else multipart is refused like any other type the forms do not send.
  // Fastify reads text/plain by default; like multipart, the forms never send it, so it is refused (415) too.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(['multipart/form-data', 'text/plain'], { parseAs: 'string' }, (request, _body, done) => {
    if (request.url.startsWith('/api/newsletter/unsubscribe?')) done(null, {});
    else done(new RequestProblem(415, 'Send the form as JSON or form-encoded.'), undefined);
  });
  // Fastify reads a JSON body as UTF-8 with U+FFFD for bytes that are not: a name would be stored
  // with replacement marks. A body that is not UTF-8 is refused instead (form-encoded bodies are
  // percent-encoded ASCII, which the checks of each field see).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      return done(new RequestProblem(400, notUtf8), undefined);
    }
    // An escaped half of a surrogate pair ("\ud800") parses to text no database can store as UTF-8.
    parseJson(request, text, (error, value) =>
      error || !hasLoneSurrogate(value) ? done(error, value) : done(new RequestProblem(400, notUtf8), undefined),
    );
  });
  await app.register(rateLimit, { global: false, store: SharedStore });
  errorHandling(app, log);
  app.get('/healthz', async () => {
    await database.db.selectFrom('settings').select('name').limit(1).execute();
    return { status: 'ok' };
  });
  registerDelegation(app, context);
  registerNewsletter(app, context);
  registerAdmin(app, context);
  const stopPurging = options.purge === false ? () => {} : schedulePurge(database, config, now, log);
  const unmark = markRunning(database.db);
  return {
    app,
    database,
    context,
    async close() {
      stopPurging();
      await app.close();
      await outbox.stop();
      await unmark();
      await database.close();
    },
  };
}
