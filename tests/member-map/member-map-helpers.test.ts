import { expect } from '@open-wc/testing';
import { checkMembers } from '../../src/member-map/member-map.data.js';
import { isKnownCountry } from '../../src/core/data/countries.js';
import type { Member } from '../../src/member-map/member-map.data.js';
import { bucketing, deriveView, groupMembers, indexGroups } from '../../src/member-map/member-list.js';
import { filterGroups } from '../../src/member-map/member-filter.js';
import { runToEnd } from '../../src/core/paced.js';
import {
  extendBounds,
  fit,
  markerPath,
  pathOfRings,
  project,
  squareBySquare,
} from '../../src/member-map/projection.js';
import type { Bounds } from '../../src/member-map/projection.js';
import { defaultGeometryUrl, loadGeometry } from '../../src/member-map/member-map.assets.js';
import { labelPlacements, mapLayout, markerSets, memberAt } from '../../src/member-map/member-map.layout.js';
import { intlMade } from '../helpers.js';

const member = (id: string, city: Member['city'], country: string, lat?: number, lon?: number): Member => ({
  id,
  city,
  country,
  lat,
  lon,
  founding: false,
});

describe('member-map helpers', () => {
  describe('checkMembers', () => {
    it('accepts the reference data with no problems', async () => {
      const json = (await (await fetch('/tests/fixtures/members.json')).json()) as unknown;
      const checked = checkMembers(json);
      expect(checked.issues).to.deep.equal([]);
      expect(checked.value!.members).to.have.length(17);
      expect(checked.value!.network.memberCount).to.equal(34);
      expect(checked.value!.members.filter((entry) => entry.founding)).to.have.length(8);
    });

    it('rejects a document whose members is not a list', () => {
      const checked = checkMembers({ network: { name: 'X' }, members: {} });
      expect(checked.value).to.equal(undefined);
      expect(checked.issues[0]).to.deep.equal({ path: 'members', message: 'expected a list, got an object' });
      expect(checkMembers('nope').value).to.equal(undefined);
    });

    it('keeps a member with bad coordinates unplaced and reports each coordinate', () => {
      const checked = checkMembers({
        network: { name: 'X', founded: 1995 },
        members: [
          { id: 'a', city: 'A', country: 'CZ', lat: 'x', lon: 16 },
          { id: 'b', city: 'B', country: 'CZ', lat: 49, lon: -100 },
          { id: 'c', city: 'C', country: 'CZ', lat: 49, lon: 16 },
        ],
      });
      const [a, b, c] = checked.value!.members;
      expect([a.lat, a.lon, b.lat, b.lon]).to.deep.equal([undefined, undefined, undefined, undefined]);
      expect([c.lat, c.lon]).to.deep.equal([49, 16]);
      expect(checked.issues.map((issue) => issue.path)).to.deep.equal(['members[0].lat', 'members[1].lon']);
      expect(checked.issues[1].message).to.include('expected a longitude from -32 to 70');
      expect(checked.issues[1].message).to.include('not placed on the map');
    });

    it('skips a duplicate id (case-insensitive) and members without id, city or country', () => {
      const checked = checkMembers({
        network: { name: 'X', founded: 1995 },
        members: [
          { id: 'brno', city: 'Brno', country: 'CZ', lat: 49, lon: 16 },
          { id: 'BRNO', city: 'Brno again', country: 'CZ', lat: 49, lon: 16 },
          { city: 'No id', country: 'CZ', lat: 49, lon: 16 },
          { id: 'x', country: 'CZ', lat: 49, lon: 16 },
          { id: 'y', city: 'Y', lat: 49, lon: 16 },
        ],
      });
      expect(checked.value!.members.map((entry) => entry.id)).to.deep.equal(['brno']);
      expect(checked.issues.map((issue) => issue.path)).to.deep.equal([
        'members[1].id',
        'members[2].id',
        'members[3].city',
        'members[4].country',
      ]);
      expect(checked.issues[0].message).to.equal(
        'duplicate id "BRNO" (first used by members[0]); this entry is skipped',
      );
    });

    it('reports unknown and malformed country codes but keeps the city (a code in lower case read as meant)', () => {
      const checked = checkMembers({
        network: { name: 'X', founded: 1995 },
        members: [
          { id: 'a', city: 'A', country: 'XX', lat: 49, lon: 16 },
          { id: 'b', city: 'B', country: 'cz', lat: 49, lon: 16 },
        ],
      });
      expect(checked.value!.members.map((entry) => entry.country)).to.deep.equal(['XX', 'CZ']);
      expect(checked.issues.map((issue) => issue.path)).to.deep.equal(['members[0].country', 'members[1].country']);
      expect(isKnownCountry('CZ')).to.equal(true);
      expect(isKnownCountry('XX')).to.equal(false);
    });

    it('drops network totals smaller than what is listed', () => {
      const checked = checkMembers({
        network: { name: 'X', founded: 1995, memberCount: 1, countryCount: 1 },
        members: [
          { id: 'a', city: 'A', country: 'CZ', lat: 49, lon: 16 },
          { id: 'b', city: 'B', country: 'SK', lat: 49, lon: 18 },
        ],
      });
      expect(checked.value!.network.memberCount).to.equal(undefined);
      expect(checked.value!.network.countryCount).to.equal(undefined);
      expect(checked.issues.map((issue) => issue.path)).to.deep.equal(['network.memberCount', 'network.countryCount']);
    });

    it('keeps optional fields and drops an unsafe url', () => {
      const checked = checkMembers({
        network: { name: 'X', founded: 1995 },
        members: [
          {
            id: 7,
            city: { cs: 'Brno', de: 'Brünn' },
            country: 'CZ',
            lat: 49,
            lon: 16,
            founding: true,
            joined: 1995,
            url: 'javascript:alert(1)',
            note: 'n',
          },
        ],
      });
      const [brno] = checked.value!.members;
      expect(brno).to.deep.include({ id: '7', founding: true, joined: 1995, url: undefined, note: 'n' });
      expect(checked.issues.map((issue) => issue.path)).to.deep.equal(['members[0].url']);
    });
  });

  describe('groupMembers and filterGroups', () => {
    const list = [
      member('brno', { cs: 'Brno', de: 'Brünn' }, 'CZ', 49.2, 16.6),
      member('cb', 'České Budějovice', 'CZ', 49, 14.5),
      member('chomutov', 'Chomutov', 'CZ', 50.5, 13.4),
      member('hodonin', 'Hodonín', 'CZ', 48.8, 17.1),
      member('trnava', 'Trnava', 'SK', 48.4, 17.6),
      member('szf', 'Székesfehérvár', 'HU', 47.2, 18.4),
      member('jena', 'Jena', 'DE', 50.9, 11.6),
    ];

    it('sorts countries and cities with the locale collation', () => {
      const cs = groupMembers(list, 'cs');
      expect(cs.map((group) => group.name)).to.deep.equal(['Česko', 'Maďarsko', 'Německo', 'Slovensko']);
      // Czech: C < Č < H < CH (ch sorts after h).
      expect(cs[0].members.map((entry) => entry.name)).to.deep.equal([
        'Brno',
        'České Budějovice',
        'Hodonín',
        'Chomutov',
      ]);
      const en = groupMembers(list, 'en');
      expect(en.map((group) => group.name)).to.deep.equal(['Czechia', 'Germany', 'Hungary', 'Slovakia']);
      expect(en[0].members.map((entry) => entry.name)).to.deep.equal([
        'Brno',
        'České Budějovice',
        'Chomutov',
        'Hodonín',
      ]);
    });

    it('sorts from its tables, with no Intl.Collator, except in a language they do not hold', async () => {
      // A page's first collator is one call of 50–100 ms on a slow phone.
      let hungarian: string[] = [];
      const made = await intlMade('Collator', () => {
        for (const locale of ['cs', 'en', 'pl']) groupMembers(list, locale);
        hungarian = groupMembers(list, 'hu').map((group) => group.name);
      });
      expect(made).to.deep.equal(['hu']);
      expect(hungarian).to.deep.equal(['Csehország', 'Magyarország', 'Németország', 'Szlovákia']);
    });

    it('keeps the set of shown members when the groups come named (the drawn markers are cached on it)', () => {
      const model = { network: {}, members: list };
      const unnamed = deriveView(undefined, model, 'en', '', '', false);
      const named = deriveView(unnamed, model, 'en', '', '', true);
      expect([unnamed.named, named.named]).to.deep.equal([false, true]);
      expect(named.shown).to.equal(unnamed.shown);
      const filtered = deriveView(named, model, 'en', 'brno', '', true);
      expect([...filtered.shown].map((entry) => entry.id)).to.deep.equal(['brno']);
      expect(deriveView(filtered, { ...model }, 'en', '', '', true).shown.size).to.equal(list.length);
    });

    it('indexes the members by lower-case id while grouping them, in the same steps', () => {
      const steps = bucketing([...list, member('Opava', 'Opava', 'CZ', 49.9, 17.9)], 'de');
      const buckets = runToEnd(steps);
      const index = indexGroups(buckets);
      expect(indexGroups(buckets)).to.equal(index);
      expect([...index.keys()]).to.have.members([...list.map((entry) => entry.id), 'opava']);
      const { member: found, name } = index.get('brno')!;
      expect([found.id, name, found.country]).to.deep.equal(['brno', 'Brünn', 'CZ']);
      // The index holds the list's own entries, not copies of them.
      expect(buckets.flatMap((group) => group.members)).to.include(index.get('brno'));
      expect(index.get('opava')?.member.id).to.equal('Opava');
    });

    it('filters accent- and case-insensitively, by every name and the country, with several words', () => {
      const groups = groupMembers(list, 'en');
      const names = (query: string, country = '') =>
        filterGroups(groups, query, country).flatMap((group) => group.members.map((entry) => entry.name));
      expect(names('SZEKES')).to.deep.equal(['Székesfehérvár']);
      expect(names('brunn')).to.deep.equal(['Brno']);
      expect(names('czechia ho')).to.deep.equal(['Chomutov', 'Hodonín']);
      expect(names('', 'SK')).to.deep.equal(['Trnava']);
      expect(names('brno', 'SK')).to.deep.equal([]);
      expect(filterGroups(groups, '  ', '')).to.deep.equal(groups);
      // Letters with no accent to strip, as a reader types them without one.
      const polish = groupMembers([...list, member('lodz', 'Łódź', 'PL', 51.8, 19.5)], 'en');
      expect(
        filterGroups(polish, 'LODZ', '').flatMap((group) => group.members.map((entry) => entry.name)),
      ).to.deep.equal(['Łódź']);
    });
  });

  describe('projection', () => {
    it('is the Lambert conformal conic of Europe: north up, east right, kilometres', () => {
      const [brnoX, brnoY] = project(16.61, 49.2);
      const [pragueX, pragueY] = project(14.42, 50.09);
      expect(brnoX).to.be.greaterThan(pragueX);
      expect(brnoY).to.be.greaterThan(pragueY);
      // Prague–Brno is about 185 km; a conformal projection keeps that within a few per cent here.
      expect(Math.hypot(brnoX - pragueX, brnoY - pragueY)).to.be.within(175, 195);
      expect(project(10, 52).map(Math.round)).to.deep.equal([0, 0]);
    });

    it('fits the members, padded and at least 120 km wide, inside the margins', () => {
      const points = [project(-9.1, 38.7), project(24.9, 60.2), project(23.3, 42.7)];
      const bounds = points.reduce<Bounds | undefined>((box, [x, y]) => extendBounds(box, x, y), undefined)!;
      expect(bounds).to.deep.equal({
        x0: Math.min(...points.map(([x]) => x)),
        x1: Math.max(...points.map(([x]) => x)),
        y0: Math.min(...points.map(([, y]) => y)),
        y1: Math.max(...points.map(([, y]) => y)),
      });
      const { k, dx, dy } = fit(bounds, 600, 400, 20);
      for (const [x, y] of points) {
        expect(x * k + dx).to.be.within(20, 580);
        expect(y * k + dy).to.be.within(20, 380);
      }
      const one = fit(extendBounds(undefined, ...project(16, 49)), 600, 400, 20);
      expect(400 / one.k).to.be.greaterThan(120);
      expect(600 / one.k).to.be.lessThan(300);
    });

    it('lays out members per list and size, unplaced ones named apart', () => {
      const groups = groupMembers(
        [member('a', 'A', 'CZ', 49, 16), member('b', 'B', 'CZ', 50, 17), member('c', 'C', 'CZ')],
        'en',
      );
      const layout = mapLayout(groups, 300, 200, 16);
      expect(mapLayout(groups, 300, 200, 16)).to.equal(layout);
      expect(mapLayout(groups, 400, 200, 16)).not.to.equal(layout);
      expect(layout.placed.map((entry) => entry.key)).to.deep.equal(['a', 'b']);
      expect(layout.unplaced).to.deep.equal(['C']);
      const [a] = layout.placed;
      expect(memberAt(layout, new Set([a.member]), a.x + 2, a.y - 2)).to.equal(a.member);
      expect(memberAt(layout, new Set(), a.x, a.y)).to.equal(undefined);
      expect(memberAt(layout, new Set([a.member]), a.x + 100, a.y)).to.equal(undefined);
    });

    it('draws every shown marker of a kind in one path (per 500 markers)', () => {
      const list = Array.from({ length: 1250 }, (_, index) => ({
        ...member(`m${index}`, `M${index}`, 'CZ', 48 + (index % 30) / 10, 13 + index / 250),
        founding: index % 10 === 0,
      }));
      const groups = groupMembers(list, 'en');
      const layout = mapLayout(groups, 600, 400, 16);
      const sets = markerSets(layout, new Set(list.slice(0, 500)), 'm1');
      expect(sets.count).to.equal(1);
      const first = sets.chunk(0);
      expect(first.map((set) => set.parts).sort()).to.deep.equal(['marker', 'marker founding', 'marker highlighted']);
      expect(first.find((set) => set.parts === 'marker')!.d.match(/M/g)).to.have.length(449);
      // 1,250 markers come in three steps of at most 500, which together draw each marker once.
      const all = markerSets(layout, new Set(list), '');
      expect(all.count).to.equal(3);
      const counts = [0, 1, 2].map((step) =>
        all.chunk(step).reduce((sum, set) => sum + set.d.split('M').length - 1, 0),
      );
      expect(counts).to.deep.equal([500, 500, 250]);
    });

    it('orders points a 256-pixel square at a time, every other row of squares from the right', () => {
      const at = (x: number, y: number) => ({ x, y });
      const points = [at(700, 300), at(10, 10), at(600, 10), at(300, 20), at(20, 300), at(-5, -5), at(900, 600)];
      // Squares in a 768-pixel-wide map: row 0 left to right, row 1 right to left, then row 2.
      expect(squareBySquare(points, 768)).to.deep.equal([
        at(10, 10),
        at(-5, -5),
        at(300, 20),
        at(600, 10),
        at(700, 300),
        at(20, 300),
        at(900, 600),
      ]);
    });

    it('draws each step of thousands of markers in one part of the map, not spread over all of it', () => {
      // 5,000 members spread evenly over the map, listed in an order unrelated to where they are.
      const list = Array.from({ length: 5000 }, (_, index) =>
        member(`m${index}`, `M${index}`, 'CZ', 48 + ((index * 7919) % 500) / 100, 12 + ((index * 104729) % 1000) / 100),
      );
      const layout = mapLayout(groupMembers(list, 'en'), 1200, 800, 16);
      const sets = markerSets(layout, new Set(list), '');
      expect(sets.count).to.equal(10);
      for (const step of [0, 4, 9]) {
        const xs: number[] = [];
        const ys: number[] = [];
        for (const { d } of sets.chunk(step)) {
          for (const [, x, y] of d.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)) {
            xs.push(Number(x));
            ys.push(Number(y));
          }
        }
        expect(xs).to.have.length(500);
        const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
        expect(area, `step ${step}`).to.be.below((1200 * 800) / 3);
      }
    });

    it('draws circles and diamonds', () => {
      expect(markerPath(10, 10, 5, true)).to.equal('M10 3.2l6.8 6.8l-6.8 6.8l-6.8 -6.8z');
      expect(markerPath(10, 10, 5, false)).to.equal('M5 10a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z');
    });

    it('writes rings as whole kilometres with relative steps, leaving out rings that round to nothing', () => {
      const d = pathOfRings([
        [
          [10, 52],
          [11, 52],
          [11, 53],
          [10, 52],
        ],
        [
          [10, 52],
          [10.000001, 52],
          [10, 52],
        ],
      ]);
      expect(d.match(/M/g), 'one ring').to.have.length(1);
      const steps = d.slice('M0 0l'.length, -1).replace(/-/g, ' -').trim().split(/ +/).map(Number);
      expect(d.startsWith('M0 0l') && d.endsWith('z')).to.equal(true);
      // Three steps that come back to the start: 1° east (about 68 km at 52° N), 1° north, back.
      expect(steps).to.have.length(6);
      expect(steps[0]).to.be.within(60, 75);
      expect(steps.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b)).to.equal(0);
    });
  });

  describe('geometry asset', () => {
    it('sits next to the module and holds Europe, projected, with alpha-2 ids', async () => {
      expect(defaultGeometryUrl()).to.match(/\/src\/member-map\/europe\.paths\.json$/);
      const outlines = await loadGeometry(defaultGeometryUrl());
      const ids = outlines.map((country) => country.id);
      for (const code of ['CZ', 'AT', 'DE', 'HU', 'PL', 'SK', 'FR', 'IT', 'RO', 'BG', 'HR', 'AL', 'SI', 'XK', 'MT']) {
        expect(ids).to.include(code);
      }
      expect(ids).not.to.include('US');
      expect(outlines.find((country) => country.id === 'CZ')!.d).to.match(/^M-?\d+ -?\d+l/);
    });
  });

  describe('labelPlacements', () => {
    const at = (key: string, x: number, y: number, name = key) => ({ member: { id: key }, key, name, x, y });
    it('puts a name right of its marker, then left, and leaves out one that fits nowhere', () => {
      const placed = labelPlacements(
        [at('a', 100, 100, 'Alpha'), at('b', 100, 108, 'Beta'), at('c', 100, 116, 'Gamma')],
        undefined,
        400,
        16,
        5,
      );
      const byKey = new Map(placed.map((label) => [label.key, label]));
      expect(byKey.get('a')!.anchor).to.equal('start');
      expect(byKey.get('b')!.anchor).to.equal('end');
      expect(byKey.has('c')).to.equal(false);
    });
    it("does not cover another city's marker", () => {
      const placed = labelPlacements([at('a', 100, 100, 'Alphaville'), at('b', 130, 100, 'B')], undefined, 400, 16, 5);
      expect(placed.find((label) => label.key === 'a')!.anchor).to.equal('end');
    });
    it('always names the chosen city, drawn last', () => {
      const placed = labelPlacements([at('a', 100, 100), at('b', 101, 100)], 'b', 400, 16, 5);
      expect(placed[placed.length - 1].key).to.equal('b');
    });
    it("cuts the chosen city's name at the map's edge when it is longer than either side has room for", () => {
      const long = 'Municipality of the Metropolitan Area of the Capital City of a Long-Named Region of Europe';
      const [label] = labelPlacements([at('a', 100, 100, long)], 'a', 320, 16, 5);
      expect(label.anchor).to.equal('start');
      expect(label.name.endsWith('…')).to.equal(true);
      expect(label.x + label.name.length * 16 * 0.55).to.be.at.most(320);
      const [left] = labelPlacements([at('b', 250, 100, long)], 'b', 320, 16, 5);
      expect(left.anchor).to.equal('end');
      expect(left.x - left.name.length * 16 * 0.55).to.be.at.least(0);
      const [short] = labelPlacements([at('c', 100, 100, 'Brno')], 'c', 320, 16, 5);
      expect(short.name).to.equal('Brno');
    });
    it('puts names near the right edge on the left', () => {
      const [label] = labelPlacements([at('a', 390, 100, 'Edge')], undefined, 400, 16, 5);
      expect(label.anchor).to.equal('end');
      expect(label.x).to.be.below(390);
    });
  });
});
