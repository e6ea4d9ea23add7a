/*
 * The only file that touches @lit/localize's internals or Lit's update cycle
 * for languages. @lit/localize is pinned exactly in package.json, and
 * tests/core/i18n/runtime.test.ts fails when an upgrade changes what this file
 * relies on: `_installMsgImplementation` (install once, throw on a second
 * call), `defaultMsg(template)` and `runtimeMsg(templates, template, options)`.
 *
 * The script-tag build resolves `@lit/localize` to this file (vite.config.ts),
 * which gives the widgets `msg` and `str`: the package's own entry also
 * evaluates its `configureLocalization` module, which would keep the whole
 * lookup (and its message hash) in every file. Here the lookup loads with the
 * first language other than English, and a page in English never needs it.
 * Sources import `@lit/localize` as usual, so `lit-localize extract` finds
 * every msg().
 *
 * Why not `configureLocalization`: its runtime keeps one locale for the whole
 * page and switches it asynchronously, but every widget here has its own
 * `lang` (a Czech badge can sit beside an English timeline). So msg() resolves
 * against the "active" locale: the one of the widget that is updating, or that
 * last handled the reader's input. Code outside render (an event handler, the
 * text of a mailto: message after an await) therefore gets its widget's
 * language without wrapping anything by hand.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import type { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule } from '@lit/localize';
import { LitElement } from 'lit';
import { sourceLocale } from '../../locales/locale-codes.js';
import { inheritedLang, negotiateLocale } from './text.js';

export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';

type Templates = LocaleModule['templates'];
type MsgImplementation = Parameters<typeof _installMsgImplementation>[0];
/**
 * msg() or a function typed as it, called with a template that is no literal (lit-localize
 * extract takes every call to a function of msg()'s type for a message to translate).
 */
export type Untyped = (template: unknown, options?: { id: string }) => string;

const loaded = new Map<string, Templates | undefined>([[sourceLocale, undefined]]);
let active = sourceLocale;
/** The widget whose locale is active: the region of its `lang` ("de-CH") writes counts (numbers.ts). */
let activeWidget: Element | undefined;
/**
 * Finding a translation (by id, or by a hash of the English text) loads with
 * the first locale other than English: a page in English never needs it.
 */
let lookup: typeof runtimeMsg | undefined;

/** The locale msg(), plural() and formatNumber() resolve against right now. */
export const activeLocale = (): string => active;
/** The `lang` the active widget inherits, as written (on it, an ancestor or `<html>`: "de-CH", "en"). */
export const activeLangTag = (): string | undefined => activeWidget && inheritedLang(activeWidget);

/** Runs `fn` with msg() in `locale`: a payload or an e-mail built after an await keeps its form's language. */
export function withLocale<T>(locale: string, fn: () => T): T {
  const previous = [active, activeWidget] as const;
  [active, activeWidget] = [locale, undefined];
  try {
    return fn();
  } finally {
    [active, activeWidget] = previous;
  }
}

try {
  _installMsgImplementation(((
    template: Parameters<MsgImplementation>[0],
    options?: Parameters<MsgImplementation>[1],
  ) => {
    // Without the lookup (no language but English has come yet) the English text is the answer.
    return lookup ? lookup(loaded.get(active), template, options) : (defaultMsg as Untyped)(template);
  }) as MsgImplementation);
} catch {
  // Another copy of lit-localize in the same module graph was configured by
  // the host page: its msg() stays in charge and widgets show its strings.
  console.warn('city-network-widgets: @lit/localize was configured before; texts may not follow the lang attribute.');
}

const loading = new Map<string, Promise<void>>();
const textsWaitMs = 5000;

