import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/conference-timeline/conference-timeline.js';
import type { CityConferenceTimeline } from '../../src/conference-timeline/conference-timeline.js';
import { checkConferences } from '../../src/conference-timeline/conference-timeline.data.js';
import { partsLoader } from '../../src/conference-timeline/conference-timeline.loader.js';
import type { TimelineEntry } from '../../src/conference-timeline/conference-timeline.data.js';
import {
  filterEntries,
  groupByYear,
  listAttribute,
  prepareSearch,
  queryWords,
  searchKey,
} from '../../src/conference-timeline/conference-timeline.filter.js';
import {
  captureWarnings,
  expectAccessible,
  scrollUntilCount,
  settledCount,
  shadowQuery,
  visibleText,
  waitForText,
  withLazyModule,
} from '../helpers.js';
import { runDataElementSuite } from '../shared/data-element-suite.js';

type Timeline = CityConferenceTimeline;
interface ConferencesJson {
  network?: unknown;
  conferences: Record<string, unknown>[];
}

const reference = (await (await fetch('/tests/fixtures/conferences.json')).json()) as ConferencesJson;
/** A copy of the reference data, so a test may change it. */
const copy = (): ConferencesJson => JSON.parse(JSON.stringify(reference)) as ConferencesJson;
const budejovice = {
  year: 2017,
  season: 'spring',
  city: { cs: 'České Budějovice', de: 'Budweis' },
  country: 'CZ',
  topic: { cs: 'Veřejná doprava', en: 'Public transport' },
};

const entries = (element: Element): HTMLLIElement[] =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="list"] > li:not(.print-only)'));
/** Each entry's text (textContent: years off screen are not laid out, so innerText would be empty). */
const entryTexts = (element: Element): string[] =>
  entries(element).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const headings = (element: Element): string[] =>
  Array.from(element.shadowRoot!.querySelectorAll('[part~="year"]')).map((heading) => heading.textContent!.trim());

async function typeInto(element: Timeline, text: string): Promise<void> {
  const input = shadowQuery<HTMLInputElement>(element, 'input[type="search"]');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await element.updateComplete;
}

runDataElementSuite({
  tag: 'city-conference-timeline',
  fixture: 'conferences',
  attributes: { now: '2026-01-01' },
  readyText: 'Spring 2016 · St. Pölten, Austria',
  invalid: {
    data: { conferences: [{ year: '20x6', season: 'spring', city: 'Opava', country: 'CZ', topic: 'T' }] },
    path: 'conferences[0].year',
  },
});

/** In place of data: the timeline reads its `src`. */
const fromSrc = Symbol('from src');

/** Attributes every test starts from: English, and a fixed "today". */
const defaults = { lang: 'en', now: '2026-01-01' };

/** A timeline with `attributes` (over the defaults; `null` removes one) showing `data`, rendered. */
async function show(attributes: Record<string, string | null> = {}, data: unknown = reference): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('city-conference-timeline');
  for (const [name, value] of Object.entries({ ...defaults, ...attributes })) {
    if (value !== null) element.setAttribute(name, value);
  }
  if (data !== fromSrc) element.data = data;
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

/** `count` made-up conferences, 25 years round. */
const many = (count: number, fields: Record<string, unknown> = {}) =>
  Array.from({ length: count }, (_, index) =>
    conference({
      year: 2000 + (index % 25),
      season: 'spring',
      city: `City ${index}`,
      topic: `Topic ${index}`,
      ...fields,
    }),
  );

/** Runs `test` with console warnings captured (the data problems each test provokes). */
async function withWarnings(test: (messages: string[]) => Promise<void>): Promise<void> {
  const warnings = captureWarnings();
  try {
    await test(warnings.messages);
  } finally {
    warnings.restore();
  }
}

const text = (element: Element, selector: string): string => shadowQuery(element, selector).textContent!.trim();
const conference = (fields: Record<string, unknown>) => ({ city: 'Opava', country: 'CZ', topic: 'T', ...fields });

