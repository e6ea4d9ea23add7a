// Pages for the peer comparisons: a fresh browser context each (cold cache),
// the CPU slowed 4× through CDP (a mid-range phone), generated data served on
// /bench-data/*, and every request off this machine refused and counted.
/* global document, customElements, window -- inside page.evaluate / waitForFunction */
import { setTimeout as sleep } from 'node:timers/promises';

export const cpuSlowdown = 4;

/**
 * Opens `path` on `baseUrl` in a throttled page. `data` maps names to JSON
 * answered at /bench-data/<name>.json. Resolves to { page, offsite, close }.
 */
export async function openThrottled(browser, baseUrl, path, data = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const offsite = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== baseUrl) {
      offsite.push(url.href);
      return route.abort();
    }
    const name = url.pathname.match(/^\/bench-data\/([\w-]+)\.json$/)?.[1];
    if (name && name in data)
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(data[name]) });
    return route.continue();
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (path) await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
  return { page, cdp, offsite, close: () => context.close() };
}

/**
 * Milliseconds from navigation start to the first animation frame in which
 * `usable()` holds in the page.
 */
export async function timeToUsable(browser, baseUrl, path, usable, data) {
  const { page, offsite, close } = await openThrottled(browser, baseUrl, path, data);
  try {
    const handle = await page.waitForFunction(`(${usable})() && performance.now()`, null, {
      polling: 'raf',
      timeout: 60000,
    });
    return { ms: await handle.jsonValue(), offsite };
  } finally {
    await close();
  }
}

/**
 * Adds `<tag src=…>` to a page that has loaded only the element's script, and
 * records every long task (≥ 50 ms) until the element has settled: no loading
 * state, and neither its node count nor the long tasks changed for 1.5 s.
 * `around` (optional) gets { before(cdp), after(cdp) } hooks, e.g. to trace.
 */
export async function longTasksWhileRendering(browser, baseUrl, { script, tag, data, around }) {
  const { page, cdp, close } = await openThrottled(browser, baseUrl, '/scripts/bench/peers/pages/empty.html', data);
  try {
    await page.waitForLoadState('load');
    await page.addScriptTag({ type: 'module', url: script });
    await page.waitForFunction((name) => customElements.get(name), tag);
    await sleep(500);
    await around?.before(cdp);
    await page.evaluate(
      ([name, src]) => {
        window.benchLongTasks = [];
        new PerformanceObserver((list) =>
          window.benchLongTasks.push(...list.getEntries().map((entry) => Math.round(entry.duration))),
        ).observe({
          type: 'longtask',
        });
        const element = document.createElement(name);
        element.setAttribute('src', src);
        document.body.append(element);
        window.benchStart = performance.now();
      },
      [tag, `/bench-data/${Object.keys(data)[0]}.json`],
    );
    const probe = () =>
      page.evaluate((name) => {
        const root = document.querySelector(name).shadowRoot;
        return {
          loading: !root || Boolean(root.querySelector('[part~="loading"]')),
          nodes: root ? root.querySelectorAll('*').length : 0,
          tasks: window.benchLongTasks.length,
          at: performance.now() - window.benchStart,
        };
      }, tag);
    let last = await probe();
    let stableSince = Date.now();
    for (const deadline = Date.now() + 90000; Date.now() < deadline;) {
      await sleep(250);
      const now = await probe();
      if (now.loading || now.nodes !== last.nodes || now.tasks !== last.tasks) stableSince = Date.now();
      last = now;
      if (Date.now() - stableSince > 1500) break;
    }
    const tasks = await page.evaluate(() => window.benchLongTasks);
    await around?.after(cdp);
    return { longest: Math.max(0, ...tasks), count: tasks.length, nodes: last.nodes, tasks };
  } finally {
    await close();
  }
}
