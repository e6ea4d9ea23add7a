import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, allLocales } from '../../locales/locale-codes.js';

type Templates = LocaleModule['templates'];

/**
 * Every locale shipped, the source locale (`en`) included.
 */
export const supportedLocales: readonly string[] = allLocales;

/*
 * Why not `configureLocalization`: its runtime keeps one active locale for the
 * whole page and switches it asynchronously, but every widget here has its own
 * `lang` (a Czech badge can sit beside an English timeline). So core installs
 * the msg() implementation once and resolves templates against the locale of
 * the element being rendered, which `withLocale` sets for the duration of a
 * synchronous update. The message ids, `str`, the XLIFF files and the
 * generated locale modules are lit-localize's own (runtime mode).
 */
const loaders: Record<string, () => Promise<LocaleModule>> = {
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

const loaded = new Map<string, Templates | undefined>([[sourceLocale, undefined]]);
const loading = new Map<string, Promise<void>>();
let renderingLocale = sourceLocale;

try {
  _installMsgImplementation(((template: Parameters<typeof runtimeMsg>[1], options?: Parameters<typeof runtimeMsg>[2]) =>
    runtimeMsg(loaded.get(renderingLocale), template, options)) as never);
} catch {
  // Another copy of lit-localize in the same module graph was configured by
  // the host page: its msg() stays in charge and widgets show its strings.
  console.warn(
    'city-network-widgets: @lit/localize was already configured on this page; widget texts may not follow their lang attribute.',
  );
}

/**
 * Makes sure a locale's templates are loaded. Returns `undefined` when they
 * already are (so rendering can go on synchronously), else a promise.
 */
export function ensureLocale(locale: string): Promise<void> | undefined {
  if (loaded.has(locale)) return undefined;
  const loader = loaders[locale];
  if (!loader) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = loader().then(
      (module) => {
        loaded.set(locale, module.templates);
      },
      (error: unknown) => {
        console.warn(`city-network-widgets: could not load the "${locale}" texts; showing English.`, error);
        loaded.set(locale, undefined);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Runs `render` with msg() resolving against `locale`. */
export function withLocale<T>(locale: string, render: () => T): T {
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}

/** The locale msg() currently resolves against. */
export const currentLocale = (): string => renderingLocale;

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Chooses the plural form of an already-translated message for `count`, by
 * the current locale's plural rules (Czech needs one/few/many/other).
 * Each form is its own msg() so translators see every category.
 */
export function plural(count: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(renderingLocale).select(count);
  return forms[category] ?? forms.other;
}

/** Formats a number for the current locale. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(renderingLocale, options).format(value);
