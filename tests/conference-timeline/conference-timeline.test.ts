import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/conference-timeline/conference-timeline.js';
import type { CityConferenceTimeline } from '../../src/conference-timeline/conference-timeline.js';
import { checkConferences } from '../../src/conference-timeline/conference-timeline.data.js';
import type { TimelineEntry } from '../../src/conference-timeline/conference-timeline.data.js';
import {
  filterEntries,
  groupByYear,
  listAttribute,
  queryWords,
  searchKey,
} from '../../src/conference-timeline/conference-timeline.filter.js';
import { captureWarnings, expectAccessible, shadowQuery, visibleText, waitForText } from '../helpers.js';
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

async function timeline(template: ReturnType<typeof html>): Promise<Timeline> {
  const element = await fixture<Timeline>(template);
  await element.updateComplete;
  return element;
}

const entries = (element: Element): HTMLLIElement[] =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="list"] > li'));
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

describe('<city-conference-timeline>', () => {
  describe('content', () => {
    it('lists the 16 conferences newest first, a heading per year, each entry a sentence', async () => {
      const element = await timeline(
        html`<city-conference-timeline lang="en" now="2026-01-01" .data=${reference}></city-conference-timeline>`,
      );
      const texts = entryTexts(element);
      expect(texts).to.have.length(16);
      expect(texts[0]).to.equal(
        "Spring 2016 · St. Pölten, Austria · Communicating with the public, with an emphasis on cities' digital communication",
      );
      expect(texts[4]).to.equal('Autumn 2012 · Trnava, Slovakia · Local government and support for innovation');
      expect(texts[5]).to.equal('Spring 2012 · Leszno, Poland · City presentation and marketing');
      expect(texts[15]).to.match(/^Spring 2006 · Heidenheim, Germany · /);
      expect(headings(element)).to.deep.equal([
        '2016',
        '2015',
        '2014',
        '2013',
        '2012',
        '2011',
        '2010',
        '2009',
        '2008',
        '2007',
        '2006',
      ]);
      // Semantics: an ordered list of years, each an <h3> and an ordered list of conferences.
      const years = shadowQuery(element, 'ol[part~="years"]');
      expect(years.children).to.have.length(11);
      expect(years.querySelector(':scope > li > h3 + ol > li')).not.to.equal(null);
      expect(shadowQuery(element, '[part~="when"]').textContent).to.equal('Spring 2016');
    });

    it('is written in Czech with lang="cs": season and country names, Czech topics', async () => {
      const element = await timeline(
        html`<city-conference-timeline lang="cs" now="2026-01-01" .data=${reference}></city-conference-timeline>`,
      );
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
      const element = await timeline(
        html`<city-conference-timeline src="/tests/fixtures/conferences.json" lang="cs"></city-conference-timeline>`,
      );
      await waitForText(element, 'Jaro 2016 · St. Pölten, Rakousko');
      expect(entries(element)).to.have.length(16);
      expect(visibleText(element)).to.include('Podzim 2009 · Martin, Slovensko · Odpadové hospodářství');
      expect(visibleText(element)).to.include('Maďarsko');
    });

    it('takes its language from the closest ancestor and follows changes of lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="cs-CZ">
          <city-conference-timeline now="2026-01-01" .data=${reference}></city-conference-timeline>
        </div>`,
      );
      const element = wrapper.querySelector('city-conference-timeline')!;
      await waitForText(element, 'Jaro 2016 · St. Pölten, Rakousko');
      wrapper.setAttribute('lang', 'en-GB');
      await waitForText(element, 'Spring 2016 · St. Pölten, Austria');
    });

    it('shows the network name and founding year as a caption', async () => {
      const element = await timeline(
        html`<city-conference-timeline lang="en" now="2026-01-01" .data=${reference}></city-conference-timeline>`,
      );
      expect(shadowQuery(element, '[part~="caption"]').innerText.replace(/\s+/g, ' ')).to.equal(
        'Cooperation Network of European Medium-Sized Cities founded in 1995',
      );
      const bare = await timeline(
        html`<city-conference-timeline
          lang="en"
          now="2026-01-01"
          .data=${{ conferences: reference.conferences }}
        ></city-conference-timeline>`,
      );
      expect(bare.shadowRoot!.querySelector('[part~="caption"]')).to.equal(null);
      const founded = await timeline(
        html`<city-conference-timeline
          lang="cs"
          now="2026-01-01"
          .data=${{ network: { founded: 1995 }, conferences: [] }}
        ></city-conference-timeline>`,
      );
      expect(visibleText(founded).replace(/\n+/g, ' | ')).to.equal('Rok založení 1995 | Zatím žádné konference.');
    });

    it('names all four seasons in both languages and orders them within a year', async () => {
      const data = {
        conferences: ['autumn', 'spring', 'winter', 'summer'].map((season) => ({
          year: 2015,
          season,
          city: 'Jena',
          country: 'DE',
          topic: season,
        })),
      };
      const en = await timeline(
        html`<city-conference-timeline lang="en" now="2026-01-01" .data=${data}></city-conference-timeline>`,
      );
      expect(entryTexts(en).map((text) => text.split(' · ')[0])).to.deep.equal([
        'Winter 2015',
        'Autumn 2015',
        'Summer 2015',
        'Spring 2015',
      ]);
      const cs = await timeline(
        html`<city-conference-timeline
          lang="cs"
          order="oldest"
          now="2015-06-01"
          .data=${data}
        ></city-conference-timeline>`,
      );
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
          { date: '2016-04-21', city: 'Opava', country: 'CZ', topic: 'One day' },
          {
            start: '2017-10-04',
            end: '2017-10-06',
            city: 'Jena',
            country: 'DE',
            topic: 'Three days',
            season: 'winter',
          },
        ],
      };
      const format = (locale: string) =>
        new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      const range = (locale: string) =>
        format(locale).formatRange(new Date(Date.UTC(2017, 9, 4, 12)), new Date(Date.UTC(2017, 9, 6, 12)));
      const en = await timeline(
        html`<city-conference-timeline lang="en" now="2016-01-01" .data=${data}></city-conference-timeline>`,
      );
      expect(entryTexts(en)[0]).to.equal(`${range('en')} · Jena, Germany · Three days Upcoming`);
      expect(entryTexts(en)[1]).to.equal('April 21, 2016 · Opava, Czechia · One day Upcoming');
      const cs = await timeline(
        html`<city-conference-timeline lang="cs" now="2018-01-01" .data=${data}></city-conference-timeline>`,
      );
      expect(entryTexts(cs)[1]).to.equal('21. dubna 2016 · Opava, Česko · One day');
      expect(entryTexts(cs)[0]).to.equal(`${range('cs')} · Jena, Německo · Three days`);
    });

    it('links the topic to a safe url; a topic without one is not a link', async () => {
      const data = {
        conferences: [
          {
            year: 2016,
            season: 'spring',
            city: 'Opava',
            country: 'CZ',
            topic: 'Linked',
            url: 'https://example.org/c',
            summary: { en: 'Two days of talks.' },
          },
          { year: 2015, season: 'spring', city: 'Jena', country: 'DE', topic: 'Plain' },
        ],
      };
      const element = await timeline(
        html`<city-conference-timeline lang="en" now="2026-01-01" .data=${data}></city-conference-timeline>`,
      );
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
  });

  describe('order, filters and limit (attributes)', () => {
    it('puts the oldest first with order="oldest"', async () => {
      const element = await timeline(
        html`<city-conference-timeline
          lang="en"
          order="oldest"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      expect(entryTexts(element)[0]).to.match(/^Spring 2006 · Heidenheim, Germany/);
      expect(entryTexts(element)[1]).to.match(/^Autumn 2006 · Brno, Czechia/);
      expect(headings(element)[0]).to.equal('2006');
    });

    it('keeps only the listed countries: country="HU" leaves 3, "AT, cz" leaves 8', async () => {
      const element = await timeline(
        html`<city-conference-timeline
          lang="en"
          country="HU"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      expect(entryTexts(element)).to.have.length(3);
      expect(entryTexts(element).every((text) => text.includes(', Hungary ·'))).to.equal(true);
      element.country = 'AT, cz';
      await element.updateComplete;
      expect(entryTexts(element)).to.have.length(8);
    });

    it('keeps the years from … to, inclusive', async () => {
      const element = await timeline(
        html`<city-conference-timeline
          lang="en"
          from="2010"
          to="2012"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      expect(headings(element)).to.deep.equal(['2012', '2011', '2010']);
      expect(entryTexts(element)).to.have.length(4);
    });

    it('says so when the attribute filters leave nothing', async () => {
      const element = await timeline(
        html`<city-conference-timeline
          lang="en"
          country="FR"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      expect(visibleText(element)).to.include('No conferences match.');
      await expectAccessible(element);
    });

    it('shows `limit` conferences and a "Show all N conferences" button that moves focus to the next one', async () => {
      const element = await timeline(
        html`<city-conference-timeline
          lang="en"
          limit="5"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
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
    });

    it('has no button when the limit is not reached, and Czech plural forms', async () => {
      const element = await timeline(
        html`<city-conference-timeline
          lang="en"
          limit="16"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      expect(element.shadowRoot!.querySelector('[part~="show-all-button"]')).to.equal(null);
      const cs = await timeline(
        html`<city-conference-timeline
          lang="cs"
          limit="2"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      expect(shadowQuery(cs, '[part~="show-all-button"]').textContent!.trim()).to.equal('Zobrazit všech 16 konferencí');
      cs.country = 'HU';
      await cs.updateComplete;
      expect(shadowQuery(cs, '[part~="show-all-button"]').textContent!.trim()).to.equal(
        'Zobrazit všechny 3 konference',
      );
    });
  });

  describe('search and filter controls', () => {
    it('has no controls without the search attribute', async () => {
      const element = await timeline(
        html`<city-conference-timeline lang="en" now="2026-01-01" .data=${reference}></city-conference-timeline>`,
      );
      expect(element.shadowRoot!.querySelector('input, select')).to.equal(null);
    });

    it('finds "odpad" (Czech topic) on an English page and announces the count politely', async () => {
      const element = await timeline(
        html`<city-conference-timeline
          lang="en"
          search
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
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
      const element = await timeline(
        html`<city-conference-timeline lang="en" search now="2026-01-01" .data=${data}></city-conference-timeline>`,
      );
      await typeInto(element, 'budejovice');
      expect(entryTexts(element)).to.deep.equal(['Spring 2017 · České Budějovice, Czechia · Public transport']);
      await typeInto(element, 'BUDWEIS');
      expect(entryTexts(element)).to.have.length(1);
      await typeInto(element, 'nyiregyhaza');
      expect(entryTexts(element)).to.have.length(2);
      await typeInto(element, 'st. polten digital');
      expect(entryTexts(element)).to.have.length(1);
    });

    it('says when nothing matches, in the list and the live region', async () => {
      const element = await timeline(
        html`<city-conference-timeline
          lang="en"
          search
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      await typeInto(element, 'zzzz');
      expect(visibleText(element)).to.include('No conferences match.');
      expect(shadowQuery(element, '[part~="count"]').textContent!.trim()).to.equal('0 conferences');
      await expectAccessible(element);
      const cs = await timeline(
        html`<city-conference-timeline
          lang="cs"
          search
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      await typeInto(cs, 'zzzz');
      expect(visibleText(cs)).to.include('Žádná konference neodpovídá.');
      await expectAccessible(cs);
    });

    it('is keyboard operable: Tab to the search box, type, Tab on to the results and the Show all button', async () => {
      const data = copy();
      data.conferences[0].url = 'https://example.org/st-poelten';
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button
          ><city-conference-timeline
            lang="en"
            search
            limit="3"
            now="2026-01-01"
            .data=${data}
          ></city-conference-timeline>
        </div>`,
      );
      const element = wrapper.querySelector('city-conference-timeline')!;
      await element.updateComplete;
      wrapper.querySelector('button')!.focus();
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
      const element = await timeline(
        html`<city-conference-timeline
          lang="cs"
          search
          country="AT,HU"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      expect(shadowQuery<HTMLInputElement>(element, 'input').labels?.[0]?.textContent).to.equal('Hledat konference');
      expect(shadowQuery(element, '[part~="count"]').textContent!.trim()).to.equal('8 konferencí');
      await typeInto(element, 'nyiregyhaza');
      expect(shadowQuery(element, '[part~="count"]').textContent!.trim()).to.equal('2 konference');
      await typeInto(element, 'leoben');
      expect(shadowQuery(element, '[part~="count"]').textContent!.trim()).to.equal('1 konference');
      await expectAccessible(element);
    });
  });

  describe('upcoming and past', () => {
    it('marks conferences after `now` as upcoming; a season counts from its first day', async () => {
      const element = await timeline(
        html`<city-conference-timeline lang="en" now="2013-02-28" .data=${reference}></city-conference-timeline>`,
      );
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
        conferences: [
          { year: year + 1, season: 'spring', city: 'Jena', country: 'DE', topic: 'Next' },
          { year: year - 1, season: 'spring', city: 'Opava', country: 'CZ', topic: 'Last' },
        ],
      };
      for (const now of [undefined, 'someday']) {
        const element = await timeline(
          html`<city-conference-timeline lang="cs" now=${ifDefined(now)} .data=${data}></city-conference-timeline>`,
        );
        expect(entryTexts(element)[0]).to.match(/Nadcházející$/);
        expect(entryTexts(element)[1]).not.to.include('Nadcházející');
        await expectAccessible(element);
      }
    });
  });

  describe('highlight-city', () => {
    it('marks the conferences the embedding city hosted, by any of its names', async () => {
      const element = await timeline(
        html`<city-conference-timeline
          lang="en"
          highlight-city="Troppau"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      const marked = entries(element).filter((li) => li.part.contains('highlighted'));
      expect(marked).to.have.length(1);
      expect(marked[0].querySelector('mark')!.textContent).to.equal('Opava, Czechia');
      element.highlightCity = 'st. polten, Leszno';
      await element.updateComplete;
      expect(entries(element).filter((li) => li.part.contains('highlighted'))).to.have.length(4);
      await expectAccessible(element);
    });
  });

  describe('bad data', () => {
    it('skips a conference with no year and reports its path', async () => {
      const warnings = captureWarnings();
      try {
        const data = copy();
        delete data.conferences[2].year;
        const element = await timeline(
          html`<city-conference-timeline lang="en" now="2026-01-01" .data=${data}></city-conference-timeline>`,
        );
        expect(entries(element)).to.have.length(15);
        expect(visibleText(element)).not.to.include('Nyíregyháza, Hungary · What the 2014');
        expect(visibleText(element)).to.include('1 problem in the data');
        shadowQuery<HTMLDetailsElement>(element, 'details[part~="issues"]').open = true;
        expect(visibleText(element)).to.include('conferences[2].year: expected a year, got nothing');
        expect(warnings.messages.join()).to.include('conferences[2].year');
        await expectAccessible(element);
      } finally {
        warnings.restore();
      }
    });

    it('shows an unknown season as the year alone and reports it', async () => {
      const warnings = captureWarnings();
      try {
        const data = copy();
        data.conferences[0].season = 'monsoon';
        const element = await timeline(
          html`<city-conference-timeline lang="cs" now="2026-01-01" .data=${data}></city-conference-timeline>`,
        );
        expect(entryTexts(element)[0]).to.match(/^2016 · St. Pölten, Rakousko · /);
        expect(visibleText(element)).to.include('1 problém v datech');
        expect(warnings.messages.join()).to.include(
          'conferences[0].season: expected spring, summer, autumn or winter, got "monsoon"',
        );
        await expectAccessible(element);
      } finally {
        warnings.restore();
      }
    });

    it('shows a malformed country code as written and reports it once', async () => {
      const warnings = captureWarnings();
      try {
        const data = copy();
        data.conferences[0].country = 'Austria';
        data.conferences[1].country = 'at';
        const element = await timeline(
          html`<city-conference-timeline lang="en" now="2026-01-01" .data=${data}></city-conference-timeline>`,
        );
        expect(entryTexts(element)[0]).to.match(/^Spring 2016 · St. Pölten, Austria · /);
        expect(entryTexts(element)[1]).to.match(/^Spring 2015 · Leoben, at · /);
        element.setAttribute('lang', 'cs');
        await element.updateComplete;
        await waitForText(element, 'Leoben, at');
        element.search = true;
        await element.updateComplete;
        const reports = warnings.messages.filter((message) => message.includes('conferences[1].country'));
        expect(reports).to.have.length(1);
        expect(reports[0]).to.include('expected a two-letter country code such as "CZ", got "at"');
      } finally {
        warnings.restore();
      }
    });

    it('drops an unsafe url and reports it, keeping the conference', async () => {
      const warnings = captureWarnings();
      try {
        const data = {
          conferences: [{ year: 2016, city: 'Opava', country: 'CZ', topic: 'T', url: 'javascript:alert(1)' }],
        };
        const element = await timeline(
          html`<city-conference-timeline lang="en" now="2026-01-01" .data=${data}></city-conference-timeline>`,
        );
        expect(entryTexts(element)).to.deep.equal(['2016 · Opava, Czechia · T']);
        expect(element.shadowRoot!.querySelectorAll('a[href]').length).to.equal(0);
        expect(warnings.messages.join()).to.include('conferences[0].url');
      } finally {
        warnings.restore();
      }
    });

    it('says "No conferences yet." for an empty list', async () => {
      for (const lang of ['en', 'cs']) {
        const element = await timeline(
          html`<city-conference-timeline
            lang=${lang}
            now="2026-01-01"
            .data=${{ conferences: [] }}
          ></city-conference-timeline>`,
        );
        expect(visibleText(element)).to.include(lang === 'en' ? 'No conferences yet.' : 'Zatím žádné konference.');
        await expectAccessible(element);
      }
    });

    it('explains data with no usable conference, naming every path', async () => {
      const warnings = captureWarnings();
      try {
        const data = { conferences: [{ season: 'spring', city: 'A', country: 'AT', topic: 'T' }, 'x'] };
        const element = await timeline(
          html`<city-conference-timeline lang="en" .data=${data}></city-conference-timeline>`,
        );
        const text = visibleText(element);
        expect(text).to.include('The data does not have the expected format.');
        expect(text).to.include('conferences[0].year');
        expect(text).to.include('conferences[1]: expected an object, got "x"');
        await expectAccessible(element);
      } finally {
        warnings.restore();
      }
    });

    it('explains a document whose conferences are not a list', async () => {
      const warnings = captureWarnings();
      try {
        const element = await timeline(
          html`<city-conference-timeline lang="en" .data=${{ conferences: {} }}></city-conference-timeline>`,
        );
        expect(visibleText(element)).to.include('conferences: expected a list, got an object');
      } finally {
        warnings.restore();
      }
    });

    it('shows the first 10,000 of more conferences and says the rest were left out', async () => {
      const warnings = captureWarnings();
      try {
        const many = Array.from({ length: 10050 }, (_, index) => ({
          year: 1990 + (index % 30),
          season: 'autumn',
          city: `City ${index}`,
          country: 'CZ',
          topic: `Topic ${index}`,
        }));
        const element = await timeline(
          html`<city-conference-timeline
            lang="en"
            limit="20"
            search
            now="2026-01-01"
            .data=${{ conferences: many }}
          ></city-conference-timeline>`,
        );
        expect(entries(element)).to.have.length(20);
        expect(shadowQuery(element, '[part~="count"]').textContent!.trim()).to.equal('10,000 conferences');
        expect(shadowQuery(element, '[part~="show-all-button"]').textContent!.trim()).to.equal(
          'Show all 10,000 conferences',
        );
        shadowQuery<HTMLDetailsElement>(element, 'details[part~="issues"]').open = true;
        expect(visibleText(element)).to.include('conferences: 10050 conferences; only the first 10,000 are shown');
        await typeInto(element, 'topic 9999');
        expect(entryTexts(element)).to.deep.equal(['Autumn 1999 · City 9999, Czechia · Topic 9999']);
      } finally {
        warnings.restore();
      }
    });

    it('warns once about unknown order and layout values, ignores a non-numeric limit, and still renders', async () => {
      const warnings = captureWarnings();
      try {
        for (let i = 0; i < 2; i++) {
          const element = await timeline(
            html`<city-conference-timeline
              lang="en"
              order="sideways"
              layout="spiral"
              limit="few"
              now="2026-01-01"
              .data=${reference}
            ></city-conference-timeline>`,
          );
          expect(entryTexts(element)).to.have.length(16);
          expect(entryTexts(element)[0]).to.match(/^Spring 2016/);
        }
        expect(
          warnings.messages.filter((message) =>
            message.includes('order="sideways" is ignored; expected newest or oldest'),
          ),
        ).to.have.length(1);
        expect(
          warnings.messages.filter((message) =>
            message.includes('layout="spiral" is ignored; expected vertical or compact'),
          ),
        ).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('presentation', () => {
    it('has a vertical layout with a rail and a compact layout with the year beside its list', async () => {
      const vertical = await timeline(
        html`<city-conference-timeline lang="en" now="2026-01-01" .data=${reference}></city-conference-timeline>`,
      );
      expect(vertical.layout).to.equal('vertical');
      expect(getComputedStyle(shadowQuery(vertical, '[part~="list"]')).borderInlineStartStyle).to.equal('solid');
      const compact = await timeline(
        html`<city-conference-timeline
          lang="en"
          layout="compact"
          now="2026-01-01"
          .data=${reference}
        ></city-conference-timeline>`,
      );
      expect(getComputedStyle(shadowQuery(compact, '[part~="year-group"]')).display).to.equal('grid');
      const year = shadowQuery(compact, '[part~="year"]').getBoundingClientRect();
      const first = entries(compact)[0].getBoundingClientRect();
      expect(first.left).to.be.greaterThan(year.right - 1);
      expect(Math.abs(first.top - year.top)).to.be.lessThan(10);
      await expectAccessible(compact);
    });

    it('is not affected by a hostile host page (62.5% rem, global colours and spacing)', async () => {
      const style = document.createElement('style');
      style.textContent =
        'html { font-size: 62.5% } * { color: red; letter-spacing: 3px; font-family: serif } li, ol { margin: 40px; list-style: square }';
      document.head.append(style);
      try {
        const element = await timeline(
          html`<city-conference-timeline
            lang="en"
            search
            now="2026-01-01"
            .data=${reference}
          ></city-conference-timeline>`,
        );
        const entry = entries(element)[0];
        expect(getComputedStyle(entry).color).not.to.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(entry).letterSpacing).to.equal('normal');
        expect(getComputedStyle(entry).listStyleType).to.equal('none');
        expect(parseFloat(getComputedStyle(element).fontSize)).to.equal(16);
        expect(parseFloat(getComputedStyle(shadowQuery(element, 'input')).minHeight)).to.equal(44);
      } finally {
        style.remove();
      }
    });

    it('reflows at 320 px in both layouts without horizontal overflow', async () => {
      for (const layout of ['vertical', 'compact']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width:320px">
            <city-conference-timeline
              lang="en"
              layout=${layout}
              search
              now="2026-01-01"
              .data=${reference}
            ></city-conference-timeline>
          </div>`,
        );
        const element = wrapper.firstElementChild as Timeline;
        await element.updateComplete;
        expect(shadowQuery(element, '[part~="base"]').scrollWidth, layout).to.be.at.most(320);
      }
    });

    it('uses the dark theme colours on a dark page and passes axe in it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="background:#1c2128">
          <city-conference-timeline
            lang="en"
            theme="dark"
            search
            now="2013-01-01"
            highlight-city="Opava"
            .data=${reference}
          ></city-conference-timeline>
        </div>`,
      );
      const element = wrapper.firstElementChild as Timeline;
      await element.updateComplete;
      expect(getComputedStyle(shadowQuery(element, '[part~="topic"]')).color).to.equal('rgb(232, 235, 239)');
      expect(getComputedStyle(shadowQuery(element, '[part~="upcoming-label"]')).color).to.equal('rgb(140, 196, 255)');
      await expectAccessible(element);
    });
  });

  describe('accessibility', () => {
    it('passes axe (WCAG 2.2 AA) in every layout and option, in English and Czech', async () => {
      for (const lang of ['en', 'cs']) {
        for (const layout of ['vertical', 'compact']) {
          const element = await timeline(
            html`<city-conference-timeline
              lang=${lang}
              layout=${layout}
              search
              limit="6"
              highlight-city="Opava"
              now="2014-01-01"
              .data=${reference}
            ></city-conference-timeline>`,
          );
          await expectAccessible(element);
        }
      }
    });

    it('passes axe while loading and in the error states, in Czech', async () => {
      const warnings = captureWarnings();
      try {
        const loading = await timeline(
          html`<city-conference-timeline
            lang="cs"
            src=${'/api/data/slow?ms=800&file=conferences'}
          ></city-conference-timeline>`,
        );
        expect(visibleText(loading)).to.include('Načítání…');
        await expectAccessible(loading);
        const missing = await timeline(
          html`<city-conference-timeline lang="cs" src="/tests/fixtures/nothing-here.json"></city-conference-timeline>`,
        );
        await waitForText(missing, 'HTTP 404');
        await expectAccessible(missing);
        const invalid = await timeline(
          html`<city-conference-timeline
            lang="cs"
            .data=${{ conferences: [{ year: '20x6', city: 'A', topic: 'T' }] }}
          ></city-conference-timeline>`,
        );
        expect(visibleText(invalid)).to.include('conferences[0].year: expected a year, got "20x6"');
        await expectAccessible(invalid);
      } finally {
        warnings.restore();
      }
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
