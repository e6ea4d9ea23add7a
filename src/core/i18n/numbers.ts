/*
 * Counts as each shipped language writes them, without Intl.NumberFormat: a
 * page's first number format loads the locale's number data in one call that
 * cannot be split (80–200 ms on a slow phone, 4× CPU), and every widget counts
 * in its first render. The table holds the browser's own (CLDR) separators:
 * tests/core/i18n/numbers.test.ts compares each language with Intl.NumberFormat.
 */
import { activeLangTag, activeLocale } from './runtime.js';

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

/** Tags whose region writes counts as its language's row does, besides the namesake ("de-DE"). */
const ownRegions = ['cs-cz', 'en-gb', 'en-ie', 'en-us', 'sl-si'];

const regionFormats = new Map<string, Intl.NumberFormat | undefined>();

/** The browser's format where the region of `tag` (of `locale`'s language) may write counts otherwise than the table. */
function regionFormat(locale: string, tag: string): Intl.NumberFormat | undefined {
  const key = tag.toLowerCase();
  // Albanian is not in Chromium's data: its regions keep the table's row.
  if (!key.startsWith(`${locale}-`) || locale === 'sq' || key === `${locale}-${locale}` || ownRegions.includes(key))
    return undefined;
  if (!regionFormats.has(key)) {
    try {
      regionFormats.set(key, new Intl.NumberFormat(tag));
    } catch {
      regionFormats.set(key, undefined); // not a valid tag ("de-CH_x"): the language's row
    }
  }
  return regionFormats.get(key);
}

/**
 * A count (a whole number, 0 or more) in `locale`, as written where `tag` is
 * (a `lang` of the same language): by the table in the language's own region,
 * by the browser's format in another ("12'345" in de-CH, "12 345" in de-AT);
 * any other number, or a language not shipped, through Intl.
 */
export function formatCount(value: number, locale: string, tag = locale): string {
  const regional = regionFormat(locale, tag);
  const rule = !regional && Object.hasOwn(grouping, locale) ? grouping[locale] : undefined;
  if (!rule || !Number.isSafeInteger(value) || value < 0)
    return (regional ?? new Intl.NumberFormat(locale)).format(value);
  const digits = String(value);
  return digits.length < (rule[1] ? 5 : 4) ? digits : digits.replace(/\B(?=(\d{3})+$)/g, rule[0]);
}

/**
 * A count in the active locale ("10,000", "10 000"), as the region of the
 * widget's `lang` writes it (on it, an ancestor or `<html>`: "de-CH" gives
 * "10'000"); call it while rendering (it follows the element's locale). A change
 * of region alone (de-DE to de-CH, the same texts) shows at the widget's next render.
 */
export const formatNumber = (value: number): string => formatCount(value, activeLocale(), activeLangTag());
