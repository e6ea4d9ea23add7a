/*
 * Sort keys for names, so that a list sorts as `Intl.Collator(locale,
 * { sensitivity: 'base', numeric: true })` sorts it, without making one: a
 * page's first collator loads the locale's collation data in one call that
 * cannot be split (50–100 ms on a slow phone, 4× CPU). The tables hold CLDR's
 * primary order (letters, not accents or case) of each shipped language;
 * tests/core/i18n/collate.test.ts compares them with the browser's collator.
 * A name with a character they do not hold gets no key, and the caller sorts
 * with Intl.Collator after all.
 */

import { plainLetters } from './fold.js';

/** Signs between words, in CLDR's root order (others sort as these: see `folded`). */
const signs = ' _-\u2013\u2014,;:!?.\u2026\u00b7\'"\u00ab\u00bb()[]{}@*/\\&#%`^+<=>|~$';

/** Characters that every language here sorts as others (CLDR root): "æ" as "ae", "ł" as "l", "’" as "'". */
const folded: Readonly<Record<string, string>> = {
  '\u00a0': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  ...plainLetters,
};

/**
 * The letters a language adds to the Latin alphabet: after the letter before
 * ">", the ones after it in order; "=" joins letters that sort as one
 * (Romanian "ş" as "ș"). A language without a row sorts as CLDR's root.
 */
const tailorings: Readonly<Record<string, string>> = {
  cs: 'c>č h>ch r>ř s>š z>ž',
  hr: 'c>č>ć d>dž>đ l>lj n>nj s>š z>ž',
  pl: 'a>ą c>ć e>ę l>ł n>ń o>ó s>ś z>ź>ż',
  ro: 'a>ă>â i>î s>ș=ş t>ț=ţ',
  sk: 'a>ä c>č h>ch o>ô r>ř s>š z>ž',
  sl: 'c>č>ć d>đ s>š z>ž',
  // CLDR's Albanian alphabet, which Chromium does not ship (its collator sorts "Shkodër" among the "S").
  sq: 'c>ç d>dh e>ë g>gj l>ll n>nj r>rr s>sh t>th x>xh z>zh',
};

/**
 * The languages the tables were checked for (Albanian against its alphabet: Chromium has no
 * Albanian collation to check it with); others get no key (Intl.Collator). Hungarian is not among
 * them: its doubled digraphs ("ccs", sorted as "cs" twice) depend on case.
 */
const checked = 'bg cs de en fr hr it pl ro sk sl sq'.split(' ');

const letterBase = 0x100;
const digitsBase = 0x50;
const ignorable = /^[\p{M}\p{Cf}]$/u;

interface Alphabet {
  ranks: Map<string, number>;
  /** The longest letter, in characters ("dzs": 3). */
  longest: number;
}

const alphabets = new Map<string, Alphabet>();

function alphabetOf(locale: string): Alphabet {
  let alphabet = alphabets.get(locale);
  if (alphabet) return alphabet;
  const order: string[][] = [...'abcdefghijklmnopqrstuvwxyz'].map((letter) => [letter]);
  for (const entry of (tailorings[locale] ?? '').split(' ').filter(Boolean)) {
    const [after, ...letters] = entry.split('>');
    let at = order.findIndex((group) => group.includes(after!));
    for (const letter of letters) order.splice(++at, 0, letter.split('='));
  }
  // Cyrillic in the alphabet's own order (that of the code points: а … я), after Latin; before it in Bulgarian.
  const cyrillic = Array.from({ length: 32 }, (_, index) => [String.fromCharCode(0x430 + index)]);
  if (locale === 'bg') order.unshift(...cyrillic);
  else order.push(...cyrillic);
  // Letters in their decomposed form, as the text is read: "č" is "c" and a caron.
  const ranks = new Map<string, number>();
  order.forEach((group, rank) => group.forEach((letter) => ranks.set(letter.normalize('NFD'), rank)));
  alphabet = { ranks, longest: Math.max(...[...ranks.keys()].map((letter) => letter.length)) };
  alphabets.set(locale, alphabet);
  return alphabet;
}

/** The characters of `folded`, found in one pass (most names have none). */
const foldable = new RegExp(`[${Object.keys(folded).join('')}]`, 'g');

/**
 * A key for `text` in `locale`: two names compare as their keys do (`<`),
 * equal when the collator finds them equal. Undefined for a language or a
 * character the tables do not hold. Read by index, not by slicing: a list of
 * 10,000 names is keyed on a slow phone, and its garbage made long pauses.
 */
export function sortKey(text: string, locale: string): string | undefined {
  if (!checked.includes(locale)) return undefined;
  const { ranks, longest } = alphabetOf(locale);
  // Decomposed, as the collator reads it: an accent is a letter of its own only where the
  // language makes it one with its base ("č" in Czech); else it is left out (as is case).
  const rest = text
    .toLowerCase()
    .replace(foldable, (char) => (ranks.has(char) ? char : folded[char]!))
    .normalize('NFD');
  // Character codes, made a string at the end: grown a character at a time, each key was a chain
  // of one-character strings (10,000 names allocated 3.4 MB while a list was sorted, now 2.3 MB).
  const key: number[] = [];
  for (let at = 0; at < rest.length;) {
    // A number sorts by its value: its count of digits (leading zeros left out), then the digits.
    let end = at;
    while (isDigit(rest.charCodeAt(end))) end++;
    if (end > at) {
      while (at < end - 1 && rest.charCodeAt(at) === 48) at++;
      key.push(digitsBase + end - at);
      while (at < end) key.push(rest.charCodeAt(at++));
      continue;
    }
    // The longest letter of the language here ("ch" in Czech), else one character.
    let length = Math.min(longest, rest.length - at);
    while (length > 1 && !ranks.has(rest.slice(at, at + length))) length--;
    const char = length > 1 ? rest.slice(at, at + length) : rest[at]!;
    at += length;
    const rank = ranks.get(char);
    const sign = length === 1 ? signs.indexOf(char) : -1;
    if (rank !== undefined) key.push(letterBase + rank);
    else if (sign !== -1) key.push(0x20 + sign);
    else if (!ignorable.test(char)) return undefined;
  }
  // A call takes so many arguments at most: a name of 100,000 letters is bad data, not a failure.
  let joined = '';
  for (let at = 0; at < key.length; at += 4096) joined += String.fromCharCode(...key.slice(at, at + 4096));
  return joined;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
