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

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A page served from this computer, on any port: what a web team trying the receiver out has. */
function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    // An Origin is a scheme, a host and a port, nothing more ("http://localhost:8080/x" is not one).
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      loopbackHosts.has(url.hostname) &&
      url.origin === origin
    );
  } catch {
    return false;
  }
}

export function isAllowedOrigin(origin: string | undefined, config: Config): boolean {
  if (origin === undefined) return false;
  if (origin === ownOrigin(config) || config.allowedOrigins.includes(origin)) return true;
  return config.localPages && isLoopbackOrigin(origin);
}

export function isAllowedPost(request: FastifyRequest, config: Config): boolean {
  const origin = request.headers.origin;
  const path = request.url.split('?')[0] ?? '';
  if (path.startsWith('/admin/')) return origin === ownOrigin(config);
  // The signed token authorises it; a mail program's or webmail's post may carry no Origin or "null".
  if (path === '/api/newsletter/unsubscribe') return true;
  if (origin === undefined) return false;
  return isAllowedOrigin(origin, config);
}

/**
 * The browser shows a refused page only "could not be sent" (CORS hides the
 * reason from the widget), so the receiver says it in its log, once per
 * origin and for at most a few dozen origins, so a flood cannot fill the log.
 */
export function refusedOriginLogger(config: Config, log: (line: string) => void): (request: FastifyRequest) => void {
  const told = new Set<string>();
  return (request) => {
    const origin = request.headers.origin;
    const path = request.url.split('?')[0] ?? '';
    if (origin === undefined || !path.startsWith('/api/') || told.size >= 50) return;
    if (request.method !== 'POST' && request.method !== 'OPTIONS') return;
    if (isAllowedOrigin(origin, config) || told.has(origin)) return;
    told.add(origin);
    const printable = origin.replace(/[^\x21-\x7e]/g, '?').slice(0, 200);
    log(
      `Refused a form from ${printable}: add it to ALLOWED_ORIGINS (now ${config.allowedOrigins.join(',')}${config.localPages ? ', and pages on this machine while trying out' : ''}) to accept its pages.`,
    );
  };
}
