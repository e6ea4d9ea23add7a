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
});
