/*
 * Counts as each shipped language writes them, without Intl.NumberFormat: a
 * page's first number format loads the locale's number data in one call that
 * cannot be split (80–200 ms on a slow phone, 4× CPU), and every widget counts
 * in its first render. The table holds the browser's own (CLDR) separators:
 * tests/core/i18n/numbers.test.ts compares each language with Intl.NumberFormat.
 */
import { activeLocale } from './runtime.js';

// Each language's group separator; a "2" after it: a four-digit number is not
// grouped (CLDR's minimumGroupingDigits, as in "1234" but "12 345").
const grouping: Readonly<Record<string, string>> = {
  bg: '\u00a02',
  cs: '\u00a0',
  de: '.',
  en: ',',
  fr: '\u202f',
  hr: '.',
  hu: '\u00a02',
  it: '.2',
  pl: '\u00a02',
  ro: '.',
  sk: '\u00a0',
  sl: '.2',
  sq: '\u00a02',
};

/** A count (a whole number, 0 or more) in `locale`; any other number, or a language not shipped, through Intl. */
export function formatCount(value: number, locale: string): string {
  const rule = Object.hasOwn(grouping, locale) ? grouping[locale] : undefined;
  if (!rule || !Number.isSafeInteger(value) || value < 0) return new Intl.NumberFormat(locale).format(value);
  const digits = String(value);
  return digits.length < (rule[1] ? 5 : 4) ? digits : digits.replace(/\B(?=(\d{3})+$)/g, rule[0]);
}

/** A count in the active locale ("10,000", "10 000"); call it while rendering (it follows the element's locale). */
export const formatNumber = (value: number): string => formatCount(value, activeLocale());
