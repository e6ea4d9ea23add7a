import { expect } from '@open-wc/testing';
import { formatCount } from '../../../src/core/i18n/numbers.js';
import { allLocales } from '../../../src/locales/locale-codes.js';
import { intlMade } from '../../helpers.js';

// Each length of number up to the largest safe integer, with and without zeros, where a language's grouping can change.
const counts = [0, 1, 7, 12, 100, 999, 1000, 1001, 1234, 9999, 10000, 12345, 99999, 100000, 123456, 1000000, 1234567];
counts.push(12345678, 123456789, 1234567890, 10 ** 12, Number.MAX_SAFE_INTEGER);

describe('core/i18n formatCount (counts without Intl.NumberFormat)', () => {
  it('writes every count in every shipped language as this browser’s Intl.NumberFormat does', () => {
    for (const locale of Intl.NumberFormat.supportedLocalesOf([...allLocales])) {
      const browser = new Intl.NumberFormat(locale);
      const differing = counts
        .filter((count) => formatCount(count, locale) !== browser.format(count))
        .map((count) => `${count}: browser "${browser.format(count)}", table "${formatCount(count, locale)}"`);
      expect(differing, locale).to.deep.equal([]);
    }
  });

  it('writes counts in Albanian as CLDR does, which Chromium lacks (it would write English)', () => {
    expect(Intl.NumberFormat.supportedLocalesOf(['sq'])).to.deep.equal([]);
    expect(['1234', '12345', '1234567'].map((count) => formatCount(Number(count), 'sq'))).to.deep.equal([
      '1234',
      '12\u00a0345',
      '1\u00a0234\u00a0567',
    ]);
  });

  it('leaves what is not a count, and a language it has no row for, to Intl.NumberFormat', () => {
    expect(formatCount(1234.5, 'de')).to.equal(new Intl.NumberFormat('de').format(1234.5));
    expect(formatCount(-12345, 'en')).to.equal('-12,345');
    expect(formatCount(12345, 'nl')).to.equal(new Intl.NumberFormat('nl').format(12345));
  });

  it('makes no Intl.NumberFormat for a count in a shipped language', async () => {
    const made = await intlMade('NumberFormat', () =>
      expect(allLocales.map((locale) => formatCount(1234567, locale))).to.have.length(allLocales.length),
    );
    expect(made).to.deep.equal([]);
  });

  it('writes counts as a region does where it differs from its language (de-CH, de-AT, fr-LU, it-CH, en-DE), as the browser does', () => {
    for (const [locale, tag] of [
      ['de', 'de-CH'],
      ['de', 'de-AT'],
      ['de', 'de-LI'],
      ['fr', 'fr-CH'],
      ['fr', 'fr-LU'],
      ['it', 'it-CH'],
      ['en', 'en-DE'],
      ['en', 'en-SE'],
    ] as const) {
      const browser = new Intl.NumberFormat(tag);
      const differing = counts.filter((count) => formatCount(count, locale, tag) !== browser.format(count));
      expect(differing, tag).to.deep.equal([]);
    }
    // Where a region's own way is not its language's: the case this is for.
    expect(formatCount(12345, 'de', 'de-CH')).to.not.equal(formatCount(12345, 'de'));
    expect(formatCount(12345, 'de', 'de-AT')).to.not.equal(formatCount(12345, 'de'));
  });

  it("keeps the table, with no Intl.NumberFormat, for a language's own region, another language's tag or a tag that is not one", async () => {
    const made = await intlMade('NumberFormat', () => {
      for (const tag of ['de-DE', 'cs-CZ', 'en-GB', 'en-US', 'EN-us', 'fr-FR', 'pl-PL', 'sl-SI', 'sk-SK'])
        expect(formatCount(1234567, tag.slice(0, 2).toLowerCase(), tag), tag).to.equal(
          formatCount(1234567, tag.slice(0, 2).toLowerCase()),
        );
      // A widget in English on a Czech page (a language it falls back from) writes English counts.
      expect(formatCount(12345, 'en', 'nl-BE')).to.equal('12,345');
      // Albanian's regions: Chromium has no Albanian data.
      expect(formatCount(12345, 'sq', 'sq-MK')).to.equal('12\u00a0345');
    });
    expect(made).to.deep.equal([]);
    expect(formatCount(12345, 'de', 'de-CH_x!')).to.equal('12.345');
  });
});
