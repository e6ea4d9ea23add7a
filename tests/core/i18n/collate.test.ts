import { expect } from '@open-wc/testing';
import { sortKey } from '../../../src/core/i18n/collate.js';
import { allLocales } from '../../../src/locales/locale-codes.js';
import { countryName, countryNamesReady } from '../../../src/core/i18n/lists.js';

/** Names where the languages differ: their own letters and digraphs, each before and after its neighbours. */
const tricky = [
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'áàâäãåāăąçćčďđéèêëěęėíìîïłľĺńňñóòôöõőøŕřśšşșťţțúùûüůűýÿźżžæßœ',
  ...'абвгдежзийклмнопрстуфхцчшщъьюяёѝ',
  ...['ch', 'cz', 'cs', 'dz', 'dzs', 'dž', 'gy', 'lj', 'ly', 'nj', 'ny', 'sz', 'ty', 'zs', 'hz', 'ci', 'hi', 'ii'],
  ...['ccs', 'ddz', 'ddzs', 'ggy', 'lly', 'nny', 'ssz', 'tty', 'zzs', 'ccz', 'ssy'],
];
const words = [
  ...tricky.flatMap((part) => [
    part,
    `${part}a`,
    `a${part}`,
    `${part.toUpperCase()}z`,
    `${part[0]!.toUpperCase()}${part.slice(1)}b`,
  ]),
  ...['Chomutov', 'Cheb', 'Hodonín', 'České Budějovice', 'Čáslav', 'Havířov', 'Hradec Králové', 'Iglau'],
  ...['Pécs', 'Kecskemét', 'Szécsény', 'Meggyes', 'Hosszúhetény', 'Győr', 'Gyula', 'Zsámbék', 'Nyíregyháza'],
  ...['Łódź', 'Lublin', 'Ostrów', 'Zielona Góra', 'Żary', 'Źródła', 'Ełk', 'Ząbki'],
  ...['Ljubljana', 'Lipik', 'Njivice', 'Našice', 'Đakovo', 'Džep', 'Dubrovnik', 'Čakovec', 'Ćuprija'],
  ...['Brașov', 'Braşov', 'Bârlad', 'Băile', 'Iași', 'Înălțimea', 'Târgu Mureș', 'Timișoara'],
  ...['Žilina', 'Štúrovo', 'Ružomberok', 'Chtelnica', 'Hlohovec', 'Ôsmy'],
  ...[
    'City 9',
    'City 10',
    'City 010',
    'City 100',
    'City 1a',
    'City 1 a',
    '2nd',
    'A1',
    'A01',
    'A 1',
    'A-1',
    'a0',
    'a00',
  ],
  ...['Saint-Étienne', 'Saint Étienne', 'St. Pölten', 'St Pölten', "L'Aquila", 'L’Aquila', 'LAquila'],
  ...['Frankfurt (Oder)', 'Frankfurt am Main', 'Frankfurt/Main', 'Halle (Saale)', 'Bad Homburg', 'Baden-Baden'],
  ...['Straße', 'Strasse', 'Ærø', 'Aero', 'Œuvre', 'Oeuvre', 'Tromsø', 'Tromso', 'Mühlheim', 'Muhlheim'],
  ...['София', 'Пловдив', 'Варна', 'Бургас', 'Русе', 'Стара Загора', 'Плевен', 'Йоан', 'Иван', 'Ёлка', 'Елка'],
  ...['Brno', 'brno', 'BRNO', 'Brno\u00ad', 'Br\u200bno', ' Brno', 'Brno '],
];
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const everyCode = [...letters].flatMap((first) => [...letters].map((second) => first + second));

