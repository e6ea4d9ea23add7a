import type { PropertyDeclarations } from 'lit';
import { LocalizedElement } from './i18n/runtime.js';

export type Theme = 'light' | 'dark' | 'auto';
const themes: readonly Theme[] = ['light', 'dark', 'auto'];

const warnings = new Set<string>();

/** Warns once per distinct message: CMS editors paste attributes by hand. */
export function warnOnce(message: string): void {
  if (warnings.has(message)) return;
  warnings.add(message);
  console.warn(message);
}

/**
 * A usable heading level from a `heading-level` attribute: a whole number from
 * 1 to 6, else 3 (a page may pass anything; `aria-level` needs 1–6), with a
 * warning that names the `host` element and the value as written.
 */
export function headingLevel(value: unknown, host: Element): number {
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warnOnce(
    `<${host.localName}> heading-level="${host.getAttribute('heading-level') ?? value}" is not 1 to 6; 3 is used.`,
  );
  return 3;
}

/**
 * What every widget shares: its own language (from `lang` on the element, an
 * ancestor or `<html>`, see core/i18n/runtime.ts), its theme, the editor
 * switch (events: core/events.ts).
 */
export class CityElement extends LocalizedElement {
  // Reactive properties are declared here, not with decorators, in every element: the decorator
  // helpers cost each element file about 0.4 KB gzip. Lit merges each class's list with its base's.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    editor: { type: Boolean, reflect: true },
  };

  /**
   * Colour theme: `light`, `dark`, or `auto` to follow the reader's system
   * setting. Each paints its own surface (`--city-theme-surface`).
   */
  theme: Theme = 'light';

  /**
   * Shows editors the details of problems in the data (JSON paths, URLs) in the
   * widget itself, as the snippet builder's preview does. Without it, readers
   * see a short message and the details go to the browser console only.
   */
  editor = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && !themes.includes(this.theme)) {
      warnOnce(`<${this.localName}> theme="${this.theme}" is not known; use one of: ${themes.join(', ')}.`);
    }
  }
}
