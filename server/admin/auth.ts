// /admin/ is behind HTTP Basic (any user name, the password checked against
// ADMIN_PASSWORD_HASH), or, with ADMIN_AUTH=proxy, behind the city's reverse
// proxy, which authenticates and is the only way in (bind HOST to 127.0.0.1).
// Wrong passwords are limited per client address (attempts.ts).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { FailedAttempts } from './attempts.js';
import { verifyPassword } from './password.js';

export function adminGuard(config: Config, attempts = new FailedAttempts()) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (config.adminAuth === 'proxy') return;
    if (!config.adminPasswordHash) {
      await reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The inbox is switched off: set ADMIN_PASSWORD_HASH (see docs/receiver.md).');
      return;
    }
    const wait = attempts.retryAfter(request.ip);
    if (wait > 0) {
      await reply
        .code(429)
        .header('Retry-After', String(wait))
        .type('text/plain; charset=utf-8')
        .send(`Too many wrong passwords from this address: try again in ${Math.ceil(wait / 60)} minute(s).`);
      return;
    }
    const header = request.headers.authorization ?? '';
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
    const password = match
      ? Buffer.from(match[1] ?? '', 'base64')
          .toString('utf8')
          .split(':')
          .slice(1)
          .join(':')
      : '';
    if (match && (await verifyPassword(password, config.adminPasswordHash))) return;
    // A visit without a password (the browser's first request) is not a guess.
    if (request.headers.authorization !== undefined) attempts.fail(request.ip);
    await reply
      .code(401)
      .header('WWW-Authenticate', 'Basic realm="city-network-widgets inbox", charset="UTF-8"')
      .type('text/plain; charset=utf-8')
      .send('Sign in to see the inbox.');
  };
}
