const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the URL when it is safe to put in an `href` or `src`: `http:`,
 * `https:`, `mailto:`, `tel:` or relative. Anything else (`javascript:`,
 * `data:`, `vbscript:` …) returns `undefined`.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // Browsers ignore ASCII control characters and whitespace inside a scheme
  // ("java\tscript:"), so judge the URL the way the browser will parse it.
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const normalized = trimmed.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalized);
  if (!scheme) return trimmed; // relative: path, query or fragment
  return allowedProtocols.has(scheme[1].toLowerCase() + ':') ? trimmed : undefined;
}
