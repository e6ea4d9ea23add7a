import { activeLocale } from './runtime.js';

// Creating an Intl formatter costs far more than using one (a list of a hundred countries formats a hundred counts).
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function cached<T>(cache: Map<string, T>, locale: string, create: (locale: string) => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = create(locale)));
  return value;
}

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Chooses the plural form of an already-translated message for `count`, by
 * the active locale's plural rules (Czech needs one/few/many/other).
 * Each form is its own msg() so translators see every category.
 */
export function plural(count: number, forms: PluralForms): string {
  const category = cached(pluralRules, activeLocale(), (locale) => new Intl.PluralRules(locale)).select(count);
  return forms[category] ?? forms.other;
}

/** Formats a number for the active locale. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  (options
    ? new Intl.NumberFormat(activeLocale(), options)
    : cached(numberFormats, activeLocale(), (locale) => new Intl.NumberFormat(locale))
  ).format(value);
