// The receiver is configured by environment variables only (documented in
// docs/receiver.md); this module turns them into one typed object, with the
// defaults the README promises, so nothing else reads process.env.
import { isIP } from 'node:net';
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  smtpUrl: string | undefined;
  /** Where mails go as .eml files when SMTP_URL is unset. */
  outboxDir: string;
  /** MAIL_FROM's address: the sender of every mail. */
  mailFrom: string;
  /** MAIL_FROM's own display name; undefined: each mail is named by whom it is from (sender() in mail/outbox.ts). */
  mailFromName: string | undefined;
  /** The name of a mail that names no sender of its own: the site's host name (www. dropped). */
  siteName: string;
  officeEmail: string | undefined;
  /** The delegation form's JSON config: its contactEmail is the office's address when OFFICE_EMAIL is unset. */
  delegationConfig: string | undefined;
  /** The signup form's JSON config: its lists' ids are the only ones accepted, its labels name them on pages. */
  newsletterConfig: string | undefined;
  publicUrl: string;
  allowedOrigins: string[];
  /** Neither PUBLIC_URL nor ALLOWED_ORIGINS set (trying it out): pages on this computer, any port, are accepted too. */
  localPages: boolean;
  adminPasswordHash: string | undefined;
  /** "proxy": the city's reverse proxy authenticates /admin/, the receiver trusts it. */
  adminAuth: 'basic' | 'proxy';
  retentionDays: number;
  /** Days an unsubscribed subscriber's address, name and consent records are kept after unsubscribing. */
  unsubscribedRetentionDays: number;
  rateLimitPerMinute: number;
  webhookUrl: string | undefined;
  /** Where "sign up again" points from an expired or broken confirmation link; undefined: no link. */
  newsletterPageUrl: string | undefined;
  webhookSecret: string | undefined;
  tokenSecret: string | undefined;
  storeIp: boolean;
  /**
   * Which proxies' X-Forwarded-For to believe: false (none), a number of proxy hops in front of the
   * receiver, or their addresses. Never "all": the header's left end is whatever the client sent.
   */
  trustProxy: false | number | string;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, not "${raw}".`);
  return value;
}

/**
 * TRUST_PROXY: unset or 0, no proxy; a number, that many proxies in front (each appends the address
 * it saw); `true` is one; anything else, the proxies' addresses or ranges (`10.0.0.2,10.1.0.0/16`).
 * Trusting the whole header would let a client write its own address at the left end: a new
 * address per request passes the rate limit and the inbox's password lockout.
 */
function trustedProxies(env: Env): false | number | string {
  const raw = env.TRUST_PROXY?.trim() ?? '';
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return 1;
  if (/^[0-9]+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0);
  const addresses = raw.split(',').map((address) => address.trim());
  const isRange = (entry: string) => {
    const [address = '', bits, ...rest] = entry.split('/');
    const version = isIP(address);
    const most = version === 4 ? 32 : 128;
    return (
      version !== 0 && rest.length === 0 && (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= most))
    );
  };
  if (!addresses.every(isRange)) {
    throw new Error(`TRUST_PROXY must be a number of proxies or their addresses (10.0.0.2,10.1.0.0/16), not "${raw}".`);
  }
  return addresses.join(',');
}

function originOf(url: string, name: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`${name} must be an absolute URL such as https://example.org, not "${url}".`);
  }
}

/**
 * The site with the signup form: the first allowed origin that is not the receiver's own (which
 * has no page at `/`). None (trying it out on one computer): the pages offer no link rather than a 404.
 */
function signupSite(allowedOrigins: string[], publicOrigin: string): string | undefined {
  const site = allowedOrigins.find((origin) => origin !== publicOrigin);
  return site ? `${site}/` : undefined;
}

/** SMTP_URL as nodemailer takes it: smtp:// or smtps:// with a host (a typo otherwise showed only at the first mail). */
function smtpUrlOf(env: Env): string | undefined {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new Error(
      `SMTP_URL must be smtp://user:password@host:587 or smtps://user:password@host:465, not "${raw.replace(/:[^:@/]*@/, ':***@')}".`,
    );
  }
  return raw;
}

const oneAddress = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** An address to mail (OFFICE_EMAIL): one address, not a name or a list. */
function addressOf(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!oneAddress.test(raw)) {
    throw new Error(`${name} must be one e-mail address such as international@brno.example, not "${raw}".`);
  }
  return raw;
}

/**
 * MAIL_FROM: one address, alone or after a display name ("Brno International <international@brno.example>",
 * quoted when the name holds a comma). A list or a typo showed only as mails the SMTP server refused.
 */
