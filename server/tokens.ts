// Signed links for the newsletter: base64url(JSON payload) "." HMAC-SHA256.
// An altered token fails the signature; an expired one says so.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenPayload {
  /** purpose: c = confirm, u = unsubscribe */
  p: 'c' | 'u';
  /** subscriber id */
  s: number;
  /** consent record id (confirm links) */
  c?: number;
  /** expiry, seconds since 1970 (confirm links) */
  x?: number;
  /** the signup's language (confirm links): the page for an expired link speaks it, though the signup is gone */
  l?: string;
}

/** An expired token is still signed: its payload may be trusted for what the page says. */
export type TokenResult =
  | { ok: true; payload: TokenPayload }
  /** `language`: what an altered or cut link still names, read unsigned, only to choose its page's language. */
  | { ok: false; reason: 'invalid'; language?: string }
  | { ok: false; reason: 'expired'; payload: TokenPayload };

function signature(data: string, secret: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

export function signToken(payload: TokenPayload, secret: string): string {
  const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${data}.${signature(data, secret)}`;
}

/** The signup's language in a payload whose signature fails (a link cut short in a mail program), if it reads. */
function unsignedLanguage(data: string): string | undefined {
  try {
    const { l } = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as Partial<TokenPayload>;
    return typeof l === 'string' ? l : undefined;
  } catch {
    return undefined;
  }
}

export function verifyToken(token: unknown, purpose: TokenPayload['p'], secret: string, now: Date): TokenResult {
  if (typeof token !== 'string' || token.length > 500) return { ok: false, reason: 'invalid' };
  const [data, given] = token.split('.');
  if (!data || !given) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(signature(data, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
    return { ok: false, reason: 'invalid', language: unsignedLanguage(data) };
  let payload: TokenPayload;
  try {
    payload = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as TokenPayload;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (payload.p !== purpose || !Number.isInteger(payload.s)) return { ok: false, reason: 'invalid' };
  if (payload.x !== undefined && payload.x * 1000 < now.getTime()) return { ok: false, reason: 'expired', payload };
  return { ok: true, payload };
}
