import { activeLocale } from './runtime.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Chooses the plural form of an already-translated message for `count`, by
 * the active locale's plural rules (Czech needs one/few/many/other).
 * Each form is its own msg() so translators see every category.
 */
export function plural(count: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(activeLocale()).select(count);
  return forms[category] ?? forms.other;
}

/** Formats a number for the active locale. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(activeLocale(), options).format(value);
