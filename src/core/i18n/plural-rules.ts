/*
 * The plural category of a count in each shipped language, without
 * Intl.PluralRules: a page's first one loads the locale's rules in one call
 * (2–50 ms on a slow phone, 4× CPU), in the first render of every widget that
 * counts. CLDR's rules for whole numbers, as the browser has them:
 * tests/core/i18n/plural-rules.test.ts compares each language with Intl.PluralRules.
 */

type Category = Intl.LDMLPluralRule;

const inRange = (value: number, low: number, high: number): boolean => value >= low && value <= high;

/** A millions-only "many" (French, Italian: "1 000 000 de villes"). */
const manyMillions = (n: number): Category => (n !== 0 && n % 1000000 === 0 ? 'many' : 'other');

const oneOrOther = (n: number): Category => (n === 1 ? 'one' : 'other');
const czechSlovak = (n: number): Category => (n === 1 ? 'one' : inRange(n, 2, 4) ? 'few' : 'other');

const rules: Readonly<Record<string, (n: number) => Category>> = {
  bg: oneOrOther,
  cs: czechSlovak,
  de: oneOrOther,
  en: oneOrOther,
  fr: (n) => (n <= 1 ? 'one' : manyMillions(n)),
  hr: (n) =>
    n % 10 === 1 && n % 100 !== 11 ? 'one' : inRange(n % 10, 2, 4) && !inRange(n % 100, 12, 14) ? 'few' : 'other',
  hu: oneOrOther,
  it: (n) => (n === 1 ? 'one' : manyMillions(n)),
  pl: (n) => (n === 1 ? 'one' : inRange(n % 10, 2, 4) && !inRange(n % 100, 12, 14) ? 'few' : 'many'),
  ro: (n) => (n === 1 ? 'one' : n === 0 || inRange(n % 100, 1, 19) ? 'few' : 'other'),
  sk: czechSlovak,
  sl: (n) => (n % 100 === 1 ? 'one' : n % 100 === 2 ? 'two' : inRange(n % 100, 3, 4) ? 'few' : 'other'),
  sq: oneOrOther,
};

/**
 * The plural category of `count` in `locale`: from the table for a count (a
 * whole number, 0 or more), else through Intl (never so for the widgets'
 * counts, hence no cache of the rules here).
 */
export function pluralCategory(count: number, locale: string): Category {
  const rule = Object.hasOwn(rules, locale) ? rules[locale] : undefined;
  return rule && Number.isSafeInteger(count) && count >= 0 ? rule(count) : new Intl.PluralRules(locale).select(count);
}