/** Loads a locale's texts once; `undefined` when they are there already (rendering goes on synchronously). */
function ensureLocale(locale: string, load: () => Promise<LocaleModule>): Promise<void> | undefined {
  if (loaded.has(locale)) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    const arrived = Promise.all([load(), import('@lit/localize/internal/runtime-msg.js')]).then(
      ([module, lookupModule]) => {
        lookup = lookupModule.runtimeMsg;
        loaded.set(locale, module.templates);
        // Texts that come after the wait: the widgets that showed English take them now.
        widgets.forEach((widget) => widget.requestUpdate());
      },
      (error: unknown) => {
        console.warn(`city-network-widgets: could not load the "${locale}" texts; showing English.`, error);
        loaded.set(locale, undefined);
      },
    );
    // Texts that do not come within a few seconds: English until they do, not a blank widget.
    const waited = new Promise<void>((resolve) => setTimeout(resolve, textsWaitMs)).then(
      () => void (loaded.has(locale) || loaded.set(locale, undefined)),
    );
    pending = Promise.race([arrived, waited]);
    loading.set(locale, pending);
  }
  return pending;
}

/** The generated module of each target locale, loaded when a widget first needs it. */
const loaders: Readonly<Record<string, () => Promise<LocaleModule>>> = {
  bg: () => import('../../locales/bg.js'),
  cs: () => import('../../locales/cs.js'),
  de: () => import('../../locales/de.js'),
  fr: () => import('../../locales/fr.js'),
  hr: () => import('../../locales/hr.js'),
  hu: () => import('../../locales/hu.js'),
  it: () => import('../../locales/it.js'),
  pl: () => import('../../locales/pl.js'),
  ro: () => import('../../locales/ro.js'),
  sk: () => import('../../locales/sk.js'),
  sl: () => import('../../locales/sl.js'),
  sq: () => import('../../locales/sq.js'),
};

/** English and every language with a module above (locale-codes.ts's allLocales, from the same table). */
const shippedLocales = [sourceLocale, ...Object.keys(loaders)];

const widgets = new Set<LocalizedElement>();
let observer: MutationObserver | undefined;
/** Input events that make a widget's language the active one (they cross the shadow boundary). */
const inputEvents = ['pointerdown', 'click', 'keydown', 'input', 'focusin'];

/** Re-reads the inherited `lang`: a module function, not a method, so it is no part of any element's API. */
function refresh(widget: LocalizedElement): void {
  const self = widget as unknown as { locale: string };
  const locale = negotiateLocale(inheritedLang(widget), shippedLocales);
  if (locale !== self.locale) {
    self.locale = locale;
    widget.requestUpdate('locale');
  }
}

/**
 * Gives an element its own language: `lang` on the element, else the closest
 * ancestor (across shadow roots), else `<html lang>`; re-read when any of them
 * changes. Each update waits for the locale's texts, so a widget never
 * flashes English first.
 */
export class LocalizedElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The supported locale the widget renders in, negotiated from the inherited `lang`. */
  protected locale = sourceLocale;

  /**
   * The widget's texts in its language are on their way, and it has not
   * rendered yet: it shows what needs no text (the page's fallback, a held
   * height), not a blank, and not English first. (Once rendered, a widget
   * stays as it is until a new language's texts are there.)
   */
  protected textsPending = false;

  constructor() {
    super();
    const activate = () => ([active, activeWidget] = [this.locale, this]);
    for (const type of inputEvents) this.addEventListener(type, activate, { capture: true });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    widgets.add(this);
    refresh(this);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => widgets.forEach(refresh));
      observer.observe(this.ownerDocument.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    widgets.delete(this);
    if (widgets.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') refresh(this);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const load = loaders[this.locale];
    const pending = load && ensureLocale(this.locale, load);
    if (pending && this.hasUpdated && !this.textsPending) return pending.then(() => this.scheduleUpdate());
    this.textsPending = Boolean(pending);
    if (pending) void pending.then(() => this.requestUpdate());
    [active, activeWidget] = [this.locale, this];
    return super.scheduleUpdate();
  }

  /** `updateComplete` includes the texts in the widget's language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const texts = this.textsPending && loading.get(this.locale);
    return texts ? texts.then(() => this.getUpdateComplete()) : done;
  }
}
