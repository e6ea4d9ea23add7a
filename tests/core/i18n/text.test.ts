import { expect } from '@open-wc/testing';
import { inheritedLang, negotiateLocale, resolveText } from '../../../src/core/i18n/text.js';
import { countryName } from '../../../src/core/i18n/lists.js';
import { foldForSearch } from '../../../src/core/i18n/fold.js';
import { safeUrl } from '../../../src/core/safe-url.js';

describe('core/text', () => {
  describe('resolveText', () => {
    const brno = { cs: 'Brno', de: 'Brünn', en: 'Brno (en)' };
    it('prefers the exact tag, then the base language, then en, then the first key', () => {
      expect(resolveText(brno, 'de')).to.equal('Brünn');
      expect(resolveText(brno, 'de-AT')).to.equal('Brünn');
      expect(resolveText(brno, 'fr')).to.equal('Brno (en)');
      expect(resolveText({ cs: 'Opava', de: 'Troppau' }, 'fr')).to.equal('Opava');
      expect(resolveText({ 'de-AT': 'Wien' }, 'de')).to.equal('Wien');
      expect(resolveText({ 'pt-BR': 'A', pt: 'B' }, 'pt-BR')).to.equal('A');
    });
    it('returns plain strings as they are and empty text for nothing', () => {
      expect(resolveText('Trnava', 'cs')).to.equal('Trnava');
      expect(resolveText(undefined, 'cs')).to.equal('');
      expect(resolveText({}, 'cs')).to.equal('');
    });
  });

  describe('negotiateLocale', () => {
    const supported = ['cs', 'en'];
    it('matches exactly, by base language, case-insensitively, else falls back to en', () => {
      expect(negotiateLocale('cs', supported)).to.equal('cs');
      expect(negotiateLocale('cs-CZ', supported)).to.equal('cs');
      expect(negotiateLocale('CS', supported)).to.equal('cs');
      expect(negotiateLocale('ja', supported)).to.equal('en');
      expect(negotiateLocale('', supported)).to.equal('en');
      expect(negotiateLocale(null, supported)).to.equal('en');
    });
  });

  describe('inheritedLang', () => {
    it('walks up to the closest ancestor with lang, across a shadow root', () => {
      const outer = document.createElement('div');
      outer.lang = 'de';
      const host = document.createElement('div');
      outer.append(host);
      const inner = document.createElement('span');
      host.attachShadow({ mode: 'open' }).append(inner);
      document.body.append(outer);
      try {
        expect(inheritedLang(inner)).to.equal('de');
        inner.lang = 'sk';
        expect(inheritedLang(inner)).to.equal('sk');
      } finally {
        outer.remove();
      }
    });
  });

  describe('foldForSearch', () => {
    it('strips accents and case', () => {
      expect(foldForSearch('České Budějovice')).to.equal('ceske budejovice');
      expect(foldForSearch('  NYÍREGYHÁZA ')).to.equal('nyiregyhaza');
      expect(foldForSearch('Székesfehérvár')).to.include('szekesfehervar');
    });

    it('reads the letters that have no accent to strip as readers type them without one', () => {
      expect(foldForSearch('Łódź')).to.equal('lodz');
      expect(foldForSearch('WROCŁAW')).to.equal('wroclaw');
      expect(foldForSearch('Tønsberg Ærø')).to.equal('tonsberg aero');
      expect(foldForSearch('Gießen')).to.equal('giessen');
      expect(foldForSearch('Đakovo')).to.equal('dakovo');
    });
  });

  describe('countryName', () => {
    it('names countries in the locale and keeps unknown codes as written', () => {
      expect(countryName('CZ', 'cs')).to.equal('Česko');
      expect(countryName('AT', 'en')).to.equal('Austria');
      expect(countryName('cz', 'en')).to.equal('cz');
      expect(countryName('Czechia', 'en')).to.equal('Czechia');
    });
  });
});

describe('core/safe-url', () => {
  it('allows http, https, mailto, tel and relative URLs', () => {
    for (const url of [
      'https://eurocities.eu/',
      'http://a.b',
      'mailto:a@b.cz',
      'tel:+420123',
      '/data/x.json',
      'x.json',
      '#top',
      '?q=1',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });
  it('drops script and data URLs, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });
  it('ignores non-strings and empty strings', () => {
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('  ')).to.equal(undefined);
  });
});
