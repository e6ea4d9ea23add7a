import { msg } from '@lit/localize';
import type { StrResult } from '@lit/localize';
import type { Untyped } from './runtime.js';
import { activeLocale } from './runtime.js';

// Making an Intl.PluralRules costs far more than using one (a list of a hundred countries counts a hundred times).
const pluralRules = new Map<string, Intl.PluralRules>();
const rulesFor = (locale: string): Intl.PluralRules => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
};

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
): string {
  const category = rulesFor(activeLocale()).select(count);
  if (category === 'one' || category === 'other') return forms[category];
  // By id, msg() takes only the values from this template, and gives its own text (the `other`
  // form) when the locale has no text of that id (English, or a gap).
  const template: StrResult = { strTag: true, strings: [forms.other] as never, values: values as unknown[] };
  return (msg as Untyped)(template, { id: `${id}.${category}` });
}
