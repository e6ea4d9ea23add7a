// An e-mail address that can pass for another: its domain mixes scripts ("brnо.cz" with a Cyrillic
// "о") or is written in punycode (xn--…, which a mail program may show as such letters). The inbox
// and the office's mail say so in words, so that the office does not answer a lookalike.
import { domainToUnicode } from 'node:url';
import { html } from './html.js';
import type { Html } from './html.js';

/** Scripts named in the warning; a letter of any other is "other". */
const scripts = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Thai',
  'Cherokee',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Hangul',
].map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));

/**
 * Mixtures that belong together (Unicode's "highly restrictive" level, UTS #39): Japanese, Chinese
 * and Korean write Han beside their own scripts, and all of them beside a Latin top-level domain.
 */
const together = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

const scriptOf = (letter: string): string => scripts.find(({ pattern }) => pattern.test(letter))?.name ?? 'other';

const codePoint = (letter: string) => `U+${(letter.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const listed = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/** "Latin and Cyrillic letters (Cyrillic "о" U+043E)", or undefined for a domain in one script. */
function mixedScripts(domain: string): string | undefined {
  const byScript = new Map<string, string[]>();
  for (const letter of [...domain].filter((char) => /\p{L}/u.test(char))) {
    const script = scriptOf(letter);
    byScript.set(script, [...(byScript.get(script) ?? []), letter]);
  }
  const names = [...byScript.keys()];
  if (names.length < 2 || together.some((group) => names.every((name) => group.includes(name)))) return undefined;
  // The letters of the scripts other than the domain's main one: those are the ones that look alike.
  const main = names.reduce((most, name) =>
    (byScript.get(name)?.length ?? 0) > (byScript.get(most)?.length ?? 0) ? name : most,
  );
  const odd = names
    .filter((name) => name !== main)
    .flatMap((name) => [...new Set(byScript.get(name))].map((letter) => `${name} "${letter}" ${codePoint(letter)}`));
  const shown = odd.slice(0, 5).join(', ') + (odd.length > 5 ? ', …' : '');
  return `${listed(names)} letters (${shown})`;
}

/**
 * A warning for the office when `address` could pass for another, in words (not a colour); undefined
 * for an ordinary address. Only the domain counts: it decides where an answer goes.
 */
export function lookalikeWarning(address: string): string | undefined {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  const punycode = /(?:^|\.)xn--/i.test(domain);
  const shown = punycode ? domainToUnicode(domain) : domain;
  const mixed = mixedScripts(shown || domain);
  if (!punycode && !mixed) return undefined;
  const clauses = [
    ...(punycode
      ? [
          shown && shown !== domain.toLowerCase()
            ? `its domain "${domain}" is punycode, which mail programs may show as "${shown}"`
            : `its domain "${domain}" is punycode`,
        ]
      : []),
    ...(mixed ? [`it mixes ${mixed}`] : []),
  ];
  return `Check this address: ${clauses.join(', and ')}, so it can pass for another address. Compare it with one you know before you answer.`;
}

/** The warning as a line of an inbox page, under the address; nothing for an ordinary one. */
export function addressCheck(email: unknown): Html {
  const warning = typeof email === 'string' ? lookalikeWarning(email) : undefined;
  return warning ? html`<strong class="check">${warning}</strong>` : html``;
}
