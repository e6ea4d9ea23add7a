import { expect } from '@open-wc/testing';
import { countryName, countryNamesReady } from '../../../src/core/i18n/lists.js';
import { allLocales } from '../../../src/locales/locale-codes.js';
import { intlMade } from '../../helpers.js';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const everyCode = [...letters].flatMap((first) => [...letters].map((second) => first + second));

describe('core/i18n country names (src/locales/regions, from scripts/region-names.mjs)', () => {
  it('each language names every region as this browser does (else run node scripts/region-names.mjs)', async () => {
    for (const locale of Intl.DisplayNames.supportedLocalesOf([...allLocales])) {
      await countryNamesReady(locale);
      const browser = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      const differing = everyCode
        .filter((code) => (browser.of(code) ?? code) !== countryName(code, locale))
        .map((code) => `${code}: browser "${browser.of(code) ?? code}", file "${countryName(code, locale)}"`);
      expect(differing, locale).to.deep.equal([]);
    }
  });

  it('names countries in a language the browser has no names for (Chromium: Albanian)', async () => {
    const lacking = allLocales.filter((locale) => Intl.DisplayNames.supportedLocalesOf([locale]).length === 0);
    for (const locale of lacking) {
      await countryNamesReady(locale);
      expect(countryName('AT', locale), locale).not.to.equal('Austria');
    }
    if (lacking.includes('sq')) expect(countryName('HU', 'sq')).to.equal('Hungari');
  });

  it('names countries without Intl.DisplayNames once the file is there, and gives other codes back as they are', async () => {
    const made = await intlMade('DisplayNames', async () => {
      const ready = countryNamesReady('sl');
      expect(countryNamesReady('sl'), 'one request').to.equal(ready);
      await ready;
      expect(countryNamesReady('sl'), 'then nothing to wait for').to.equal(undefined);
      expect(countryName('AT', 'sl')).to.equal('Avstrija');
      for (const odd of ['constructor', '__proto__', 'toString', 'cz', 'QQ', ''])
        expect(countryName(odd, 'sl')).to.equal(odd);
    });
    expect(made).to.deep.equal([]);
  });

  it('names them through the browser while the file is not there', async () => {
    const made = await intlMade('DisplayNames', () => {
      expect(countryName('AT', 'it')).to.equal(new Intl.DisplayNames(['it'], { type: 'region' }).of('AT'));
    });
    expect(made[0]).to.equal('it');
  });
});
