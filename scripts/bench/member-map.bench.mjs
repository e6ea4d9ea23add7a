// <city-member-map> against dist/member-map.js: first render (list, then the
// map with its outlines) with 34 and 2,000 members, and one search keystroke
// at 2,000 members. Prints medians of several runs.
//   node scripts/build.mjs member-map && node scripts/bench/member-map.bench.mjs
/* global document, customElements, requestAnimationFrame -- in page.evaluate */
import { existsSync } from 'node:fs';
import { median, withPage } from './lib.mjs';

if (!existsSync(new URL('../../dist/member-map.js', import.meta.url))) {
  console.error('dist/member-map.js is missing: run node scripts/build.mjs member-map first.');
  process.exit(1);
}

const runs = 7;
const countries = ['AT', 'CZ', 'DE', 'HU', 'PL', 'SK', 'FR', 'IT', 'RO', 'BG', 'HR', 'AL', 'SI'];
const members = (count) => ({
  network: { name: 'Bench', founded: 1995 },
  members: Array.from({ length: count }, (_, index) => ({
    id: `city-${index}`,
    city: `City ${index}`,
    country: countries[index % countries.length],
    lat: 38 + ((index * 7919) % 1500) / 100,
    lon: -5 + ((index * 104729) % 3000) / 100,
    founding: index % 10 === 0,
    joined: 1995 + (index % 30),
  })),
});

await withPage(async (page, baseUrl) => {
  await page.route(`${baseUrl}/bench.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><body style="width:1100px"><script type="module" src="/dist/member-map.js"></script></body></html>',
    }),
  );
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${baseUrl}/bench.html`);
  await page.waitForFunction(() => customElements.get('city-member-map'));

  // Mounts a map and times until its list is on screen, then until its markers and outlines are.
  const mount = (data) =>
    page.evaluate(async (data) => {
      document.querySelectorAll('city-member-map').forEach((old) => old.remove());
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const element = document.createElement('city-member-map');
      const start = performance.now();
      element.data = data;
      document.body.append(element);
      await element.updateComplete;
      const list = performance.now() - start;
      while (element.shadowRoot.querySelectorAll('.markers path').length < data.members.length ||
        element.shadowRoot.querySelectorAll('.countries path').length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await frame();
      return { list, map: performance.now() - start };
    }, data);

  // One search keystroke: the field goes from `from` to `to`; times the update and the next frame.
  const keystroke = (from, to) =>
    page.evaluate(
      async ([from, to]) => {
        const element = document.querySelector('city-member-map');
        const input = element.shadowRoot.querySelector('input[type="search"]');
        const type = async (value) => {
          input.value = value;
          input.dispatchEvent(new Event('input'));
          await element.updateComplete;
        };
        await type(from);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const start = performance.now();
        await type(to);
        const update = performance.now() - start;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return { update, painted: performance.now() - start };
      },
      [from, to],
    );

  await mount(members(34)); // warm-up: loads the map chunk and the geometry once
  for (const count of [34, 2000]) {
    const data = members(count);
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await mount(data));
    console.log(
      `first render, ${String(count).padStart(5)} members: list ${median(results.map((r) => r.list)).toFixed(1)} ms, ` +
        `map drawn ${median(results.map((r) => r.map)).toFixed(1)} ms (median of ${runs})`,
    );
  }
  for (const [from, to, what] of [
    ['city 1', 'city 19', 'narrowing ("city 1" → "city 19", 1,111 → 111 rows)'],
    ['city 19', '', 'clearing (111 → 2,000 rows)'],
  ]) {
    const keys = [];
    for (let run = 0; run < runs; run++) keys.push(await keystroke(from, to));
    console.log(
      `search keystroke, 2000 members, ${what}: update ${median(keys.map((k) => k.update)).toFixed(1)} ms, ` +
        `to next frame ${median(keys.map((k) => k.painted)).toFixed(1)} ms (median of ${runs})`,
    );
  }
});
