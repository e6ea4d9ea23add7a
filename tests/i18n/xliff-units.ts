import { allLocales, sourceLocale } from '../../src/locales/locale-codes.js';

/** One trans-unit of an XLIFF file, with placeholders written as {0}, {1}… */
export interface Unit {
  id: string;
  source: string;
  target: string | undefined;
  /** Placeholder ids in the source and the target, sorted, repeats kept. */
  sourcePlaceholders: string[];
  targetPlaceholders: string[];
}

export const targetLocales = allLocales.filter((locale) => locale !== sourceLocale);

/** The categories a plural message (`<name>.<category>` ids) gives every locale to choose from. */
export const pluralCategories: readonly Intl.LDMLPluralRule[] = ['one', 'two', 'few', 'many', 'other'];

function readable(element: Element): string {
  return Array.from(element.childNodes)
    .map((node) =>
      node instanceof Element && node.localName === 'x' ? `{${node.getAttribute('id')}}` : node.textContent,
    )
    .join('');
}

const placeholders = (element: Element | null): string[] =>
  element
    ? Array.from(element.querySelectorAll('x'))
        .map((x) => x.getAttribute('id') ?? '')
        .sort()
    : [];

/** The units of xliff/<locale>.xlf, as the test server serves the repository. */
export async function loadUnits(locale: string): Promise<Map<string, Unit>> {
  const response = await fetch(`/xliff/${locale}.xlf`);
  if (!response.ok) throw new Error(`xliff/${locale}.xlf: HTTP ${response.status}`);
  const xliff = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const units = new Map<string, Unit>();
  for (const unit of Array.from(xliff.querySelectorAll('trans-unit'))) {
    const source = unit.querySelector('source')!;
    const target = unit.querySelector('target');
    units.set(unit.id, {
      id: unit.id,
      source: readable(source),
      target: target ? readable(target) : undefined,
      sourcePlaceholders: placeholders(source),
      targetPlaceholders: placeholders(target),
    });
  }
  return units;
}

/** Plural messages: "badge-cities" → its units by category. */
export function pluralGroups(units: Map<string, Unit>): Map<string, Map<string, Unit>> {
  const groups = new Map<string, Map<string, Unit>>();
  for (const unit of units.values()) {
    const match = /^(.+)\.(zero|one|two|few|many|other)$/.exec(unit.id);
    if (!match) continue;
    const group = groups.get(match[1]) ?? new Map<string, Unit>();
    group.set(match[2], unit);
    groups.set(match[1], group);
  }
  return groups;
}

/**
 * What a plural message shows for `count` in `locale`: the form the locale's
 * rules pick, with {0} as the formatted count and further placeholders as given.
 */
export function renderPlural(
  group: Map<string, Unit>,
  locale: string,
  count: number,
  ...rest: string[]
): string | undefined {
  const category = new Intl.PluralRules(locale).select(count);
  const values = [new Intl.NumberFormat(locale).format(count), ...rest];
  return (group.get(category) ?? group.get('other'))?.target?.replace(
    /\{(\d+)\}/g,
    (_, index) => values[Number(index)],
  );
}