describe('<city-conference-timeline>', () => {
  describe('content', () => {
    it('lists the 16 conferences newest first, a heading per year, each entry a sentence', async () => {
      const element = await show();
      const texts = entryTexts(element);
      expect(texts).to.have.length(16);
      expect(texts[0]).to.equal(
        "Spring 2016 · St. Pölten, Austria · Communicating with the public, with an emphasis on cities' digital communication",
      );
      expect(texts[4]).to.equal('Autumn 2012 · Trnava, Slovakia · Local government and support for innovation');
      expect(texts[5]).to.equal('Spring 2012 · Leszno, Poland · City presentation and marketing');
      expect(texts[15]).to.match(/^Spring 2006 · Heidenheim, Germany · /);
      expect(headings(element).join()).to.equal('2016,2015,2014,2013,2012,2011,2010,2009,2008,2007,2006');
      // Semantics: an ordered list of years, each a heading and an ordered list of conferences.
      const years = shadowQuery(element, 'ol[part~="years"]');
      expect(years.children).to.have.length(11);
      expect(years.querySelector(':scope > li > [role="heading"] + ol > li')).not.to.equal(null);
      expect(text(element, '[part~="when"]')).to.equal('Spring 2016');
    });

    it('is written in Czech with lang="cs": season and country names, Czech topics', async () => {
      const element = await show({ lang: 'cs' });
      const texts = entryTexts(element);
      expect(texts[0]).to.equal(
        'Jaro 2016 · St. Pölten, Rakousko · Komunikace s veřejností s důrazem na digitální komunikaci měst',
      );
      expect(texts[4]).to.match(/^Podzim 2012 · Trnava, Slovensko · /);
      expect(texts[3]).to.match(/^Jaro 2013 · Opava, Česko · /);
      expect(visibleText(element)).to.include('Kooperační síť evropských měst střední velikosti');
      expect(visibleText(element)).to.include('rok založení 1995');
      expect(shadowQuery(element, '[part~="base"]').getAttribute('lang')).to.equal('cs');
    });

    it('loads from src with lang="cs": 16 conferences newest first (the issue’s acceptance check)', async () => {
      const element = await show({ lang: 'cs', now: null, src: '/tests/fixtures/conferences.json' }, fromSrc);
      await waitForText(element, 'Jaro 2016 · St. Pölten, Rakousko');
      expect(entries(element)).to.have.length(16);
      expect(visibleText(element)).to.include('Podzim 2009 · Martin, Slovensko · Odpadové hospodářství');
      expect(visibleText(element)).to.include('Maďarsko');
    });

    it('names the countries from its language’s file, starting none of the browser’s Intl (slow on a phone)', async () => {
      const started: string[] = [];
      const originals = { Collator: Intl.Collator, DisplayNames: Intl.DisplayNames, NumberFormat: Intl.NumberFormat };
      for (const name of Object.keys(originals) as (keyof typeof originals)[]) {
        (Intl as Record<string, unknown>)[name] = new Proxy(originals[name], {
          construct(target, args: unknown[]) {
            started.push(name);
            return new (target as new (...args: unknown[]) => object)(...args);
          },
        });
      }
      try {
        const element = await show({ lang: 'hr', now: null, src: '/tests/fixtures/conferences.json' }, fromSrc);
        await waitForText(element, 'St. Pölten, Austrija');
        expect(visibleText(element)).to.include('Mađarska');
        expect(started).to.deep.equal([]);
      } finally {
        Object.assign(Intl, originals);
      }
    });

    it('switched to Albanian, names the countries in Albanian (Chromium has no Albanian names)', async () => {
      const element = await show({ lang: 'en' });
      await waitForText(element, 'St. Pölten, Austria');
      element.setAttribute('lang', 'sq');
      await waitForText(element, 'St. Pölten, Austri ·');
      expect(visibleText(element)).not.to.include('Austria');
    });

    it('takes its language from the closest ancestor and follows changes of lang', async () => {
      const element = await show({ lang: null });
      const wrapper = element.parentElement!;
      wrapper.setAttribute('lang', 'cs-CZ');
      await waitForText(element, 'Jaro 2016 · St. Pölten, Rakousko');
      wrapper.setAttribute('lang', 'en-GB');
      await waitForText(element, 'Spring 2016 · St. Pölten, Austria');
    });

    it('shows the network name and founding year as a caption', async () => {
      const element = await show();
      expect(shadowQuery(element, '[part~="caption"]').innerText.replace(/\s+/g, ' ')).to.equal(
        'Cooperation Network of European Medium-Sized Cities founded in 1995',
      );
      const bare = await show({}, { conferences: reference.conferences });
      expect(bare.shadowRoot!.querySelector('[part~="caption"]')).to.equal(null);
      const founded = await show({ lang: 'cs' }, { network: { founded: 1995 }, conferences: [] });
      expect(visibleText(founded).replace(/\n+/g, ' | ')).to.equal('Rok založení 1995 | Zatím žádné konference.');
    });

    it('names all four seasons in both languages and orders them within a year', async () => {
      const seasons = ['autumn', 'spring', 'winter', 'summer'];
      const data = {
        conferences: seasons.map((season) =>
          conference({ year: 2015, season, city: 'Jena', country: 'DE', topic: season }),
        ),
      };
      const en = await show({}, data);
      expect(entryTexts(en).map((entry) => entry.split(' · ')[0])).to.deep.equal([
        'Winter 2015',
        'Autumn 2015',
        'Summer 2015',
        'Spring 2015',
      ]);
      const cs = await show({ lang: 'cs', order: 'oldest', now: '2015-06-01' }, data);
      expect(entryTexts(cs)).to.deep.equal([
        'Jaro 2015 · Jena, Německo · spring',
        'Léto 2015 · Jena, Německo · summer',
        'Podzim 2015 · Jena, Německo · autumn Nadcházející',
        'Zima 2015 · Jena, Německo · winter Nadcházející',
      ]);
    });

    it('formats exact dates and date ranges with Intl in the locale', async () => {
      const data = {
        conferences: [
          conference({ date: '2016-04-21', topic: 'One day' }),
          conference({
            start: '2017-10-04',
            end: '2017-10-06',
            city: 'Jena',
            country: 'DE',
            topic: 'Three days',
            season: 'winter',
          }),
        ],
      };
      const range = (locale: string) =>
        new Intl.DateTimeFormat(locale, {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        }).formatRange(new Date(Date.UTC(2017, 9, 4, 12)), new Date(Date.UTC(2017, 9, 6, 12)));
      const en = await show({ now: '2016-01-01' }, data);
      expect(entryTexts(en)).to.deep.equal([
        `${range('en')} · Jena, Germany · Three days Upcoming`,
        'April 21, 2016 · Opava, Czechia · One day Upcoming',
      ]);
      const cs = await show({ lang: 'cs', now: '2018-01-01' }, data);
      expect(entryTexts(cs)).to.deep.equal([
        `${range('cs')} · Jena, Německo · Three days`,
        '21. dubna 2016 · Opava, Česko · One day',
      ]);
      // A page in British English writes dates as its region does; a tag that is not valid, as the language.
      const british = await show({ lang: 'en-GB', now: '2018-01-01' }, data);
      expect(entryTexts(british)).to.deep.equal([
        `${range('en-GB')} · Jena, Germany · Three days`,
        '21 April 2016 · Opava, Czechia · One day',
      ]);
      const invalid = await show({ lang: 'en-GB_x', now: '2018-01-01' }, data);
      expect(entryTexts(invalid)[1]).to.equal('April 21, 2016 · Opava, Czechia · One day');
      // Chromium has no Albanian dates: the widget writes them.
      const albanian = await show({ lang: 'sq', now: '2018-01-01' }, data);
      expect(entryTexts(albanian)).to.deep.equal([
        '4 – 6 tetor 2017 · Jena, Gjermani · Three days',
        '21 prill 2016 · Opava, Çeki · One day',
      ]);
    });

    it('links the topic to a safe url; a topic without one is not a link', async () => {
      const data = {
        conferences: [
          conference({
            year: 2016,
            topic: 'Linked',
            url: 'https://example.org/c',
            summary: { en: 'Two days of talks.' },
          }),
          conference({ year: 2015, topic: 'Plain' }),
        ],
      };
      const element = await show({}, data);
      const link = shadowQuery<HTMLAnchorElement>(element, 'a[part~="topic"]');
      expect(link.href).to.equal('https://example.org/c');
      expect(link.textContent).to.equal('Linked');
      const plain = entries(element)[1].querySelector<HTMLElement>('[part~="topic"]')!;
      expect(plain.hasAttribute('href')).to.equal(false);
      expect(getComputedStyle(plain).color).to.equal(getComputedStyle(entries(element)[1]).color);
      expect(getComputedStyle(link).color).not.to.equal(getComputedStyle(plain).color);
      expect(entries(element)[0].querySelector('[part~="summary"]')?.textContent).to.equal('Two days of talks.');
      expect(entries(element)[1].querySelector('[part~="summary"]')).to.equal(null);
    });

    it('marks a city, topic or summary shown in a fallback language with its lang', async () => {
      const data = {
        network: { name: { en: 'Network' } },
        conferences: [
          conference({ year: 2016, city: { de: 'Troppau' }, topic: { en: 'Waste' }, summary: { cs: 'Souhrn' } }),
        ],
      };
      const element = await show({ lang: 'cs' }, data);
      const langOf = (content: string) =>
        Array.from(element.shadowRoot!.querySelectorAll('[lang]'))
          .find((node) => node.textContent === content)
          ?.getAttribute('lang');
      expect(langOf('Troppau')).to.equal('de');
      expect(langOf('Waste')).to.equal('en');
      expect(langOf('Network')).to.equal('en');
      expect(shadowQuery(element, '[part~="summary"]').hasAttribute('lang')).to.equal(false);
      expect(entryTexts(element)[0]).to.match(/^2016 · Troppau, Česko · Waste/);
    });
  });

  it('reads only the data’s own translations on a page that gave Object.prototype a language', async () => {
    const data = { conferences: [conference({ year: 2016, city: { de: 'Troppau' }, topic: { cs: 'Odpady' } })] };
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.en = 'Injected';
    try {
      const element = await show({}, data);
      expect(entryTexts(element)[0]).to.match(/^2016 · Troppau, Czechia · Odpady/);
      expect(visibleText(element)).not.to.include('Injected');
    } finally {
      delete prototype.en;
    }
  });

  describe('headings', () => {
    const levels = (element: Element) =>
      Array.from(element.shadowRoot!.querySelectorAll('[role="heading"]')).map((node) =>
        node.getAttribute('aria-level'),
      );

    it('puts the caption at heading-level (default 3) and the years one level below', async () => {
      expect(new Set(levels(await show()))).to.deep.equal(new Set(['3', '4']));
      expect(levels(await show())[0]).to.equal('3');
      expect(new Set(levels(await show({ 'heading-level': '2' })))).to.deep.equal(new Set(['2', '3']));
      // Without a network name there is no caption heading: the years take the level itself.
      expect(new Set(levels(await show({}, { conferences: reference.conferences })))).to.deep.equal(new Set(['3']));
      expect(new Set(levels(await show({ 'heading-level': '0' })))).to.deep.equal(new Set(['3', '4']));
    });

    for (const [page, level] of [
      ['<h1>Opava</h1>', '2'],
      ['<h1>Opava</h1><h2>Conferences</h2>', '3'],
    ]) {
      it(`keeps the heading order after ${page}`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<main></main>`);
        wrapper.innerHTML = `${page}<city-conference-timeline lang="en" now="2026-01-01" heading-level="${level}"></city-conference-timeline>`;
        const element = wrapper.querySelector('city-conference-timeline')!;
        element.data = reference;
        await element.updateComplete;
        expect(levels(element)[0]).to.equal(level);
        await expectAccessible(wrapper);
      });
    }
  });

  describe('order, filters and limit (attributes)', () => {
    it('puts the oldest first with order="oldest"', async () => {
      const element = await show({ order: 'oldest' });
      expect(entryTexts(element)[0]).to.match(/^Spring 2006 · Heidenheim, Germany/);
      expect(entryTexts(element)[1]).to.match(/^Autumn 2006 · Brno, Czechia/);
      expect(headings(element)[0]).to.equal('2006');
    });

    it('keeps only the listed countries: country="HU" leaves 3, "AT, cz" leaves 8', async () => {
      const element = await show({ country: 'HU' });
      expect(entryTexts(element)).to.have.length(3);
      expect(entryTexts(element).every((entry) => entry.includes(', Hungary ·'))).to.equal(true);
      element.country = 'AT, cz';
      await element.updateComplete;
      expect(entryTexts(element)).to.have.length(8);
    });

    it('keeps the years from … to, inclusive', async () => {
      const element = await show({ from: '2010', to: '2012' });
      expect(headings(element)).to.deep.equal(['2012', '2011', '2010']);
      expect(entryTexts(element)).to.have.length(4);
    });

    it('drops a bound whose attribute is removed or emptied (no year 0), and keeps the others', async () => {
      const element = await show({ from: '2010', to: '2012' });
      element.removeAttribute('to');
      await element.updateComplete;
      expect(headings(element)[0]).to.not.equal('2012');
      expect(headings(element).at(-1)).to.equal('2010');
      element.setAttribute('from', '');
      element.setAttribute('to', '2011');
      await element.updateComplete;
      expect(headings(element)[0]).to.equal('2011');
      expect(entryTexts(element).length).to.be.above(4);
    });

    it('says so when the attribute filters leave nothing', async () => {
      const element = await show({ country: 'FR' });
      expect(visibleText(element)).to.include('No conferences match.');
      await expectAccessible(element);
    });

    it('shows `limit` conferences and a "Show all N conferences" button that moves focus to the next one', async () => {
      const element = await show({ limit: '5', search: '' });
      expect(entryTexts(element)).to.have.length(5);
      const button = shadowQuery<HTMLButtonElement>(element, 'button[part~="show-all-button"]');
      expect(button.textContent!.trim()).to.equal('Show all 16 conferences');
      await expectAccessible(element);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(entryTexts(element)).to.have.length(16);
      expect(element.shadowRoot!.querySelector('[part~="show-all-button"]')).to.equal(null);
      const focused = element.shadowRoot!.activeElement as HTMLElement;
      expect(focused.textContent!.trim()).to.match(/^Spring 2012 · Leszno/);
      // Tab goes on from there (these entries have no links: to what follows the widget), not back
      // to the search box at the widget's top.
      const after = document.createElement('a');
      after.href = '#after';
      after.textContent = 'after the timeline';
      element.after(after);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.outerHTML.slice(0, 80)).to.equal(after.outerHTML);
      expect(focused.hasAttribute('tabindex'), 'the entry is a tab stop only while focused').to.equal(false);
      after.remove();
    });

    it('has no button when the limit is not reached, and Czech plural forms', async () => {
      const element = await show({ limit: '16' });
      expect(element.shadowRoot!.querySelector('[part~="show-all-button"]')).to.equal(null);
      const cs = await show({ lang: 'cs', limit: '2' });
      expect(text(cs, '[part~="show-all-button"]')).to.equal('Zobrazit všech 16 konferencí');
      cs.country = 'HU';
      await cs.updateComplete;
      expect(text(cs, '[part~="show-all-button"]')).to.equal('Zobrazit všechny 3 konference');
    });

    it('says "all" in Croatian and Slovenian counts of the singular and dual forms too (21, 102)', async () => {
      const hr = await show({ lang: 'hr', limit: '2' }, { conferences: many(21) });
      expect(text(hr, '[part~="show-all-button"]')).to.equal('Prikažite sve konferencije (21)');
      const sl = await show({ lang: 'sl', limit: '2' }, { conferences: many(102) });
      expect(text(sl, '[part~="show-all-button"]')).to.equal('Prikažite vse konference (102)');
    });
  });

  describe('search and filter controls', () => {
    it('has no controls without the search attribute', async () => {
      expect((await show()).shadowRoot!.querySelector('input, select')).to.equal(null);
    });

    it('paints the search field in the page’s theme colours, as the map’s and the forms’ fields', async () => {
      const element = await show({ search: '' });
      element.style.setProperty('--city-color-surface', 'rgb(10, 40, 20)');
      element.style.setProperty('--city-color-border', 'rgb(200, 220, 200)');
      element.style.setProperty('--city-color-text', 'rgb(240, 250, 240)');
      const field = getComputedStyle(shadowQuery(element, 'input[type="search"]'));
      expect([field.backgroundColor, field.borderTopColor, field.color]).to.deep.equal([
        'rgb(10, 40, 20)',
        'rgb(200, 220, 200)',
        'rgb(240, 250, 240)',
      ]);
    });

    it('finds "odpad" (Czech topic) on an English page and announces the count politely', async () => {
      const element = await show({ search: '' });
      const input = shadowQuery<HTMLInputElement>(element, 'input[type="search"]');
      expect(input.labels?.[0]?.textContent).to.equal('Search conferences');
      const status = shadowQuery(element, '[part~="count"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('16 conferences');
      await typeInto(element, 'odpad');
      expect(entryTexts(element)).to.have.length(1);
      expect(entryTexts(element)[0]).to.match(/^Autumn 2009 · Martin, Slovakia · Waste management/);
      expect(status.textContent!.trim()).to.equal('1 conference');
      await expectAccessible(element);
    });

    it('matches accent- and case-insensitively, in every language of the city', async () => {
      const data = copy();
      data.conferences.unshift(budejovice);
      const element = await show({ search: '' }, data);
      await typeInto(element, 'budejovice');
      expect(entryTexts(element)).to.deep.equal(['Spring 2017 · České Budějovice, Czechia · Public transport']);
      for (const [query, count] of [
        ['BUDWEIS', 1],
        ['nyiregyhaza', 2],
        ['st. polten digital', 1],
      ] as const) {
        await typeInto(element, query);
        expect(entryTexts(element), query).to.have.length(count);
      }
    });

    it('says when nothing matches, in the list and the live region', async () => {
      for (const [lang, sentence] of [
        ['en', 'No conferences match.'],
        ['cs', 'Žádná konference neodpovídá.'],
      ]) {
        const element = await show({ lang, search: '' });
        await typeInto(element, 'zzzz');
        expect(visibleText(element)).to.include(sentence);
        if (lang === 'en') expect(text(element, '[part~="count"]')).to.equal('0 conferences');
        await expectAccessible(element);
      }
    });

    it('is keyboard operable: Tab to the search box, type, Tab on to the results and the Show all button', async () => {
      const data = copy();
      data.conferences[0].url = 'https://example.org/st-poelten';
      const element = await show({ search: '', limit: '3' }, data);
      const before = document.createElement('button');
      before.textContent = 'before';
      element.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('search-input');
      await sendKeys({ type: 'polten' });
      await waitForText(element, '2 conferences');
      expect(entryTexts(element)).to.have.length(2);
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement?.textContent).to.match(/^Communicating with the public/);
      await typeInto(element, '');
      await waitForText(element, '16 conferences');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const button = element.shadowRoot!.activeElement as HTMLElement;
      expect(button.getAttribute('part')).to.equal('show-all-button');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(entryTexts(element)).to.have.length(16);
      expect((element.shadowRoot!.activeElement as HTMLElement).textContent!.trim()).to.match(/^Spring 2013 · Opava/);
    });

    it('labels the search box in Czech and counts with Czech plurals', async () => {
      const element = await show({ lang: 'cs', search: '', country: 'AT,HU' });
      expect(shadowQuery<HTMLInputElement>(element, 'input').labels?.[0]?.textContent).to.equal('Hledat konference');
      expect(text(element, '[part~="count"]')).to.equal('8 konferencí');
      for (const [query, count] of [
        ['nyiregyhaza', '2 konference'],
        ['leoben', '1 konference'],
      ]) {
        await typeInto(element, query);
        expect(text(element, '[part~="count"]')).to.equal(count);
      }
      await expectAccessible(element);
    });
  });

  describe('upcoming, past and highlight-city', () => {
    it('marks conferences after `now` as upcoming; a season counts from its first day', async () => {
      const element = await show({ now: '2013-02-28' });
      const upcoming = () => entries(element).filter((li) => li.part.contains('upcoming'));
      expect(upcoming()).to.have.length(4);
      expect(upcoming().every((li) => li.textContent!.trim().endsWith('Upcoming'))).to.equal(true);
      expect(entries(element).filter((li) => li.part.contains('past'))).to.have.length(12);
      element.now = '2013-03-01';
      await element.updateComplete;
      expect(upcoming()).to.have.length(3);
      expect(entryTexts(element)[3]).not.to.include('Upcoming');
    });

    it('uses today when `now` is omitted or not a date', async () => {
      const year = new Date().getFullYear();
      const data = {
        conferences: [conference({ year: year + 1, topic: 'Next' }), conference({ year: year - 1, topic: 'Last' })],
      };
      for (const now of [null, 'someday']) {
        const element = await show({ lang: 'cs', now }, data);
        expect(entryTexts(element)[0]).to.match(/Nadcházející$/);
        expect(entryTexts(element)[1]).not.to.include('Nadcházející');
        await expectAccessible(element);
      }
    });

    it('marks the conferences the embedding city hosted, by any of its names, in the theme’s highlight colour', async () => {
      const element = await show({ 'highlight-city': 'Troppau' });
      const marked = () => entries(element).filter((li) => li.part.contains('highlighted'));
      expect(marked()).to.have.length(1);
      const mark = marked()[0].querySelector('mark')!;
      expect(mark.textContent).to.equal('Opava, Czechia');
      expect(getComputedStyle(mark).backgroundColor).to.equal('rgb(253, 233, 164)');
      element.style.setProperty('--city-color-highlight', 'rgb(1, 2, 3)');
      expect(getComputedStyle(mark).backgroundColor).to.equal('rgb(1, 2, 3)');
      element.style.removeProperty('--city-color-highlight');
      element.highlightCity = 'st. polten, Leszno';
      await element.updateComplete;
      expect(marked()).to.have.length(4);
      await expectAccessible(element);
    });
  });

  describe('bad data', () => {
    it('skips a conference with no year: readers get a sentence that opens on the path, editors the count', async () => {
      await withWarnings(async (warnings) => {
        const data = copy();
        delete data.conferences[2].year;
        const element = await show({}, data);
        expect(entries(element)).to.have.length(15);
        expect(visibleText(element)).not.to.include('Nyíregyháza, Hungary · What the 2014');
        expect(visibleText(element)).to.include('Some entries could not be shown.');
        expect(warnings.join()).to.include('conferences[2].year');
        // The sentence opens on where: the JSON path, for whoever reports it.
        expect(visibleText(element)).not.to.include('conferences[2].year');
        shadowQuery<HTMLDetailsElement>(element, 'details[part~="issues"]').open = true;
        expect(visibleText(element)).to.include('conferences[2].year: expected a year, got nothing');
        await expectAccessible(element);
        shadowQuery<HTMLDetailsElement>(element, 'details[part~="issues"]').open = false;
        element.editor = true;
        await element.updateComplete;
        expect(visibleText(element)).to.include('Problems in the data: 1');
        shadowQuery<HTMLDetailsElement>(element, 'details[part~="issues"]').open = true;
        expect(visibleText(element)).to.include('conferences[2].year: expected a year, got nothing');
        await expectAccessible(element);
      });
    });

    it('shows a code that names no country (ZZ, EU) as written and reports it, as the member map does', async () => {
      await withWarnings(async (warnings) => {
        const data = copy();
        data.conferences[0].country = 'ZZ';
        data.conferences[1].country = 'EU';
        const element = await show({ editor: '' }, data);
        expect(entryTexts(element)[0]).to.match(/^Spring 2016 · St. Pölten, ZZ · /);
        expect(entryTexts(element)[1]).to.match(/^Spring 2015 · Leoben, EU · /);
        expect(visibleText(element)).to.include('Problems in the data: 2');
        expect(warnings.join()).to.include('conferences[0].country: unknown country code "ZZ"; it is shown as written');
      });
    });

    it('shows an unknown season as the year alone and reports it', async () => {
      await withWarnings(async (warnings) => {
        const data = copy();
        data.conferences[0].season = 'monsoon';
        const element = await show({ lang: 'cs', editor: '' }, data);
        expect(entryTexts(element)[0]).to.match(/^2016 · St. Pölten, Rakousko · /);
        expect(visibleText(element)).to.include('Problémy v datech: 1');
        expect(warnings.join()).to.include(
          'conferences[0].season: expected spring, summer, autumn or winter, got "monsoon"',
        );
      });
    });

    it('shows a malformed country code as written (one in lower case as meant) and reports it once', async () => {
      await withWarnings(async (warnings) => {
        const data = copy();
        data.conferences[0].country = 'Austria';
        data.conferences[1].country = 'at';
        const element = await show({}, data);
        expect(entryTexts(element)[0]).to.match(/^Spring 2016 · St. Pölten, Austria · /);
        expect(entryTexts(element)[1]).to.match(/^Spring 2015 · Leoben, Austria · /);
        element.setAttribute('lang', 'cs');
        await waitForText(element, 'Leoben, Rakousko');
        element.search = true;
        await element.updateComplete;
        const reports = warnings.filter((message) => message.includes('conferences[1].country'));
        expect(reports).to.have.length(1);
        expect(reports[0]).to.include('expected a two-letter country code such as "CZ", got "at"');
      });
    });

    it('drops an unsafe url and reports it, keeping the conference', async () => {
      await withWarnings(async (warnings) => {
        const element = await show({}, { conferences: [conference({ year: 2016, url: 'javascript:alert(1)' })] });
        expect(entryTexts(element)).to.deep.equal(['2016 · Opava, Czechia · T']);
        expect(element.shadowRoot!.querySelectorAll('a[href]').length).to.equal(0);
        expect(warnings.join()).to.include('conferences[0].url');
      });
    });

    it('cuts a very long topic and reports the cut, so it cannot freeze the page', async () => {
      await withWarnings(async (warnings) => {
        const element = await show({}, { conferences: [conference({ year: 2016, topic: 'x'.repeat(200000) })] });
        expect(text(element, '[part~="topic"]')).to.have.length(300);
        expect(warnings.join()).to.include('conferences[0].topic: text of 200000 characters cut to the first 300');
      });
    });

    it('says "No conferences yet." for an empty list', async () => {
      for (const [lang, sentence] of [
        ['en', 'No conferences yet.'],
        ['cs', 'Zatím žádné konference.'],
      ]) {
        const element = await show({ lang }, { conferences: [] });
        expect(visibleText(element)).to.include(sentence);
        await expectAccessible(element);
      }
    });

    it('explains data with no usable conference, naming every path to editors', async () => {
      await withWarnings(async () => {
        const data = { conferences: [{ season: 'spring', city: 'A', country: 'AT', topic: 'T' }, 'x'] };
        const element = await show({ editor: '' }, data);
        for (const part of [
          'The data does not have the expected format.',
          'conferences[0].year',
          'conferences[1]: expected an object, got "x"',
        ]) {
          expect(visibleText(element)).to.include(part);
        }
        await expectAccessible(element);
        const reader = await show({}, { conferences: {} });
        await waitForText(reader, 'conferences: expected a list, got an object');
        expect(visibleText(reader)).to.equal(
          'This content cannot be shown at the moment.\n\nconferences: expected a list, got an object',
        );
        reader.editor = true;
        await waitForText(reader, 'The data does not have the expected format.');
      });
    });

    it('shows the first 10,000 of more conferences and says the rest were left out', async () => {
      await withWarnings(async (warnings) => {
        const many = Array.from({ length: 10050 }, (_, index) =>
          conference({ year: 1990 + (index % 30), season: 'autumn', city: `City ${index}`, topic: `Topic ${index}` }),
        );
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const element = document.createElement('city-conference-timeline');
        for (const [name, value] of Object.entries({ ...defaults, limit: '20', search: '', editor: '' })) {
          if (value !== null) element.setAttribute(name, value);
        }
        element.data = { conferences: many };
        wrapper.append(element);
        // So long a list is checked in slices of time, in tasks of their own; updateComplete waits for them.
        await element.updateComplete;
        expect(entries(element).length).to.equal(20);
        expect(text(element, '[part~="count"]')).to.equal('10,000 conferences');
        expect(text(element, '[part~="show-all-button"]')).to.equal('Show all 10,000 conferences');
        shadowQuery<HTMLDetailsElement>(element, 'details[part~="issues"]').open = true;
        expect(visibleText(element)).to.include('conferences: 10050 conferences; only the first 10,000 are shown');
        expect(warnings.join()).to.include('only the first 10,000 are shown');
        await typeInto(element, 'topic 9999');
        expect(entryTexts(element)).to.deep.equal(['Autumn 1999 · City 9999, Czechia · Topic 9999']);
      });
    });

    it('warns once about unknown order and layout values and non-numeric bounds, ignores them, and still renders', async () => {
      await withWarnings(async (warnings) => {
        for (let i = 0; i < 2; i++) {
          const element = await show({ order: 'sideways', layout: 'spiral', limit: 'few', from: 'then' });
          expect(entryTexts(element)).to.have.length(16);
          expect(entryTexts(element)[0]).to.match(/^Spring 2016/);
        }
        for (const warning of [
          'order="sideways" is ignored; expected newest or oldest',
          'layout="spiral" is ignored; expected vertical or compact',
          'limit="few" is ignored; expected a whole number',
          'from="then" is ignored; expected a whole number',
        ]) {
          expect(warnings.filter((message) => message.includes(warning))).to.have.length(1);
        }
      });
    });
  });

  describe('long lists', () => {
    /** Lets the list grow for as long as it does (each step is one frame and one task). */
    const settle = (element: Timeline) => settledCount(() => entries(element), element);
    /** Scrolls the end of the list into view until at least `count` entries are on the page. */
    const scrollToEnd = (element: Timeline, count: number) => scrollUntilCount(() => entries(element), count);

    it('renders only what is near the viewport of 10,000 conferences, checked in slices, without a task over 50 ms', async function () {
      this.timeout(90000);
      const data = { conferences: many(10000) };
      // A busy machine (the tests share it) stretches tasks: one clean run of five is proof
      // enough, while rendering everything at once (seconds) fails every one.
      const runs: number[][] = [];
      let element!: Timeline;
      for (let run = 0; run < 5 && !runs.some((tasks) => tasks.length === 0); run++) {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) =>
          list.getEntries().forEach((task) => tasks.push(task.duration)),
        );
        observer.observe({ type: 'longtask' });
        element = await show({}, data);
        await settle(element);
        observer.disconnect();
        runs.push(tasks.map(Math.round));
      }
      console.log(`long tasks while rendering 10,000 conferences, per run: ${JSON.stringify(runs)}`);
      expect(
        runs.some((tasks) => tasks.length === 0),
        JSON.stringify(runs),
      ).to.equal(true);
      // A screen and a bit, not 10,000 entries (40,000 nodes).
      const shown = entries(element).length;
      expect(shown).to.be.within(10, 200);
      expect(element.shadowRoot!.querySelectorAll('*').length).to.be.below(1000);
      expect(entries(element).at(-1)!.getBoundingClientRect().top).to.be.above(innerHeight);
    });

    it('grows as the reader scrolls, to the last conference, and counts the whole list for screen readers', async function () {
      this.timeout(45000);
      const element = await show({ search: '' }, { conferences: many(600) });
      await settle(element);
      expect(entries(element).length).to.be.below(600);
      expect(text(element, '[part~="count"]')).to.equal('600 conferences');
      // Each year group and entry says where it stands in the whole list, rendered or not.
      const groups = Array.from(element.shadowRoot!.querySelectorAll('[part~="year-group"]'));
      expect(groups.map((group) => group.getAttribute('aria-setsize'))).to.satisfy((sizes: string[]) =>
        sizes.every((size) => size === '25'),
      );
      expect(groups[0].getAttribute('aria-posinset')).to.equal('1');
      const first = entries(element)[0];
      expect([first.getAttribute('aria-posinset'), first.getAttribute('aria-setsize')]).to.deep.equal(['1', '24']);
      await scrollToEnd(element, 600);
      expect(headings(element)).to.have.length(25);
      expect(headings(element).at(-1)).to.equal('2000');
      const last = entries(element).at(-1)!;
      expect(entryTexts(element).at(-1)).to.match(/^Spring 2000 · City 575, /);
      expect([last.getAttribute('aria-posinset'), last.getAttribute('aria-setsize')]).to.deep.equal(['24', '24']);
      expect(element.shadowRoot!.querySelector('.more')).to.equal(null);
    });

    it('grows inside a scrolling box too', async function () {
      this.timeout(45000);
      const element = await show({}, { conferences: many(300) });
      const box = element.parentElement!;
      box.style.cssText = 'height: 300px; overflow: auto';
      await settle(element);
      expect(entries(element).length).to.be.below(300);
      await scrollToEnd(element, 300);
      expect(box.scrollTop).to.be.above(0);
    });

    it('renders the next conferences before Tab reaches them', async function () {
      this.timeout(45000);
      const element = await show({}, { conferences: many(300, { url: 'https://example.org/' }) });
      await settle(element);
      const shown = entries(element).length;
      expect(shown).to.be.below(300);
      const links = () => Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('a[href]'));
      links().at(-1)!.focus();
      await settle(element);
      expect(entries(element).length).to.be.above(shown);
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(links()[shown]);
    });

    it('moves focus to the first conference "Show all" reveals, however far down the limit is', async () => {
      const element = await show({ limit: '120' }, { conferences: many(300) });
      await settle(element);
      shadowQuery<HTMLButtonElement>(element, '[part~="show-all-button"]').click();
      await waitUntil(() => element.shadowRoot!.activeElement?.matches('[part~="conference"]'), 'focus did not move');
      expect(entries(element).indexOf(element.shadowRoot!.activeElement as HTMLLIElement)).to.equal(120);
    });

    it('starts again from one chunk when the reader searches', async function () {
      this.timeout(45000);
      const element = await show({ search: '' }, { conferences: many(3000) });
      await settle(element);
      const first = entries(element).length;
      await scrollToEnd(element, first + 100);
      // The list grows on while the keys travel (a busy machine takes a while to answer
      // sendKeys), so what counts is each render's list, read as it is committed.
      const rendered: number[] = [];
      const watch = new MutationObserver(() => rendered.push(entries(element).length));
      watch.observe(element.shadowRoot!, { childList: true, subtree: true });
      await typeInto(element, 'city');
      watch.disconnect();
      expect(rendered.length, 'the list did not render again').to.be.above(0);
      expect(Math.min(...rendered)).to.be.at.most(25);
      await typeInto(element, 'city 2');
      await settle(element);
      // The count is that of the whole list: every number from 0 to 2999 with a 2 in it.
      const matching = Array.from({ length: 3000 }, (_, index) => String(index)).filter((n) => n.includes('2')).length;
      expect(text(element, '[part~="count"]')).to.equal(`${matching.toLocaleString('en')} conferences`);
      expect(entries(element).length).to.be.below(200);
    });
  });

  describe('the list code, loaded beside the data', () => {
    it('says so in the widget when that code does not load, and shows the list after a reload', async () => {
      await withWarnings(() =>
        withLazyModule(partsLoader, { failingAt: 'https://cdn.example/parts-x.js' }, async (restore) => {
          const reader = await show();
          const editor = await show({ editor: '' });
          await waitUntil(() => editor.shadowRoot!.querySelector('[part~="error"]'), 'no error was shown');
          expect(text(reader, '[part~="error"]')).to.include('The data could not be loaded.');
          expect(text(editor, '[part~="error"]')).to.include('No answer from https://cdn.example/parts-x.js.');
          restore();
          shadowQuery(reader, '[part~="retry-button"]').click();
          await waitUntil(() => entries(reader).length === 16, 'the list did not show after a reload');
        }),
      );
    });

    it('asks for the data, that code and the country names of the timelines in the page before Lit runs', async () => {
      const key = String(Math.random()).slice(2);
      const frame = document.createElement('iframe');
      frame.src = `/api/test/early.html?element=conference-timeline&key=${key}`;
      document.body.append(frame);
      try {
        const timeline = () => frame.contentDocument?.querySelector('city-conference-timeline');
        await waitUntil(() => (timeline()?.shadowRoot ? entries(timeline()!).length : 0) > 0, 'no timeline', {
          timeout: 8000,
        });
        const { performance: inFrame } = frame.contentWindow!;
        const litRuns = inFrame.getEntriesByName('lit-runs')[0].startTime;
        const asked = (part: string) =>
          inFrame.getEntriesByType('resource').find((entry) => entry.name.includes(part))?.startTime;
        for (const part of [`conferences.json?key=${key}`, 'conference-timeline.parts', 'regions/en'])
          expect(asked(part), part).to.be.lessThan(litRuns);
      } finally {
        frame.remove();
      }
    });
  });

  describe('presentation', () => {
    it('has a vertical layout with a rail and a compact layout with the year beside its list', async () => {
      const vertical = await show();
      expect(vertical.layout).to.equal('vertical');
      expect(getComputedStyle(shadowQuery(vertical, '[part~="list"]')).borderInlineStartStyle).to.equal('solid');
      const compact = await show({ layout: 'compact' });
      expect(getComputedStyle(shadowQuery(compact, '[part~="year-group"]')).display).to.equal('grid');
      const year = shadowQuery(compact, '[part~="year"]').getBoundingClientRect();
      const first = entries(compact)[0].getBoundingClientRect();
      expect(first.left).to.be.greaterThan(year.right - 1);
      expect(Math.abs(first.top - year.top)).to.be.lessThan(10);
      await expectAccessible(compact);
    });

    it('keeps out a hostile host page’s colours and list styles, but lets its text spacing in', async () => {
      const style = document.createElement('style');
      style.textContent =
        'html { font-size: 62.5% } * { color: red; letter-spacing: 3px; font-family: serif } li, ol { margin: 40px; list-style: square }';
      document.head.append(style);
      try {
        const element = await show({ search: '' });
        const entry = entries(element)[0];
        expect(getComputedStyle(entry).color).not.to.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(entry).letterSpacing).to.equal('3px');
        expect(getComputedStyle(entry).listStyleType).to.equal('none');
        expect(parseFloat(getComputedStyle(element).fontSize)).to.equal(16);
        expect(parseFloat(getComputedStyle(shadowQuery(element, 'input')).minHeight)).to.equal(44);
      } finally {
        style.remove();
      }
    });

    it('reflows at 320 px in both layouts without horizontal overflow', async () => {
      for (const layout of ['vertical', 'compact']) {
        const element = await show({ layout, search: '' });
        element.parentElement!.style.width = '320px';
        expect(shadowQuery(element, '[part~="base"]').scrollWidth, layout).to.be.at.most(320);
      }
    });

    it('uses the dark theme colours on its own dark surface and passes axe in it', async () => {
      const element = await show({ theme: 'dark', search: '', now: '2013-01-01', 'highlight-city': 'Opava' });
      expect(getComputedStyle(element).backgroundColor).to.equal('rgb(28, 33, 40)');
      expect(getComputedStyle(shadowQuery(element, '[part~="topic"]')).color).to.equal('rgb(232, 235, 239)');
      expect(getComputedStyle(shadowQuery(element, '[part~="upcoming-label"]')).color).to.equal('rgb(140, 196, 255)');
      expect(getComputedStyle(shadowQuery(element, 'mark')).backgroundColor).to.equal('rgb(90, 69, 0)');
      await expectAccessible(element);
    });
  });

  describe('accessibility', () => {
    it('passes axe (WCAG 2.2 AA) in every layout and option, in English and Czech', async () => {
      for (const lang of ['en', 'cs']) {
        for (const layout of ['vertical', 'compact']) {
          const options = { lang, layout, search: '', limit: '6', 'highlight-city': 'Opava', now: '2014-01-01' };
          await expectAccessible(await show(options));
        }
      }
    });

    it('passes axe while loading and in the error states, in Czech', async () => {
      await withWarnings(async () => {
        const loading = await show({ lang: 'cs', src: '/api/data/slow?ms=1500&file=conferences' }, fromSrc);
        await waitForText(loading, 'Načítání…');
        await expectAccessible(loading);
        const missing = await show({ lang: 'cs', editor: '', src: '/tests/fixtures/nothing-here.json' }, fromSrc);
        await waitForText(missing, 'HTTP 404');
        await expectAccessible(missing);
        const invalid = await show(
          { lang: 'cs', editor: '' },
          { conferences: [{ year: '20x6', city: 'A', topic: 'T' }] },
        );
        expect(visibleText(invalid)).to.include('conferences[0].year: expected a year, got "20x6"');
        await expectAccessible(invalid);
      });
    });
  });
});

describe('conference-timeline data and filters (pure helpers)', () => {
  const model = checkConferences(reference).value!;
  it('checks the reference data without issues and sorts oldest first', () => {
    expect(checkConferences(reference).issues).to.deep.equal([]);
    expect(model.entries).to.have.length(16);
    expect(model.entries[0].city).to.equal('Heidenheim');
    expect(model.network?.founded).to.equal(1995);
  });

  it('sorts both ways once per data load, keeping written order among equal dates', () => {
    const data = {
      conferences: [
        { year: 2010, city: 'A', country: 'AT', topic: 'a' },
        { year: 2010, city: 'B', country: 'AT', topic: 'b' },
        { year: 2011, city: 'C', country: 'AT', topic: 'c' },
      ],
    };
    const checked = checkConferences(data).value!;
    expect(checked.newest.map((entry) => entry.city)).to.deep.equal(['C', 'A', 'B']);
    expect(checked.entries.map((entry) => entry.city)).to.deep.equal(['A', 'B', 'C']);
  });

  it('sorts a year at a time into the same order as one sort of the whole list, and keeps its year groups', () => {
    const days = ['2012-05-01', '2010-09-09', '2012-01-02', '2010-09-09', '2011-03-03', '2012-05-01'];
    const conferences: Record<string, unknown>[] = days.map((date, index) => ({
      date,
      city: `C${index}`,
      country: 'AT',
      topic: 't',
    }));
    conferences.push({ year: 2011, city: 'Y', country: 'AT', topic: 't' });
    const checked = checkConferences({ conferences }).value!;
    const byDay = (direction: number) =>
      checked.entries
        .slice()
        .sort((a, b) => direction * (a.first - b.first) || a.index - b.index)
        .map((entry) => entry.city);
    expect(checked.entries.map((entry) => entry.city)).to.deep.equal(byDay(1));
    expect(checked.newest.map((entry) => entry.city)).to.deep.equal(byDay(-1));
    expect(checked.newest.map((entry) => entry.city)).to.deep.equal(['C0', 'C5', 'C2', 'C4', 'Y', 'C1', 'C3']);
    // The view shows the whole list without walking it again: no copy, and the groups made while checking.
    expect(filterEntries(checked.newest, { from: 0 })).to.equal(checked.newest);
    const groups = groupByYear(checked.newest);
    expect(groupByYear(checked.newest)).to.equal(groups);
    expect(groups.map(({ year, start, entries }) => [year, start, entries.length])).to.deep.equal([
      [2012, 0, 3],
      [2011, 3, 2],
      [2010, 5, 2],
    ]);
    expect(groupByYear(checked.newest.slice())).to.deep.equal(groups);
  });

  it('uses the date over the year, checks end after start and falls back to the year for a bad date', () => {
    const checked = checkConferences({
      conferences: [
        { year: 2015, date: '2016-04-21', city: 'A', country: 'AT', topic: 'a' },
        { start: '2016-05-02', end: '2016-05-01', city: 'B', country: 'AT', topic: 'b' },
        { date: '2016-02-30', year: 2016, season: 'autumn', city: 'C', country: 'AT', topic: 'c' },
      ],
    });
    expect(
      checked.value!.entries.map((entry: TimelineEntry) => [entry.city, entry.year, entry.first, entry.exact]),
    ).to.deep.equal([
      ['A', 2016, 20160421, true],
      ['B', 2016, 20160502, true],
      ['C', 2016, 20160901, false],
    ]);
    expect(checked.issues.map((issue) => issue.path)).to.deep.equal(['conferences[1].end', 'conferences[2].date']);
  });

  it("folds a list's search keys while the page is idle, in tasks of a few milliseconds, before any search", async () => {
    const conferences = Array.from({ length: 3000 }, (_, index) => ({
      city: `Łódź ${index}`,
      topic: { en: `Topic ${index}`, cs: `Téma ${index}` },
      date: `20${String(10 + (index % 20))}-05-0${1 + (index % 9)}`,
    }));
    const { entries } = checkConferences({ conferences }).value!;
    prepareSearch(entries);
    expect(
      entries.filter((entry) => entry.search !== undefined),
      'folded in the task that asked',
    ).to.have.length(0);
    let tasks = 0;
    await waitUntil(
      () => {
        tasks++;
        return entries.every((entry) => entry.search !== undefined);
      },
      'the keys were not folded',
      { timeout: 10000, interval: 1 },
    );
    expect(searchKey(entries[0]!)).to.match(/^topic \d+\ntema \d+\nlodz \d+$/);
    // Once per list: asked again, nothing more is scheduled.
    const before = entries.map((entry) => entry.search);
    prepareSearch(entries);
    expect(entries.map((entry) => entry.search)).to.deep.equal(before);
    expect(tasks, 'in several tasks').to.be.greaterThan(1);
  });

  it('filters by country, years and folded words; groups by year', () => {
    const newest = model.newest;
    expect(filterEntries(newest, { countries: ['SK'] })).to.have.length(2);
    expect(filterEntries(newest, { from: 2015 })).to.have.length(2);
    expect(filterEntries(newest, { words: queryWords('  Odpadové  HOSPODÁŘSTVÍ ') })).to.have.length(1);
    expect(filterEntries(newest, {})).to.deep.equal(newest);
    expect(filterEntries(newest, { countries: ['HU'], from: 2009, to: 2014 })).to.have.length(2);
    expect(searchKey(newest[0])).to.include('komunikace s verejnosti');
    expect(
      groupByYear(newest)
        .map((group) => [group.year, group.entries.length])
        .slice(0, 5),
    ).to.deep.equal([
      [2016, 1],
      [2015, 1],
      [2014, 1],
      [2013, 1],
      [2012, 2],
    ]);
    expect(listAttribute(' AT, ,CZ ')).to.deep.equal(['AT', 'CZ']);
    expect(listAttribute(undefined)).to.deep.equal([]);
  });
});
