import { activeLocale, localizedById } from './runtime.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The plural form of message `id` for `count`, by the active locale's rules.
 * The source holds the English forms only (`one`, `other`: msg() calls with
 * ids `<id>.one`, `<id>.other`). The categories other languages add (two,
 * few, many) are written once in `plural-forms.ts`, which no bundle imports:
 * lit-localize extracts them for translators and builds them into each
 * locale's module, where this finds them by id and fills in `values` (the
 * message's expressions, in order). A page in English never carries them.
 */
export function plural(
  count: number,
  id: string,
  values: readonly unknown[],
  forms: { one: string; other: string },
): string;
/** @deprecated Every category as a msg() of its own: pass the id and the English forms instead. */
export function plural(count: number, forms: PluralForms): string;
export function plural(
  count: number,
  idOrForms: string | PluralForms,
  values: readonly unknown[] = [],
  forms?: { one: string; other: string },
): string {
  const category = new Intl.PluralRules(activeLocale()).select(count);
  if (typeof idOrForms !== 'string') return idOrForms[category] ?? idOrForms.other;
  const english = forms!;
  if (category === 'one' || category === 'other') return english[category];
  return localizedById(`${idOrForms}.${category}`, values) ?? english.other;
}

/** Formats a number for the active locale. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(activeLocale(), options).format(value);
