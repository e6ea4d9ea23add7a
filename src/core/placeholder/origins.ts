/**
 * The origins whose data placeholders may load: the page's own, plus those
 * the web team lists in the page's head, e.g.
 * `<meta name="city-network-widgets" content="allow-origins=https://data.example https://www.network.example">`
 * (a module script has no `currentScript` to read options from; a meta
 * element works for every script, the loader and the full bundle alike).
 */
export function allowedOrigins(doc: Document): string[] {
  const origins = [doc.defaultView?.location.origin ?? ''];
  for (const meta of doc.querySelectorAll('meta[name="city-network-widgets"]')) {
    const match = /(?:^|;)\s*allow-origins\s*=([^;]*)/i.exec(meta.getAttribute('content') ?? '');
    for (const entry of match?.[1].split(/[\s,]+/) ?? []) {
      try {
        origins.push(new URL(entry).origin);
      } catch {
        // Not a URL: ignored, like an unknown attribute.
      }
    }
  }
  return origins;
}
