import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/member-map/member-map.js';
import type { CityMemberMap, MemberSelectDetail } from '../../src/member-map/member-map.js';
import { captureWarnings, expectAccessible, shadowQuery, visibleText, waitForText } from '../helpers.js';
import { runDataElementSuite } from '../shared/data-element-suite.js';
import type { MembersJson } from './member-map-test-helpers.js';
import {
  button,
  cityButtons,
  cityNames,
  clone,
  fixtureUrl,
  groupNames,
  mapLabel,
  mapOf,
  markerCount,
  referenceMembers,
} from './member-map-test-helpers.js';

let members: MembersJson;

before(async () => {
  members = await referenceMembers();
});

runDataElementSuite({
  tag: 'city-member-map',
  fixture: 'members',
  readyText: 'Brno',
  invalid: {
    data: { network: { name: 'X', founded: 1995 }, members: [{ id: 'x', city: 42, country: 'CZ', lat: 49, lon: 16 }] },
    path: 'members[0].city',
  },
});

/** Types into the search field as a reader would (one input event). */
async function search(element: CityMemberMap, text: string): Promise<void> {
  const input = shadowQuery<HTMLInputElement>(element, 'input[part~="search"]');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

/** Chooses a country in the filter as a reader would (one change event); '' for all countries. */
async function chooseCountry(element: CityMemberMap, code: string): Promise<void> {
  const select = shadowQuery<HTMLSelectElement>(element, 'select[part~="country-filter"]');
  select.value = code;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

describe('<city-member-map> list', () => {
  describe('content', () => {
    it('lists the members by country with counts that say what they count, joined year and founding mark', async () => {
      const element = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      const counts = shadowQuery(element, '[part~="counts"]').textContent!.trim();
      expect(counts).to.equal('Listed here: 17 cities in 6 countries. The whole network: 34 cities in 13 countries.');
      expect(groupNames(element)).to.deep.equal(['Austria', 'Czechia', 'Germany', 'Hungary', 'Poland', 'Slovakia']);
      const brno = button(element, 'Brno');
      expect(brno.textContent).to.include('founding member');
      expect(brno.textContent).to.include('since 1995');
      expect(button(element, 'Opava').textContent).not.to.include('founding member');
      const czech = [...element.shadowRoot!.querySelectorAll('ul[aria-labelledby="country-CZ"] .city-name')].map(
        (n) => n.textContent,
      );
      expect(czech).to.deep.equal(['Brno', 'České Budějovice', 'Hodonín', 'Opava']);
      await expectAccessible(element);
    });

    it('speaks Czech: Czech country names in Czech collation order, Czech counts and city names', async () => {
      const element = await mapOf(html`<city-member-map lang="cs" src=${fixtureUrl}></city-member-map>`);
      await waitForText(element, 'Pasov');
      expect(groupNames(element)).to.deep.equal(['Česko', 'Maďarsko', 'Německo', 'Polsko', 'Rakousko', 'Slovensko']);
      expect(visibleText(element)).to.include('Uvedeno zde: 17 měst, 6 zemí. Celá síť: 34 měst, 13 zemí.');
      expect(shadowQuery(element, 'input[part~="search"]').closest('label')!.textContent).to.include('Hledat města');
      await expectAccessible(element);
    });

    it('says "N cities in M countries" when the data gives no larger totals', async () => {
      const data = clone(members);
      delete data.network.memberCount;
      delete data.network.countryCount;
      const element = await mapOf(html`<city-member-map lang="en" .data=${data}></city-member-map>`);
      expect(shadowQuery(element, '[part~="counts"]').textContent!.trim()).to.equal('17 cities in 6 countries');
      const cs = await mapOf(html`<city-member-map lang="cs" .data=${data}></city-member-map>`);
      expect(shadowQuery(cs, '[part~="counts"]').textContent!.trim()).to.equal('17 měst, 6 zemí');
    });

    it('names each country group with a heading at heading-level (3 by default, to fit an h2 section)', async () => {
      const section = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      const headings = [...section.shadowRoot!.querySelectorAll('[role="heading"]')];
      expect(headings.map((node) => node.textContent!.trim())).to.deep.equal(groupNames(section));
      expect(headings.every((node) => node.getAttribute('aria-level') === '3')).to.equal(true);
      // Each country's list is a group named by that heading.
      const austria = shadowQuery(section, 'ul[aria-labelledby="country-AT"]');
      expect(section.shadowRoot!.getElementById(austria.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Austria',
      );
      const level2 = await mapOf(
        html`<city-member-map lang="en" heading-level="2" view="list" .data=${members}></city-member-map>`,
      );
      expect(shadowQuery(level2, '[role="heading"]').getAttribute('aria-level')).to.equal('2');
      const warnings = captureWarnings();
      try {
        const wrong = await mapOf(
          html`<city-member-map lang="en" heading-level="9" view="list" .data=${members}></city-member-map>`,
        );
        expect(shadowQuery(wrong, '[role="heading"]').getAttribute('aria-level')).to.equal('3');
        expect(warnings.messages.join('\n')).to.include('heading-level="9"');
      } finally {
        warnings.restore();
      }
    });

    it('says in words which cities are highlighted, in the list and in the map text', async () => {
      const element = await mapOf(
        html`<city-member-map lang="en" highlight="brno, Opava" .data=${members}></city-member-map>`,
      );
      expect(button(element, 'Opava').textContent).to.include('highlighted');
      expect(button(element, 'Brno').textContent).to.include('highlighted');
      expect(button(element, 'Jena').textContent).not.to.include('highlighted');
      expect(getComputedStyle(button(element, 'Opava').querySelector('.city-name')!).fontWeight).to.equal('700');
      expect(mapLabel(element)).to.include('Highlighted: Brno, Opava.');
      expect(markerCount(element, 'highlighted')).to.equal(2);
      // A country filter that hides them: the map's words name none.
      await chooseCountry(element, 'PL');
      expect(mapLabel(element)).not.to.include('Highlighted');
      await chooseCountry(element, '');
      expect(mapLabel(element)).to.include('Highlighted: Brno, Opava.');
      // Removed by a script or a CMS: no highlight left, and no error.
      element.removeAttribute('highlight');
      await element.updateComplete;
      expect(button(element, 'Opava').textContent).not.to.include('highlighted');
      expect(mapLabel(element)).not.to.include('Highlighted');
      expect(markerCount(element, 'highlighted')).to.equal(0);
    });

    it('describes how to use the list from the keyboard, visibly and as the tab stop description', async () => {
      const element = await mapOf(html`<city-member-map lang="en" view="list" .data=${members}></city-member-map>`);
      const hint = 'In the list, the arrow keys move between cities; Enter or Space chooses one.';
      expect(visibleText(element)).to.include(hint);
      const stop = cityButtons(element).find((b) => b.tabIndex === 0)!;
      const described = element.shadowRoot!.getElementById(stop.getAttribute('aria-describedby')!)!;
      expect(described.textContent!.trim()).to.equal(hint);
      expect(cityButtons(element).filter((b) => b.hasAttribute('aria-describedby'))).to.have.length(1);
    });
  });

  describe('search and filter', () => {
    it('has its search box and country select in the text size, 44 px high (iOS zooms into a smaller field on focus)', async () => {
      const element = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      for (const selector of ['input[part~="search"]', 'select[part~="country-filter"]']) {
        const field = shadowQuery(element, selector);
        expect(getComputedStyle(field).fontSize, selector).to.equal(getComputedStyle(element).fontSize);
        expect(field.getBoundingClientRect().height, selector).to.be.at.least(44);
      }
    });

    it('sets its text in three sizes and weights (each other one is a font looked up in a frame of its own)', async () => {
      const element = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      const fonts = new Set<string>();
      for (const node of element.shadowRoot!.querySelectorAll('*')) {
        const hasText = [...node.childNodes].some(
          (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim(),
        );
        if (!hasText && !node.matches('input, select')) continue;
        const style = getComputedStyle(node);
        fonts.add(`${style.fontSize} ${style.fontWeight}`);
      }
      expect([...fonts].sort()).to.deep.equal(['14px 400', '16px 400', '16px 700']);
    });

    it('finds cities accent- and case-insensitively; Escape clears the search', async () => {
      const element = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      const input = shadowQuery<HTMLInputElement>(element, 'input[part~="search"]');
      expect(input.labels?.[0]?.textContent).to.include('Search cities');
      input.focus();
      await sendKeys({ type: 'BUDEJOVICE' });
      await element.updateComplete;
      expect(cityNames(element)).to.deep.equal(['České Budějovice']);
      expect(visibleText(element)).to.include('Cities shown: 1 of 17');
      expect(markerCount(element)).to.equal(1);
      // The map's text alternative follows the search.
      expect(mapLabel(element)).to.include('Cities shown: 1 of 17');
      expect(mapLabel(element)).to.include('Czechia: České Budějovice.');
      await expectAccessible(element);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(input.value).to.equal('');
      expect(cityButtons(element)).to.have.length(17);
      expect(markerCount(element)).to.equal(17);
      // Cleared: the status says so, rather than falling silent.
      expect(visibleText(element)).to.include('Cities shown: 17 of 17');
    });

    it('matches other-language names and country names ("Brünn", "hungary")', async () => {
      const element = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      await search(element, 'brünn');
      expect(cityNames(element)).to.deep.equal(['Brno']);
      await search(element, 'hungary');
      expect(cityButtons(element)).to.have.length(3);
    });

    it('lets a country filter go when new data has no city in that country', async () => {
      const element = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      await chooseCountry(element, 'PL');
      const austrian = members.members.filter((member) => member.country === 'AT');
      element.data = { ...members, members: austrian };
      await element.updateComplete;
      expect(shadowQuery<HTMLSelectElement>(element, 'select[part~="country-filter"]').value).to.equal('');
      expect(cityButtons(element)).to.have.length(austrian.length);
      expect(visibleText(element)).not.to.include('No city matches');
    });

    it('filters by country with a labelled select', async () => {
      const element = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      const select = shadowQuery<HTMLSelectElement>(element, 'select[part~="country-filter"]');
      expect(select.labels?.[0]?.textContent).to.include('Country');
      expect(select.options[0].textContent).to.equal('All countries');
      await chooseCountry(element, 'HU');
      expect(groupNames(element)).to.deep.equal(['Hungary']);
      expect(markerCount(element)).to.equal(3);
      expect(mapLabel(element)).to.include('Hungary: Nagykanizsa, Nyíregyháza, Székesfehérvár.');
      expect(visibleText(element)).to.include('Cities shown: 3 of 17');
      // Nothing matches within Hungary; "Show all cities" resets the country too.
      await search(element, 'brno');
      expect(visibleText(element)).to.include('No city matches the search.');
      [...element.shadowRoot!.querySelectorAll('button')]
        .find((b) => b.textContent?.trim() === 'Show all cities')!
        .click();
      await element.updateComplete;
      expect(select.value).to.equal('');
      expect(cityButtons(element)).to.have.length(17);
      expect(markerCount(element)).to.equal(17);
    });

    it('says when nothing matches and offers to show all cities', async () => {
      const element = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      await search(element, 'zzz');
      expect(visibleText(element)).to.include('No city matches the search.');
      expect(visibleText(element)).to.include('Cities shown: 0 of 17');
      // The empty list is gone, from the screen and from screen readers' lists; the map says why it is empty.
      expect(shadowQuery(element, '[part~="list"]').getClientRects()).to.have.length(0);
      expect(mapLabel(element)).to.equal('Map of member cities: Cities shown: 0 of 17. No city matches the search.');
      await expectAccessible(element);
      const showAll = [...element.shadowRoot!.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Show all cities',
      )!;
      showAll.click();
      await element.updateComplete;
      expect(cityButtons(element)).to.have.length(17);
      expect(shadowQuery<HTMLInputElement>(element, 'input[part~="search"]').value).to.equal('');
      expect(element.shadowRoot!.activeElement).to.equal(shadowQuery(element, 'input[part~="search"]'));
    });
  });

  describe('choosing', () => {
    it('emits city-member-select on click and marks the city in the list and on the map', async () => {
      const element = await mapOf(html`<city-member-map lang="en" .data=${members}></city-member-map>`);
      const chosen = new Promise<CustomEvent<MemberSelectDetail>>((resolve) =>
        element.addEventListener('city-member-select', resolve as EventListener, { once: true }),
      );
      button(element, 'Opava').click();
      const event = await chosen;
      expect(event.detail.id).to.equal('opava');
      expect(event.detail.member.joined).to.equal(2004);
      expect(event.bubbles && event.composed).to.equal(true);
      await element.updateComplete;
      expect(element.selected).to.equal('opava');
      expect(element.getAttribute('selected')).to.equal('opava');
      expect(button(element, 'Opava').getAttribute('aria-pressed')).to.equal('true');
      expect(button(element, 'Brno').getAttribute('aria-pressed')).to.equal('false');
      const marker = shadowQuery(element, '.markers path[data-id="opava"]');
      expect(marker.getAttribute('part')).to.include('selected');
      expect(
        [...element.shadowRoot!.querySelectorAll('[part~="marker-label"]')].map((n) => n.textContent),
      ).to.deep.equal(['Opava']);
      await expectAccessible(element);
    });

    it('chooses with the keyboard: Tab into the list, arrows to move, Enter to choose', async () => {
      const element = await mapOf(html`<city-member-map lang="en" view="list" .data=${members}></city-member-map>`);
      const details: string[] = [];
      element.addEventListener('city-member-select', (event) => details.push(event.detail.id));
      shadowQuery(element, 'select[part~="country-filter"]').focus();
      await sendKeys({ press: 'Tab' });
      const active = () => element.shadowRoot!.activeElement as HTMLElement;
      expect(active().querySelector('.city-name')!.textContent).to.equal('Innsbruck');
      await sendKeys({ press: 'ArrowDown' });
      expect(active().querySelector('.city-name')!.textContent).to.equal('Leoben');
      await sendKeys({ press: 'End' });
      expect(active().querySelector('.city-name')!.textContent).to.equal('Trnava');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      expect(details).to.deep.equal(['martin']);
      await element.updateComplete;
      // One tab stop for the list: Tab leaves it, Shift+Tab comes back to the last city focused.
      expect(cityButtons(element).filter((b) => b.tabIndex === 0)).to.have.length(1);
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: ' ' });
      expect(details).to.deep.equal(['martin', 'innsbruck']);
    });

    it('shows the note and website of the chosen city', async () => {
      const data = clone(members);
      data.members[0].url = 'https://www.st-poelten.at/';
      const element = await mapOf(
        html`<city-member-map lang="en" selected="st-poelten" .data=${data}></city-member-map>`,
      );
      expect(visibleText(element)).to.include('Initiated the network');
      const link = shadowQuery<HTMLAnchorElement>(element, '[part~="details"] a');
      expect(link.textContent).to.equal('Website of St. Pölten');
      expect(link.href).to.equal('https://www.st-poelten.at/');
    });
  });

  describe('page width', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('below 600 px the list grows with the page; wider, it scrolls beside the map', async () => {
      await setViewport({ width: 375, height: 700 });
      const data = {
        ...members,
        members: [...members.members, ...members.members.map((m) => ({ ...m, id: `${m.id as string}-2` }))],
      };
      const narrow = await mapOf(html`<city-member-map lang="en" .data=${data}></city-member-map>`);
      const list = shadowQuery(narrow, '[part~="list"]');
      expect(getComputedStyle(list).overflowY).to.equal('visible');
      expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
      // Every city lies within the element's own box: nothing is hidden in an inner scroll area.
      const box = narrow.getBoundingClientRect();
      const last = cityButtons(narrow).at(-1)!.getBoundingClientRect();
      expect(last.bottom).to.be.at.most(box.bottom + 1);
      expect(narrow.scrollWidth).to.be.at.most(375);
      await setViewport({ width: 1200, height: 800 });
      const wide = await mapOf(html`<city-member-map lang="en" style="width:1100px" .data=${data}></city-member-map>`);
      const wideList = shadowQuery(wide, '[part~="list"]');
      expect(getComputedStyle(wideList).overflowY).to.equal('auto');
      expect(wideList.scrollHeight).to.be.greaterThan(wideList.clientHeight);
    });

    it('prints every city of the list, without a scroll box or the controls', async () => {
      await setViewport({ width: 1200, height: 800 });
      const data = {
        ...members,
        members: [...members.members, ...members.members.map((m) => ({ ...m, id: `${m.id as string}-2` }))],
      };
      const element = await mapOf(
        html`<city-member-map lang="en" style="width:1100px" .data=${data}></city-member-map>`,
      );
      await emulateMedia({ media: 'print' });
      try {
        const list = shadowQuery(element, '[part~="list"]');
        expect(getComputedStyle(list).overflowY).to.equal('visible');
        expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
        const box = element.getBoundingClientRect();
        expect(cityButtons(element).at(-1)!.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 1);
        expect(shadowQuery(element, '[part~="search"]').getClientRects()).to.have.length(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
  describe('bad input', () => {
    async function withIssues(data: unknown): Promise<{ element: CityMemberMap; warnings: string }> {
      const warnings = captureWarnings();
      try {
        const element = await mapOf(html`<city-member-map lang="en" editor .data=${data}></city-member-map>`);
        return { element, warnings: warnings.messages.join('\n') };
      } finally {
        warnings.restore();
      }
    }

    const issueText = (element: Element) => {
      const details = shadowQuery<HTMLDetailsElement>(element, 'details[part~="issues"]');
      details.open = true;
      return visibleText(element);
    };

    it('lists a city with missing or out-of-range coordinates without placing it, and says so', async () => {
      const data = clone(members);
      delete data.members[7].lat; // brno
      data.members[8].lon = 181; // opava
      const { element, warnings } = await withIssues(data);
      expect(cityButtons(element)).to.have.length(17);
      expect(button(element, 'Brno').textContent).to.include('not on the map');
      await waitUntil(() => markerCount(element) === 15);
      expect(mapLabel(element)).to.include('Not on the map: Brno, Opava.');
      // A country filter that hides them: the map's words name neither.
      await chooseCountry(element, 'PL');
      expect(mapLabel(element)).not.to.include('Not on the map');
      await chooseCountry(element, '');
      const text = issueText(element);
      expect(text).to.include('Problems in the data: 2');
      expect(text).to.include('members[7].lat');
      expect(text).to.include('members[8].lon');
      expect(warnings).to.include('members[8].lon');
      await expectAccessible(element);
    });

    it('lists the problems of skipped cities first for editors, before cities shown without a place', async () => {
      const data = clone(members);
      for (const member of data.members.slice(0, 9)) delete member.lat;
      delete data.members[16].country;
      const { element, warnings } = await withIssues(data);
      issueText(element);
      const items = Array.from(element.shadowRoot!.querySelectorAll('[part~="issues"] li'), (li) => li.textContent);
      expect(items[0]).to.match(/^members\[16\]\.country: /);
      expect(items.slice(1, 8).every((item) => /^members\[\d\]\.lat: /.test(item ?? ''))).to.equal(true);
      expect(warnings.indexOf('members[16].country')).to.be.below(warnings.indexOf('members[0].lat'));
    });

    it('names every problem of a skipped city at once, not only the one that skipped it', async () => {
      const data = clone(members);
      Object.assign(data.members[16], { country: undefined, lat: 'north', joined: 'soon', url: 'javascript:x' });
      const { element, warnings } = await withIssues(data);
      const text = issueText(element);
      for (const path of ['country', 'lat', 'joined', 'url']) {
        expect(text).to.include(`members[16].${path}:`);
        expect(warnings).to.include(`members[16].${path}:`);
      }
    });

    it('tells readers of skipped cities, not of cities it lists without placing them', async () => {
      const data = clone(members);
      delete data.members[7].lat; // brno: listed, not placed
      const warnings = captureWarnings();
      try {
        const element = await mapOf(html`<city-member-map lang="en" .data=${data}></city-member-map>`);
        expect(button(element, 'Brno').textContent).to.include('not on the map');
        expect(visibleText(element)).not.to.include('Some entries could not be shown.');
        delete data.members[8].country; // opava: skipped
        element.data = clone(data);
        await waitUntil(() => cityButtons(element).length === 16, 'Opava is never skipped');
        expect(visibleText(element)).to.include('Some entries could not be shown.');
      } finally {
        warnings.restore();
      }
    });

    it('names the cities it cannot place under a map without its list', async () => {
      const data = clone(members);
      delete data.members[7].lat; // brno
      const { element } = await withIssues(data);
      expect(visibleText(element)).not.to.include('Not on the map');
      (element as HTMLElement & { view: string }).view = 'map';
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadowQuery(element, '[part~="unplaced"]').textContent?.trim()).to.equal('Not on the map: Brno.');
      expect(mapLabel(element)).to.include('Not on the map: Brno.');
      await expectAccessible(element);
    });

    it('reports an unknown country code and lists the city under the code', async () => {
      const data = clone(members);
      data.members[16].country = 'XX';
      // A code the browser names that is no country (the European Union) is reported all the same.
      data.members[15].country = 'EU';
      const { element } = await withIssues(data);
      expect(groupNames(element)).to.include('XX');
      expect(groupNames(element)).to.include('EU');
      expect(issueText(element)).to.include('members[16].country: unknown country code "XX"');
      expect(issueText(element)).to.include('members[15].country: unknown country code "EU"');
      // Their cities are listed, but the codes count as no country.
      const known = new Set(
        data.members.map((member) => member.country).filter((code) => !['XX', 'EU'].includes(String(code))),
      );
      const counts = shadowQuery(element, '[part~="counts"]').textContent!.trim();
      expect(counts).to.include(`17 cities in ${known.size} countries`);
    });

    it('reports a duplicate id and lists the city once', async () => {
      const data = clone(members);
      data.members.push({ ...data.members[7] });
      const { element } = await withIssues(data);
      expect(cityButtons(element)).to.have.length(17);
      expect(issueText(element)).to.include('members[17].id: duplicate id "brno"');
    });

    it('says so when the list is empty', async () => {
      const element = await mapOf(
        html`<city-member-map lang="en" .data=${{ network: { name: 'X' }, members: [] }}></city-member-map>`,
      );
      expect(visibleText(element)).to.include('No member cities to show.');
      expect(element.shadowRoot!.querySelector('svg')).to.equal(null);
      await expectAccessible(element);
    });

    it('shows the problems when no member is usable', async () => {
      const { element } = await withIssues({ members: [{ id: 'a', city: 'A' }] });
      expect(visibleText(element)).to.include('members[0].country');
    });

    it('warns once about an unknown view and shows both', async () => {
      const warnings = captureWarnings();
      try {
        const element = await mapOf(html`<city-member-map lang="en" view="grid" .data=${members}></city-member-map>`);
        expect(element.shadowRoot!.querySelector('[part~="map"]')).not.to.equal(null);
        expect(element.shadowRoot!.querySelector('[part~="list-panel"]')).not.to.equal(null);
        expect(warnings.messages.join('\n')).to.include('view="grid"');
      } finally {
        warnings.restore();
      }
    });
  });

  it('is accessible in dark theme', async () => {
    const element = await mapOf(html`<city-member-map lang="en" theme="dark" .data=${members}></city-member-map>`);
    await expectAccessible(element);
  });

  it('has no heading-order violation under an h2', async () => {
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<h2>Members</h2>';
    const element = document.createElement('city-member-map') as CityMemberMap;
    element.lang = 'en';
    element.view = 'list';
    element.data = members;
    wrapper.append(element);
    document.body.append(wrapper);
    try {
      await waitUntil(() => element.shadowRoot?.querySelector('[role="heading"]'), 'no headings');
      await expectAccessible(wrapper);
    } finally {
      wrapper.remove();
    }
  });
});
