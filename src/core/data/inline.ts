/*
 * What an element reads from its light DOM: no Lit, so that code which runs
 * before the element's own (member-map.early.ts) may use it too.
 */

/** The text of an inline `<script type="application/json">` child, if there is one. */
export function inlineJson(host: Element): string | undefined {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** Whether the element has light-DOM content to show as a no-JavaScript fallback. */
export function hasFallbackContent(host: Element): boolean {
  return Array.from(host.childNodes).some(
    (node) =>
      (node instanceof Element && !(node instanceof HTMLScriptElement) && !(node instanceof HTMLTemplateElement)) ||
      (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
  );
}
