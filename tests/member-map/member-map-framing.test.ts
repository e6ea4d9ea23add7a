import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/member-map/member-map.js';
import type { CityMemberMap } from '../../src/member-map/member-map.js';
import { shadowQuery, visibleText } from '../helpers.js';
import {
  cityNames,
  mapOf,
  markerBox,
  markerCount,
  outlinesLoaded,
  referenceMembers,
} from './member-map-test-helpers.js';

/* How the map frames its cities in a narrow box at large text, and how it says it has loaded. */

/** Three cities of South Moravia and South Bohemia, about 190 km apart east to west. */
const czech = {
  network: { name: 'Czech towns' },
  members: [
    { id: 'ceske-budejovice', city: 'České Budějovice', country: 'CZ', lat: 48.9747, lon: 14.4749 },
    { id: 'brno', city: 'Brno', country: 'CZ', lat: 49.1951, lon: 16.6068 },
    { id: 'hodonin', city: 'Hodonín', country: 'CZ', lat: 48.8489, lon: 17.1324 },
  ],
};

/** The centres of the named cities' markers on screen. */
async function centres(element: CityMemberMap, names: string[]): Promise<{ x: number; y: number }[]> {
  const points = [];
  for (const name of names) {
    const box = await markerBox(element, name);
    points.push({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  }
  return points;
}

/** A map at 320 px wide with 32 px text (200 % zoom of a phone page). */
async function narrow(data: unknown): Promise<CityMemberMap> {
  await setViewport({ width: 320, height: 640 });
  const element = await mapOf(html`<city-member-map lang="en" style="font-size:32px" .data=${data}></city-member-map>`);
  await outlinesLoaded(element);
  return element;
}

describe('<city-member-map> framing', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('spreads a regional network over most of a narrow map', async () => {
    const element = await narrow(czech);
    const svg = shadowQuery(element, 'svg[part~="map-svg"]').getBoundingClientRect();
    const xs = (await centres(element, ['České Budějovice', 'Brno', 'Hodonín'])).map(({ x }) => x);
    const spread = Math.max(...xs) - Math.min(...xs);
    expect(spread / svg.width, `markers span ${spread} of ${svg.width} px`).to.be.above(0.4);
    for (const x of xs) expect(x).to.be.within(svg.left, svg.right);
  });

  it('keeps every city of a network across Europe inside the narrow map, and one city not zoomed to a point', async () => {
    const members = await referenceMembers();
    const element = await narrow(members);
    expect(markerCount(element)).to.equal(17);
    const svg = shadowQuery(element, 'svg[part~="map-svg"]').getBoundingClientRect();
    for (const name of cityNames(element)) {
      const box = await markerBox(element, name!);
      expect(box.left, name!).to.be.at.least(svg.left);
      expect(box.right, name!).to.be.at.most(svg.right);
      expect(box.top, name!).to.be.at.least(svg.top);
      expect(box.bottom, name!).to.be.at.most(svg.bottom);
    }
    // One city: the map shows land around it (its country's outline is far wider than its marker).
    const one = await narrow({ ...czech, members: czech.members.slice(1, 2) });
    const marker = await markerBox(one, 'Brno');
    const country = shadowQuery(one, '.countries path.member-country').getBoundingClientRect();
    expect(country.width).to.be.above(marker.width * 4);
  });
});

describe('<city-member-map> height', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('is at most as tall as the widget is wide by default; a height the page sets wins', async () => {
    // 26em at 32 px text was an 830 px strip in a 320 px column, the cities in a band across it.
    const element = await narrow(czech);
    const map = shadowQuery(element, '[part~="map"]').getBoundingClientRect();
    expect(map.height, `${map.width} × ${map.height}`).to.be.at.most(element.getBoundingClientRect().width);
    expect(map.height).to.be.above(200);
    element.setAttribute('height', '700px');
    await element.updateComplete;
    expect(shadowQuery(element, '[part~="map"]').getBoundingClientRect().height).to.be.closeTo(700, 2);
  });

  it('keeps 26em in a wide column', async () => {
    await setViewport({ width: 800, height: 600 });
    const element = await mapOf(html`<city-member-map lang="en" .data=${czech}></city-member-map>`);
    await outlinesLoaded(element);
    const fontSize = parseFloat(getComputedStyle(shadowQuery(element, '[part~="map"]')).fontSize);
    expect(shadowQuery(element, '[part~="map"]').getBoundingClientRect().height).to.be.closeTo(26 * fontSize, 2);
  });
});

describe('<city-member-map> loading the map', () => {
  it('is busy while its outlines load, and says so; then not busy, with nothing left to say', async () => {
    const outlines = JSON.stringify({ type: 'CountryPaths', countries: [['CZ', 'M0 0l300 0 0 300-300 0z']] });
    const element = await mapOf(
      html`<city-member-map
        lang="en"
        geometry-src=${`/api/data/slow?ms=1500&body=${encodeURIComponent(outlines)}`}
        .data=${czech}
      ></city-member-map>`,
    );
    const map = shadowQuery(element, '[part~="map"]');
    expect(map.getAttribute('aria-busy')).to.equal('true');
    expect(visibleText(element)).to.include('Loading the map…');
    await waitUntil(() => map.getAttribute('aria-busy') === 'false', 'the map stayed busy', { timeout: 5000 });
    expect(visibleText(element)).not.to.include('Loading the map');
    expect(element.shadowRoot!.querySelectorAll('.countries path')).to.have.length(1);
    expect(markerCount(element)).to.equal(3);
  });
});