function senderOf(env: Env, publicUrl: string): { address: string; name: string | undefined } {
  const raw = env.MAIL_FROM?.trim();
  if (!raw) return { address: `receiver@${new URL(publicUrl).hostname}`, name: undefined };
  const named = /^(?:"((?:[^"\\\r\n]|\\.)*)"|([^"<>,;\r\n]*))\s*<([^<>]*)>$/.exec(raw);
  const address = named ? (named[3] ?? '').trim() : raw;
  if (!oneAddress.test(address)) {
    throw new Error(
      `MAIL_FROM must be one e-mail address such as noreply@brno.example, or a name and one address such as "Brno International <noreply@brno.example>", not "${raw}".`,
    );
  }
  const name = named ? (named[1]?.replace(/\\(.)/g, '$1') ?? named[2] ?? '').trim() : '';
  return { address, name: name || undefined };
}

/** The site a person knows the mails from: the host of the first page with a form, else of PUBLIC_URL. */
function siteNameOf(allowedOrigins: string[], publicOrigin: string): string {
  const site = allowedOrigins.find((origin) => origin !== publicOrigin) ?? publicOrigin;
  return new URL(site).hostname.replace(/^www\./, '');
}

/** What HOST can be, in every message about it. */
export const hostExamples =
  'such as 127.0.0.1 (this computer only), 0.0.0.0 (all its IPv4 addresses) or :: (all its addresses)';

/**
 * HOST: an IP address or a host name. "300.1.1.1" is neither: it was reported as a bad PUBLIC_URL
 * (which is made from it), and a name's last label is never a number (URLs read those as IPv4).
 */
function hostOf(env: Env): string {
  const raw = env.HOST?.trim() || '127.0.0.1';
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  const isName =
    new RegExp(`^${label}(?:\\.${label})*\\.?$`, 'i').test(raw) && !/(?:^|\.)(?:\d+|0x[0-9a-f]*)\.?$/i.test(raw);
  if (isIP(raw) === 0 && !isName) {
    throw new Error(
      `HOST must be an address of this computer, ${hostExamples}, or a name that resolves to one, not "${raw}".`,
    );
  }
  return raw;
}

export function readConfig(env: Env = process.env): Config {
  const port = integer(env, 'PORT', 8787);
  if (port > 65535) throw new Error(`PORT must be a port number from 0 to 65535, not "${env.PORT}".`);
  const host = hostOf(env);
  const databaseUrl = env.DATABASE_URL || 'sqlite:./data/receiver.sqlite';
  const publicUrl = (env.PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, '');
  const publicOrigin = originOf(publicUrl, 'PUBLIC_URL');
  const allowedOrigins = (env.ALLOWED_ORIGINS || publicOrigin)
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => originOf(origin, 'ALLOWED_ORIGINS'));
  if (env.NEWSLETTER_WEBHOOK_URL && !env.NEWSLETTER_WEBHOOK_SECRET) {
    throw new Error(
      'NEWSLETTER_WEBHOOK_SECRET must be set when NEWSLETTER_WEBHOOK_URL is: the receiver signs every call with it.',
    );
  }
  if (
    env.ADMIN_PASSWORD_HASH &&
    !/^scrypt:\d+:\d+:\d+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/.test(env.ADMIN_PASSWORD_HASH)
  ) {
    throw new Error('ADMIN_PASSWORD_HASH is not a hash made by "city-network-widgets receiver hash-password".');
  }
  const sender = senderOf(env, publicUrl);
  const sqliteFolder = databaseUrl.startsWith('sqlite:') ? resolve(databaseUrl.slice(7), '..') : resolve('data');
  return {
    port,
    host,
    databaseUrl,
    smtpUrl: smtpUrlOf(env),
    outboxDir: resolve(env.OUTBOX_DIR || resolve(sqliteFolder, 'outbox')),
    mailFrom: sender.address,
    mailFromName: sender.name,
    siteName: siteNameOf(allowedOrigins, publicOrigin),
    officeEmail: addressOf(env, 'OFFICE_EMAIL'),
    delegationConfig: env.DELEGATION_CONFIG || undefined,
    newsletterConfig: env.NEWSLETTER_CONFIG || undefined,
    publicUrl,
    allowedOrigins,
    localPages: !env.PUBLIC_URL && !env.ALLOWED_ORIGINS,
    adminPasswordHash: env.ADMIN_PASSWORD_HASH || undefined,
    adminAuth: env.ADMIN_AUTH === 'proxy' ? 'proxy' : 'basic',
    retentionDays: integer(env, 'RETENTION_DAYS', 180),
    unsubscribedRetentionDays: integer(env, 'UNSUBSCRIBED_RETENTION_DAYS', 30),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 20),
    webhookUrl: env.NEWSLETTER_WEBHOOK_URL || undefined,
    newsletterPageUrl: env.NEWSLETTER_PAGE_URL || signupSite(allowedOrigins, publicOrigin),
    webhookSecret: env.NEWSLETTER_WEBHOOK_SECRET || undefined,
    tokenSecret: env.TOKEN_SECRET || undefined,
    storeIp: env.STORE_IP === '1' || env.STORE_IP === 'true',
    trustProxy: trustedProxies(env),
  };
}
