/*
 * Text helpers of the data lists (timeline, member map): search folding and
 * country names. Apart from text.ts so that the forms, which need neither,
 * do not load them.
 */
/** Lower-cases and strips diacritics so "budejovice" matches "Budějovice". */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const displayNamesCache = new Map<string, Intl.DisplayNames | null>();

/**
 * Country names' first use on a page takes ~95 ms on a slow phone (4× CPU):
 * the engine loads its locale data and lists the locales it has; the names
 * themselves then cost a millisecond or two. An element that will show them
 * calls this as it connects, so that the work runs while the data is on its
 * way, in two tasks of its own (the likely-subtags data, ~25 ms, then the
 * list and the names, ~60 ms: the list is one browser call that cannot be
 * split), instead of inside the first render. Once per locale.
 */
export function warmCountryNames(locale: string): void {
  if (displayNamesCache.has(locale)) return;
  setTimeout(() => {
    try {
      new Intl.Locale(locale).maximize();
    } catch {
      // Not a language tag: countryName falls back on its own.
    }
    setTimeout(() => countryName('AT', locale));
  });
}

/**
 * The name of a country (ISO 3166-1 alpha-2) in the given locale, or the code
 * itself when the browser does not know it.
 */
export function countryName(code: string, locale: string): string {
  let names = displayNamesCache.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    displayNamesCache.set(locale, names);
  }
  if (!names || !/^[A-Z]{2}$/.test(code)) return code;
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