/** The names each language is tried on: the ones above, its own country names and the demo's cities. */
async function corpus(locale: string): Promise<string[]> {
  await countryNamesReady(locale);
  const countries = everyCode.map((code) => countryName(code, locale)).filter((name) => !/^[A-Z]{2}$/.test(name));
  const { members } = (await (await fetch('/demo/data/members.json')).json()) as {
    members: { city: string | Record<string, string> }[];
  };
  const cities = members.flatMap((member) =>
    typeof member.city === 'string' ? [member.city] : Object.values(member.city),
  );
  return [...new Set([...words, ...countries, ...cities])];
}

const sign = (value: number) => Math.sign(value);

describe('core/i18n sortKey (sorting without Intl.Collator)', () => {
  // Hungarian (whose doubled digraphs, "ccs" as "cs" twice, depend on case) is left to Intl.Collator.
  it('gives no key in a language the tables do not hold', () => {
    expect(['hu', 'xx'].map((locale) => sortKey('Pécs', locale))).to.deep.equal([undefined, undefined]);
  });

  // Chromium has no Albanian collation (its collator sorts as CLDR's root): the table follows the alphabet,
  // A B C Ç D Dh E Ë F G Gj H I J K L Ll M N Nj O P Q R Rr S Sh T Th U V X Xh Y Z Zh.
  it('orders names in Albanian by its alphabet, its digraphs and Ç, Ë as letters of their own', () => {
    const ordered = [
      'Cërrik',
      'Çorovodë',
      'Durrës',
      'Dhërmi',
      'Elbasan',
      'Ërsekë',
      'Gramsh',
      'Gjirokastër',
      'Lezhë',
      'Llogara',
      'Novosej',
      'Njësi',
      'Rubik',
      'Rrogozhinë',
      'Saranda',
      'Shkodër',
      'Tirana',
      'Theth',
      'Xarrë',
      'Xhafzotaj',
      'Zall-Herr',
      'Zhulat',
    ];
    const keyed = [...ordered].reverse().map((name) => ({ name, key: sortKey(name, 'sq')! }));
    expect(keyed.every((entry) => entry.key !== undefined)).to.equal(true);
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    expect(keyed.map((entry) => entry.name)).to.deep.equal(ordered);
    // Accents that are no letter of their own, and case, do not count (as the collator's base sensitivity).
    expect(sortKey('Vlorë', 'sq')).to.equal(sortKey('VLORË', 'sq'));
    expect(sortKey('Kéllëz', 'sq')).to.equal(sortKey('Kellëz', 'sq'));
  });

  it('keys a name of any length', () => {
    const long = 'Brno '.repeat(40000);
    const key = sortKey(long, 'cs')!;
    expect(key.length, 'a key per letter, space and number').to.equal(long.length);
    expect(key > sortKey('Brno', 'cs')! && key < sortKey('Brno Z', 'cs')!).to.equal(true);
  });

  for (const locale of allLocales.filter((code) => code !== 'sq' && code !== 'hu')) {
    it(`orders names in ${locale} as this browser’s collator does`, async () => {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      const names = await corpus(locale);
      const keyed = names.map((name) => ({ name, key: sortKey(name, locale) }));
      const missing = keyed.filter((entry) => entry.key === undefined).map((entry) => entry.name);
      // Only names with a character outside the tables go without a key (then the list uses Intl.Collator).
      expect(
        missing.filter((name) => /^[\p{Script=Latin}\p{Script=Cyrillic}\s\d.,'’()\-/\u00ad\u200b]*$/u.test(name)),
        'names without a key',
      ).to.deep.equal([]);
      const wrong: string[] = [];
      for (const a of keyed) {
        if (a.key === undefined) continue;
        for (const b of keyed) {
          if (b.key === undefined) continue;
          const byKey = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
          if (byKey !== sign(collator.compare(a.name, b.name)))
            wrong.push(`${a.name} ? ${b.name}: browser ${collator.compare(a.name, b.name)}, keys ${byKey}`);
        }
      }
      expect(wrong.slice(0, 20), `${wrong.length} pairs`).to.deep.equal([]);
    });
  }
});
