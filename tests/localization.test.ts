import { expect, fixture, html } from '@open-wc/testing';
import '../src/network-badge/network-badge.js';
import type { CityNetworkBadge } from '../src/network-badge/network-badge.js';
import { allLocales, sourceLocale } from '../src/locales/locale-codes.js';
import { visibleText, waitForText } from './helpers.js';

const targetLocales = allLocales.filter((locale) => locale !== sourceLocale);

const data = {
  memberships: [
    {
      network: { name: 'EUROCITIES', memberCount: 140, countryCount: 39 },
      roles: [{ title: 'Chair', since: 2022 }],
    },
  ],
};

describe('localization', () => {
  it('ships the 13 locales of the design', () => {
    expect([...allLocales].sort()).to.deep.equal(
      ['bg', 'cs', 'de', 'en', 'fr', 'hr', 'hu', 'it', 'pl', 'ro', 'sk', 'sl', 'sq'].sort(),
    );
  });

  it('uses the Slovenian dual for two', async () => {
    const element = await fixture<CityNetworkBadge>(
      html`<city-network-badge
        lang="sl"
        .data=${{ memberships: [{ network: { name: 'X', memberCount: 2, memberCountExact: true } }] }}
      ></city-network-badge>`,
    );
    await waitForText(element, '2 mesti');
  });

  for (const locale of targetLocales) {
    it(`${locale}: every message of the XLIFF file has a translation`, async () => {
      const xliff = await (await fetch(`/xliff/${locale}.xlf`)).text();
      const units = new DOMParser().parseFromString(xliff, 'application/xml').querySelectorAll('trans-unit');
      expect(units.length).to.be.greaterThan(100);
      const untranslated = Array.from(units)
        .filter((unit) => !unit.querySelector('target')?.hasChildNodes())
        .map((unit) => `${unit.id}: ${unit.querySelector('source')?.textContent}`);
      expect(untranslated).to.deep.equal([]);
    });

    it(`${locale}: a widget renders in it, not in English`, async () => {
      const element = await fixture<CityNetworkBadge>(
        html`<city-network-badge lang=${locale} .data=${data}></city-network-badge>`,
      );
      await waitForText(element, '2022');
      const text = visibleText(element);
      expect(text).not.to.include('since 2022');
      expect(text).not.to.include('cities in');
      expect(text).to.include('140');
    });
  }
});
