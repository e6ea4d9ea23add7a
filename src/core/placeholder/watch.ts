/**
 * The part of placeholder handling that every page with the full bundle
 * pays for: notice the first placeholder link, now or later, and only then
 * load the code that upgrades links (parsing, attribute checks, origins).
 * Most pages have none.
 */
// Also in upgrade.ts, which this module loads lazily.
export const placeholderSelector = 'a[href*="#city-" i]';

const hasPlaceholder = (node: Node): boolean =>
  node instanceof Element && (node.matches(placeholderSelector) || node.querySelector(placeholderSelector) !== null);

/** Upgrades placeholder links in `doc` once the first one appears, loading the upgrade code then. */
export function watchPlaceholdersLazily(doc: Document): void {
  const start = (): void => {
    observer.disconnect();
    import('./upgrade.js').then(
      ({ watchPlaceholders }) => watchPlaceholders(doc),
      (error: unknown) => console.error('city-network-widgets: could not load the placeholder upgrade', error),
    );
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some(hasPlaceholder))) start();
  });
  if (doc.querySelector(placeholderSelector)) start();
  else observer.observe(doc, { childList: true, subtree: true });
}
