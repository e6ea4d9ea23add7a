// <city-conference-timeline> against dist/conference-timeline.js: for 1,000
// and 10,000 conferences, the median time from setting `.data` to the frame
// after the list stopped growing (the widget renders what is near the
// viewport, a step per task), against the time the browser takes for the
// same markup as static HTML (the widget's own markup and styles, set with
// innerHTML into a shadow root, to the next frame), and their ratio; and how
// many entries and elements the widget put on the page. Long tasks with the
// CPU slowed: conference-timeline-throttled.mjs.
// Both lists use the widget's CSS, so years off screen skip layout in both
// (content-visibility: auto).
//   node scripts/build.mjs conference-timeline && node scripts/bench/conference-timeline.bench.mjs
/* global document, customElements, requestAnimationFrame -- in page.evaluate */
import { existsSync } from 'node:fs';
import { median, withPage } from './lib.mjs';

if (!existsSync(new URL('../../dist/conference-timeline.js', import.meta.url))) {
  console.error('dist/conference-timeline.js is missing: run node scripts/build.mjs conference-timeline first.');
  process.exit(1);
}

const runs = 9;
const countries = ['AT', 'CZ', 'DE', 'HU', 'PL', 'SK', 'FR', 'IT', 'RO', 'BG', 'HR', 'AL', 'SI'];
const seasons = ['spring', 'summer', 'autumn', 'winter'];
const conferences = (count) => ({
  network: {
    name: {
      cs: 'Kooperační síť evropských měst střední velikosti',
      en: 'Cooperation Network of European Medium-Sized Cities',
    },
    founded: 1995,
  },
  conferences: Array.from({ length: count }, (_, index) => ({
    year: 1990 + (index % 40),
    season: seasons[index % 4],
    city: index % 3 ? `City ${index}` : { cs: `Město ${index}`, de: `Stadt ${index}`, en: `City ${index}` },
    country: countries[index % countries.length],
    topic: {
      cs: `Téma číslo ${index}: odpadové hospodářství a doprava ve městech`,
      en: `Topic number ${index}: waste management and transport in cities`,
    },
    ...(index % 10 === 0 ? { url: `https://example.org/conference/${index}` } : {}),
  })),
});

await withPage(async (page, baseUrl) => {
  await page.route(`${baseUrl}/bench.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><body style="width:900px;margin:0"><script type="module" src="/dist/conference-timeline.js"></script></body></html>',
    }),
  );
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${baseUrl}/bench.html`);
  await page.waitForFunction(() => customElements.get('city-conference-timeline'));
  if (process.env.LAYOUT) await page.evaluate((layout) => (globalThis.benchLayout = layout), process.env.LAYOUT);

  // The widget: a connected element gets its data; timed to the list rendered and laid out.
  const widget = (data) =>
    page.evaluate(async (data) => {
      document.body.replaceChildren();
      const element = document.createElement('city-conference-timeline');
      element.setAttribute('now', '2026-01-01');
      if (globalThis.benchLayout) element.setAttribute('layout', globalThis.benchLayout);
      // Connected first, so the time is that of setting the data, not of upgrading the element.
      element.reload = () => undefined;
      document.body.append(element);
      await element.updateComplete;
      delete element.reload;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const start = performance.now();
      element.data = data;
      await element.updateComplete;
      const script = performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      // Long lists render in steps, as far as the viewport: time to the frame after the last step.
      const rendered = () => element.shadowRoot.querySelectorAll('li[part~="conference"]').length;
      while (!rendered() && performance.now() - start < 60000) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      }
      let time = performance.now() - start;
      for (let last = -1; rendered() !== last && performance.now() - start < 60000;) {
        last = rendered();
        time = performance.now() - start;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      }
      const entries = rendered();
      const elements = element.shadowRoot.querySelectorAll('*').length;
      // The same markup without Lit's comment markers, for the static run.
      const markup = element.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      return { time, script, entries, elements, markup };
    }, data);

  // The same list as static HTML, with the widget's styles, in a shadow root of the same width.
  const staticHtml = (markup) =>
    page.evaluate(async (markup) => {
      // The widget's sheets, those of its list included (they load with the list's code).
      const sheets = [...document.querySelector('city-conference-timeline').shadowRoot.adoptedStyleSheets];
      document.body.replaceChildren();
      const host = document.createElement('div');
      host.style.display = 'block';
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      document.body.append(host);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const start = performance.now();
      root.innerHTML = markup;
      const parse = performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return { time: performance.now() - start, parse };
    }, markup);

  await widget(conferences(200)); // warm-up: JIT, Intl caches
  for (const count of [1000, 10000]) {
    const data = conferences(count);
    const widgetTimes = [];
    const staticTimes = [];
    const scriptTimes = [];
    const parseTimes = [];
    let markup = '';
    let entries = 0;
    let elements = 0;
    for (let run = 0; run < runs; run++) {
      const result = await widget(data);
      widgetTimes.push(result.time);
      scriptTimes.push(result.script);
      markup = result.markup;
      entries = result.entries;
      elements = result.elements;
      const plain = await staticHtml(markup);
      staticTimes.push(plain.time);
      parseTimes.push(plain.parse);
    }
    if (!entries) throw new Error(`rendered none of ${count} conferences`);
    const widgetMedian = median(widgetTimes);
    const staticMedian = median(staticTimes);
    console.log(
      `${String(count).padStart(6)} conferences: widget ${widgetMedian.toFixed(1)} ms, static HTML ${staticMedian.toFixed(1)} ms, ` +
        `ratio ${(widgetMedian / staticMedian).toFixed(2)} (medians of ${runs}; data set to the list painted as far as it grows: ` +
        `${entries.toLocaleString('en')} entries, ${elements.toLocaleString('en')} elements)`,
    );
    console.log(
      `${' '.repeat(6)}                of which: widget check + render ${median(scriptTimes).toFixed(1)} ms, static HTML parse ${median(parseTimes).toFixed(1)} ms; the rest is style, layout and paint`,
    );
  }
});
