// Which POSTs are let through, decided before the body is read and whatever
// its content type (a cross-site <form> or a no-cors text/plain fetch is
// stopped here). Browsers send Origin with every POST, so a POST without one
// is refused as well: a server-to-server client must name its origin. The
// one exception is the one-click unsubscribe (RFC 8058), which mail providers
// post from their servers; its signed token is its authorisation.
import type { FastifyRequest } from 'fastify';
import type { Config } from './config.js';

export function ownOrigin(config: Config): string {
  return new URL(config.publicUrl).origin;
}

export function isAllowedPost(request: FastifyRequest, config: Config): boolean {
  const origin = request.headers.origin;
  const path = request.url.split('?')[0] ?? '';
  if (path.startsWith('/admin/')) return origin === ownOrigin(config);
  if (origin === undefined) return path === '/api/newsletter/unsubscribe';
  return origin === ownOrigin(config) || config.allowedOrigins.includes(origin);
}
