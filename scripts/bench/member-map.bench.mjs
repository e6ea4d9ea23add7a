// <city-member-map> against dist/member-map.js: first render (list, then the
// map with its outlines and every marker) with 34, 2,000 and 10,000 members,
// the longest task and the node count while 10,000 members render (with
// marker-labels too), and search keystrokes at 2,000 and 10,000 members.
// The list renders as far as the reader has come: "rows" is how many are
// rendered when the map is whole. Prints medians of several runs.
//   node scripts/build.mjs member-map && node scripts/bench/member-map.bench.mjs
/* global window, document, customElements, requestAnimationFrame -- in page.evaluate */
import { existsSync } from 'node:fs';
import { median, withPage } from './lib.mjs';

if (!existsSync(new URL('../../dist/member-map.js', import.meta.url))) {
  console.error('dist/member-map.js is missing: run node scripts/build.mjs member-map first.');
  process.exit(1);
}

const runs = Number(process.env.RUNS ?? 5);
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
  // The data lives in the page, so that handing it over is not timed.
  const prepare = (data) => page.evaluate((data) => (window.benchData = data), data);

  // Mounts a map and times until its list is on screen, until all its rows are and until
  // its markers and outlines are; records the longest task meanwhile and the nodes after.
  const mount = (labels) =>
    page.evaluate(async (labels) => {
      const data = window.benchData;
      document.querySelectorAll('city-member-map').forEach((old) => old.remove());
      const tasks = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
      observer.observe({ type: 'longtask' });
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const element = document.createElement('city-member-map');
      if (labels) element.setAttribute('marker-labels', '');
      const start = performance.now();
      element.data = data;
      document.body.append(element);
      const root = () => element.shadowRoot;
      const count = (selector) => root()?.querySelectorAll(selector).length ?? 0;
      const markers = () =>
        [...root().querySelectorAll('.markers path:not([data-id])')].reduce((sum, set) => sum + set.getAttribute('d').split('M').length - 1, 0);
      let list, map;
      const shown = Math.min(data.members.length, 10000);
      while (list === undefined || map === undefined) {
        const now = performance.now() - start;
        if (list === undefined && count('button[part~="city"]') > 0) list = now;
        if (map === undefined && count('.countries path') > 0 && markers() === shown) map = now;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 500));
      observer.disconnect();
      return { list, rows: count('button[part~="city"]'), map, longest: Math.max(0, ...tasks), nodes: count('*') };
    }, labels);

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
        await new Promise((resolve) => setTimeout(resolve, 300));
        const start = performance.now();
        await type(to);
        const update = performance.now() - start;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return { update, painted: performance.now() - start };
      },
      [from, to],
    );

  const ms = (values) => `${median(values).toFixed(0)} ms`;
  await prepare(members(34));
  await mount(false); // warm-up: loads the map chunk and the geometry once
  for (const [count, labels] of [
    [34, false],
    [2000, false],
    [10000, false],
    [10000, true],
  ]) {
    await prepare(members(count));
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await mount(labels));
    console.log(
      `${String(count).padStart(5)} members${labels ? ' + marker-labels' : ''}: first rows ${ms(results.map((r) => r.list))}, ` +
        `map drawn ${ms(results.map((r) => r.map))} (${median(results.map((r) => r.rows))} rows rendered), ` +
        `longest task ${ms(results.map((r) => r.longest))}, ${median(results.map((r) => r.nodes))} elements (median of ${runs})`,
    );
  }
  for (const [count, from, to, what] of [
    [2000, 'city 1', 'city 19', 'narrowing ("city 1" → "city 19", 1,111 → 111 rows)'],
    [2000, 'city 19', '', 'clearing (111 → 2,000 rows, first step)'],
    [10000, 'city 1', 'city 19', 'narrowing (1,111 → 111 rows)'],
  ]) {
    await prepare(members(count));
    await mount(false);
    const keys = [];
    for (let run = 0; run < runs; run++) keys.push(await keystroke(from, to));
    console.log(
      `search keystroke, ${count} members, ${what}: update ${ms(keys.map((k) => k.update))}, ` +
        `to next frame ${ms(keys.map((k) => k.painted))} (median of ${runs})`,
    );
  }
});
