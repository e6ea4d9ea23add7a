/*
 * Exact dates in words ("12 mars 2023") in every language of the widgets,
 * including those the browser has no date data for: Chromium ships none for
 * Albanian, and wrote an Albanian page's dates in English.
 */

/** What the widgets ask of a date format: one day, or a span of days. */
export interface DayFormat {
  format(date: Date): string;
  formatRange(start: Date, end: Date): string;
}

/**
 * The month names (CLDR 48, format, wide) of the languages whose long date
 * is "day month year", for browsers without their data.
 */
const monthNames: Readonly<Record<string, string>> = {
  sq: 'janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor',
};

/**
 * The long date format of `locale` (`dateStyle: 'long'`, in UTC): as the
 * region of `tag` writes dates when it is of that language ("en-GB": 21
 * April 2016; "en": April 21, 2016), from month names when the browser has
 * no data for the language.
 */
export function longDateFormat(locale: string, tag = locale): DayFormat {
  const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
  const names = !Intl.DateTimeFormat.supportedLocalesOf(locale).length && monthNames[locale]?.split(' ');
  if (names) {
    // As CLDR writes `d MMMM y` (dates are at noon UTC), and a span without what both ends share
    // from the year down: "12 – 14 mars 2023", "28 shkurt – 2 mars 2023".
    const format = (date: Date) => `${date.getUTCDate()} ${names[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    const formatRange = (start: Date, end: Date) => {
      const [first, last] = [format(start), format(end)];
      const [day, month, year] = first.split(' ');
      const [, lastMonth, lastYear] = last.split(' ');
      const kept = year !== lastYear ? first : month !== lastMonth ? `${day} ${month}` : day;
      return first === last ? last : `${kept} – ${last}`;
    };
    return { format, formatRange };
  }
  try {
    if (tag.toLowerCase().startsWith(`${locale}-`)) return new Intl.DateTimeFormat(tag, options);
  } catch {
    // Not a valid tag ("en-GB_x"): the language's format.
  }
  return new Intl.DateTimeFormat(locale, options);
}
