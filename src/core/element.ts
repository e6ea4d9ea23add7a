import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ensureLocale, supportedLocales, withLocale } from './i18n/localize.js';
import { inheritedLang, negotiateLocale } from './i18n/text.js';

export type Theme = 'light' | 'dark' | 'auto';
const themes: readonly Theme[] = ['light', 'dark', 'auto'];

const connected = new Set<CityElement>();
let langObserver: MutationObserver | undefined;

/** One observer for the whole page: a `lang` change on any ancestor re-localizes the widgets. */
function watchLang(element: CityElement): void {
  connected.add(element);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => connected.forEach((widget) => widget.refreshLocale()));
    langObserver.observe(element.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

function unwatchLang(element: CityElement): void {
  connected.delete(element);
  if (connected.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

const warnings = new Set<string>();

/** Warns once per distinct message: CMS editors paste attributes by hand. */
export function warnOnce(message: string): void {
  if (warnings.has(message)) return;
  warnings.add(message);
  console.warn(message);
}

/**
 * What every widget shares: its locale (from `lang` on the element, an
 * ancestor or `<html>`), its theme, and typed event dispatch.
 */
export class CityElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** The supported locale the widget renders in, negotiated from the inherited `lang`. */
  @state() protected locale = 'en';

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.refreshLocale();
  }

  /** Re-reads the inherited `lang`; called when it may have changed. */
  refreshLocale(): void {
    const locale = negotiateLocale(inheritedLang(this), supportedLocales);
    if (locale !== this.locale) this.locale = locale;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && !themes.includes(this.theme)) {
      warnOnce(`<${this.localName}> theme="${this.theme}" is not known; use one of: ${themes.join(', ')}.`);
    }
  }

  /** Waits for the locale's texts before rendering, so a widget never flashes English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = ensureLocale(this.locale);
    if (pending) return pending.then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override performUpdate(): void {
    withLocale(this.locale, () => super.performUpdate());
  }

  /** Dispatches a composed, bubbling event; returns false when a listener cancelled it. */
  protected emit<T>(name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    // Built apart from dispatchEvent so the manifest analyzer does not list an event called "name";
    // each element documents its own events with @event.
    const event = new CustomEvent<T>(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }
}
