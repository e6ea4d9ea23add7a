import { expect } from '@open-wc/testing';
import { pluralCategory } from '../../../src/core/i18n/plural-rules.js';
import { allLocales } from '../../../src/locales/locale-codes.js';
import { intlMade } from '../../helpers.js';

// Every count to 2,500 (each rule turns on the last two or three digits), then millions, where French and Italian differ.
const counts = Array.from({ length: 2501 }, (_, count) => count);
counts.push(10000, 100000, 101000, 1000000, 1000001, 2000000, 2500000, 10 ** 9, 10 ** 12 + 2, Number.MAX_SAFE_INTEGER);

describe('core/i18n pluralCategory (plural forms without Intl.PluralRules)', () => {
  it('gives every count in every shipped language the category this browser’s Intl.PluralRules gives', () => {
    const checked = Intl.PluralRules.supportedLocalesOf([...allLocales]);
    expect(checked.length, 'languages the browser has rules for').to.be.greaterThan(10);
    for (const locale of checked) {
      const browser = new Intl.PluralRules(locale);
      const differing = counts
        .filter((count) => pluralCategory(count, locale) !== browser.select(count))
        .slice(0, 5)
        .map((count) => `${count}: browser ${browser.select(count)}, table ${pluralCategory(count, locale)}`);
      expect(differing, locale).to.deep.equal([]);
    }
  });

  it('leaves what is not a count, and a language it has no row for, to Intl.PluralRules', () => {
    expect(pluralCategory(1.5, 'cs')).to.equal(new Intl.PluralRules('cs').select(1.5));
    expect(pluralCategory(2, 'cy')).to.equal('two');
    expect(pluralCategory(-1, 'en')).to.equal(new Intl.PluralRules('en').select(-1));
  });

  it('makes no Intl.PluralRules for a count in a shipped language', async () => {
    const made = await intlMade('PluralRules', () =>
      expect(allLocales.map((locale) => pluralCategory(21, locale))).to.have.length(allLocales.length),
    );
    expect(made).to.deep.equal([]);
  });
});
