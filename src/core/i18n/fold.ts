/*
 * Search folding for the data lists (timeline, member map): loaded with their
 * list views, not with the elements (a page shows a list before anyone searches it).
 */

/**
 * Letters that stripping accents does not reach (they have no decomposition),
 * as the languages' readers type them without: "Łódź" is found by "lodz",
 * "Gießen" by "giessen". The sort keys read them so too (collate.ts).
 */
export const plainLetters: Readonly<Record<string, string>> = {
  æ: 'ae',
  ß: 'ss',
  œ: 'oe',
  ð: 'd',
  đ: 'd',
  ħ: 'h',
  ŀ: 'l',
  ł: 'l',
  ø: 'o',
};

const unplain = new RegExp(`[${Object.keys(plainLetters).join('')}]`, 'g');

/** Lower-cases and strips diacritics so "budejovice" matches "Budějovice" and "lodz" "Łódź". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(unplain, (letter) => plainLetters[letter]!)
    .trim();
}
