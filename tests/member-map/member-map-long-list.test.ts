import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/member-map/member-map.js';
import type { CityMemberMap } from '../../src/member-map/member-map.js';
import { cityButtons, mapOf, scrollUntilRows, settledRowCount } from './member-map-test-helpers.js';
import { manyMembers } from './member-map-fixtures.js';
import { measuredFonts } from '../helpers.js';

/** A map of `count` members in English, not yet in the page. */
function longList(count: number, view: CityMemberMap['view'] = 'list'): CityMemberMap {
  const element = document.createElement('city-member-map') as CityMemberMap;
  element.lang = 'en';
  element.view = view;
  element.data = manyMembers(count);
  return element;
}

/* A long list starts with what fills a screen, and its countries off screen cost no layout. */
describe('<city-member-map> long list', () => {
  it('renders a screenful of rows first, then those near the screen in steps, every country skipped by layout while off screen', async () => {
    const element = longList(2000);
    // How many rows the first render holds: seen right after it, before any later task.
    let first = 0;
    const observer = new MutationObserver(() => (first ||= cityButtons(element).length));
    document.body.append(element);
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    try {
      await waitUntil(() => first > 0, 'no rows', { timeout: 10000 });
      observer.disconnect();
      expect(first, 'the first step').to.be.within(10, 30);
      const row = cityButtons(element)[0].closest('li')!;
      expect(getComputedStyle(row.closest('.group')!).contentVisibility).to.equal('auto');
      // Not each row as well: the list holds only rows near the screen, and a row's own skip cost layout passes.
      expect(getComputedStyle(row).contentVisibility).to.equal('visible');
      // A list of more than 300 cities holds the rows near the screen, not a fixed 300 (those were
      // some 40 steps of rendering on a slow phone); more come as the reader scrolls to them.
      const near = await settledRowCount(element);
      expect(near, 'the rows near the screen').to.be.within(first + 1, 150);
      await scrollUntilRows(element, near + 1);
      // The rows rendered first stay the same nodes (the list was long from its first step on).
      expect(cityButtons(element)[0].closest('li')).to.equal(row);
    } finally {
      observer.disconnect();
      element.remove();
    }
  });

  it('renders a long list down to the chosen city, which holds the tab stop (a row not rendered cannot)', async () => {
    const element = longList(1000);
    // The last row: Slovenia comes last of the 13 countries, and City 987 last of its cities.
    element.selected = 'city-987';
    document.body.append(element);
    try {
      const chosen = () => cityButtons(element).find((button) => button.getAttribute('aria-pressed') === 'true');
      await waitUntil(() => chosen(), 'the chosen city was never rendered', { timeout: 20000 });
      expect(chosen()!.textContent).to.include('City 987');
      const stops = cityButtons(element).filter((button) => button.tabIndex === 0);
      expect(stops.map((button) => button.textContent?.trim())).to.deep.equal([chosen()!.textContent?.trim()]);
    } finally {
      element.remove();
    }
  });

  it('scrolls a long list down to a city chosen on the map, once its row is rendered', async () => {
    const element = longList(1000, 'both');
    // Which rows were scrolled into view (where the list then stands depends on the layout of rows
    // not yet rendered, which content-visibility estimates).
    const scrolled: string[] = [];
    const original = HTMLElement.prototype.scrollIntoView;
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement, options?: boolean | ScrollIntoViewOptions) {
      scrolled.push(this.textContent?.trim() ?? '');
      original.call(this, options);
    };
    document.body.append(element);
    try {
      await waitUntil(() => cityButtons(element).length > 0, 'no rows', { timeout: 20000 });
      expect(cityButtons(element).some((button) => button.textContent?.includes('City 987'))).to.equal(false);
      // As a click on its marker does (the last row: City 987, see above).
      element.selectMember('city-987', true);
      await waitUntil(() => scrolled.length > 0, 'no row was scrolled into view', { timeout: 20000 });
      expect(scrolled).to.have.length(1);
      expect(scrolled[0]).to.include('City 987');
    } finally {
      HTMLElement.prototype.scrollIntoView = original;
      element.remove();
    }
  });

  it('says how far a long list goes, and "Show more cities" brings the next rows with the first of them focused', async () => {
    const element = longList(1000);
    document.body.append(element);
    try {
      const near = await settledRowCount(element);
      const more = () => element.shadowRoot!.querySelector<HTMLElement>('[part~="more"]');
      expect(more()?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        `Listed so far: ${near} of 1,000 Show more cities`,
      );
      const showMore = [...more()!.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Show more cities',
      );
      expect(showMore, 'a button named "Show more cities"').to.not.equal(undefined);
      const nextName = () => cityButtons(element)[near]?.textContent?.trim();
      showMore!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cityButtons(element).length >= near + 50, 'no more rows', { timeout: 10000 });
      await waitUntil(() => element.shadowRoot!.activeElement === cityButtons(element)[near], 'focus stayed', {
        timeout: 5000,
      });
      expect(element.shadowRoot!.activeElement!.textContent?.trim()).to.equal(nextName());
      // The reader goes on from there with the arrow keys: the row holds the list's tab stop.
      expect(cityButtons(element)[near]!.tabIndex).to.equal(0);
      expect(more()!.textContent).to.include(`Listed so far: ${cityButtons(element).length} of 1,000`);
    } finally {
      element.remove();
    }
  });

  it('reads the faces of its first rows\' text (the country names, the "Show more cities" button) while it checks the list', async () => {
    const { fonts: measured, restore } = measuredFonts();
    const element = longList(1000);
    document.body.append(element);
    try {
      await settledRowCount(element);
      const root = element.shadowRoot!;
      const showMore = [...root.querySelectorAll('[part~="more"] button')].find(
        (b) => b.textContent?.trim() === 'Show more cities',
      );
      const countryName = root.querySelector('.country-name');
      expect(showMore, 'a button named "Show more cities"').to.not.equal(undefined);
      // The faces as a canvas writes them back: a weight of 400 left out, 700 as "bold".
      const face = (piece: Element) => {
        const { fontWeight, fontSize, fontFamily } = getComputedStyle(piece);
        const weight = { '400': '', '700': 'bold ' }[fontWeight] ?? `${fontWeight} `;
        return `${weight}${fontSize} ${fontFamily}`;
      };
      expect(measured).to.include(face(showMore!));
      expect(measured).to.include(face(countryName!));
    } finally {
      restore();
      element.remove();
    }
  });

  it('leaves a short list as it is', async () => {
    const element = await mapOf(
      html`<city-member-map lang="en" view="list" .data=${manyMembers(17)}></city-member-map>`,
    );
    expect(cityButtons(element)).to.have.length(17);
    expect(element.shadowRoot!.querySelector('[part~="more"]'), 'no "Show more cities"').to.equal(null);
    const row = cityButtons(element)[0].closest('li')!;
    expect(getComputedStyle(row.closest('.group')!).contentVisibility).to.equal('visible');
  });
});
