/** A string, or a map from BCP 47 language tag to string. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The part of a BCP 47 tag before the first subtag: `de-AT` → `de`. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A resolved text and, for a translations object, the language tag of the translation used. */
export interface ResolvedText {
  text: string;
  /** The key the text came from; undefined for a plain string (its language is the page's). */
  lang?: string;
}

/**
 * Resolves a LocalizedText for a locale: the exact tag, then its base
 * language, then `en`, then the first key; says which language it used.
 */
export function resolveLocalized(text: LocalizedText | undefined, locale: string): ResolvedText {
  if (text === undefined) return { text: '' };
  if (typeof text === 'string') return { text };
  const keys = Object.keys(text);
  if (keys.length === 0) return { text: '' };
  const wanted = locale.toLowerCase();
  const base = baseLanguage(locale);
  const byLowerKey = new Map(keys.map((key) => [key.toLowerCase(), key]));
  const match =
    byLowerKey.get(wanted) ??
    byLowerKey.get(base) ??
    keys.find((key) => baseLanguage(key) === base) ??
    byLowerKey.get('en') ??
    keys[0];
  return { text: text[match] ?? '', lang: match };
}

/** {@link resolveLocalized}, the text alone. */
export const resolveText = (text: LocalizedText | undefined, locale: string): string =>
  resolveLocalized(text, locale).text;

/**
 * The `lang` a resolved text needs inside a widget in `locale`: its language
 * when that is another one (an English fallback on a German page), else undefined.
 */
export const otherLang = (resolved: ResolvedText, locale: string): string | undefined =>
  resolved.lang && baseLanguage(resolved.lang) !== baseLanguage(locale) ? resolved.lang : undefined;

/**
 * Picks the supported locale for a requested language tag: the one of its
 * language (`de-AT` → `de`, whatever the case), else the fallback (`en`).
 * The supported locales are languages without a region, as every shipped one is.
 */
export function negotiateLocale(
  requested: string | null | undefined,
  supported: readonly string[],
  fallback = 'en',
): string {
  const base = baseLanguage(requested ?? '');
  return supported.find((locale) => locale === base) ?? fallback;
}

/**
 * The language that applies to an element: its own `lang`, else the closest
 * ancestor's (crossing shadow roots), else `<html lang>`, else `''`.
 */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument?.documentElement.getAttribute('lang') ?? '';
}
