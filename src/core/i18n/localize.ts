import { msg } from '@lit/localize';
import type { StrResult } from '@lit/localize';
import type { Untyped } from './runtime.js';
import { activeLocale } from './runtime.js';
import { pluralCategory } from './plural-rules.js';

type PluralForms = { one: string; other: string };

/** The text of message `id` in plural `category` (see {@link plural}). */
function pluralText(category: Intl.LDMLPluralRule, id: string, values: readonly unknown[], forms: PluralForms): string {
  if (category === 'one' || category === 'other') return forms[category];
  // By id, msg() takes only the values from this template, and gives its own text (the `other`
  // form) when the locale has no text of that id (English, or a gap).
  const template: StrResult = { strTag: true, strings: [forms.other] as never, values: values as unknown[] };
  return (msg as Untyped)(template, { id: `${id}.${category}` });
}

/**
 * The plural form of message `id` for `count`, by the active locale's rules.
 * The source holds the English forms only (`one`, `other`: msg() calls with
 * ids `<id>.one`, `<id>.other`). The categories other languages add (two,
 * few, many) are written once in `plural-forms.ts`, which no bundle imports:
 * lit-localize extracts them for translators and builds them into each
 * locale's module, where this finds them by id and fills in `values` (the
 * message's expressions, in order). A page in English never carries them.
 */
export const plural = (count: number, id: string, values: readonly unknown[], forms: PluralForms): string =>
  pluralText(pluralCategory(count, activeLocale()), id, values, forms);

// Making an Intl.PluralRules costs far more than using one.
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * {@link plural} by the browser's rules alone, without the table of
 * plural-rules.ts: for the forms, which count in one hint and are held to
 * half of GOV.UK Frontend's weight (#16).
 */
export function pluralByIntl(count: number, id: string, values: readonly unknown[], forms: PluralForms): string {
  const locale = activeLocale();
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return pluralText(rules.select(count), id, values, forms);
}
