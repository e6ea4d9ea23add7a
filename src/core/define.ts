const warned = new Set<string>();

/**
 * Registers a custom element once. A second registration of the same tag (two
 * script tags, two bundles of this library on one page) keeps the first
 * definition and warns once instead of throwing as `customElements.define` does.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tagName);
  if (existing) {
    if (existing !== constructor && !warned.has(tagName)) {
      warned.add(tagName);
      console.warn(`<${tagName}> is already defined (a second copy of the widgets?); the first one is kept.`);
    }
    return;
  }
  registry.define(tagName, constructor);
}
