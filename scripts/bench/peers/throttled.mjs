// Pages for the peer comparisons: a fresh browser context each (cold cache),
// the CPU slowed 4× through CDP (a mid-range phone), generated data served on
// /bench-data/*, and every request off this machine counted (the browser is
// launched with lib.mjs's `benchBrowserArgs`, so such a request fails at once).
// Nothing of the harness runs in the measured page but a few lines that check,
// once per frame, whether it is usable: no request goes through Playwright's
// interception and no Playwright script is injected (both would add work and
// latency to the page being measured, on both sides of a comparison).
import { setTimeout as sleep } from 'node:timers/promises';
import { benchData } from '../lib.mjs';

export const cpuSlowdown = 4;

/** A mobile network's round trip (Lighthouse's mobile profile), for the measures that add one. */
export const mobileRoundTripMs = 150;

/** Every page's viewport, Playwright's and the bare ones. */
const viewport = { width: 1200, height: 900 };

/** Answers each of `data` (name → JSON value) at /bench-data/<name>.json. */
const serveData = (data) => {
  for (const [name, value] of Object.entries(data)) benchData.set(name, JSON.stringify(value));
};

/**
 * Opens `path` on `baseUrl` in a throttled page. `data` maps names to JSON
 * answered at /bench-data/<name>.json. `initScript` runs in the page before its
 * own scripts. `roundTripMs` adds that latency to every request (CDP network
 * emulation, no bandwidth limit): each request the page waits on costs a round
 * trip, as on a phone's network. Resolves to { page, cdp, offsite, close }.
 */
export async function openThrottled(browser, baseUrl, path, data = {}, initScript, { roundTripMs = 0 } = {}) {
  serveData(data);
  const context = await browser.newContext({ viewport });
  if (initScript) await context.addInitScript({ content: initScript });
  const page = await context.newPage();
  const offsite = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== baseUrl && url.protocol !== 'data:') offsite.push(url.href);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (roundTripMs) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: roundTripMs,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  if (path) await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
  return { page, cdp, offsite, close: () => context.close() };
}

const usableMarker = 'bench:usable';

/**
 * A script for a page's start (`addInitScript`) that checks `usable()` (the
 * source of a function) once per frame and, in the first frame where it holds,
 * reports the time since navigation start through the console.
 */
export const usableWatcher = (usable) => `(() => {
  const usable = ${usable};
  const check = () => {
    let done = false;
    try { done = usable(); } catch {}
    if (done) console.debug('${usableMarker}', performance.now());
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** The time `usableWatcher` reports in `page` (rejects after 60 s). */
export const usableReported = (page, what) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: not usable after 60 s`)), 60000);
    page.on('console', (message) => {
      const [label, at] = message.text().split(' ');
      if (label !== usableMarker) return;
      clearTimeout(timer);
      resolve(Number(at));
    });
  });

/**
 * Milliseconds from navigation start to the first animation frame in which
 * `usable()` holds, as the page itself sees it (`usableWatcher`). `network`:
 * openThrottled's `{ roundTripMs }`.
 */
export async function timeToUsable(browser, baseUrl, path, usable, data, network) {
  const { page, offsite, close } = await openThrottled(
    browser,
    baseUrl,
    undefined,
    data,
    usableWatcher(usable),
    network,
  );
  try {
    const reported = usableReported(page, path);
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
    return { ms: await reported, offsite };
  } finally {
    await close();
  }
}

/** Resolves once `expression` holds in `page` (a bare page), checking every 50 ms (rejects after 30 s). */
async function until(page, expression) {
  for (const deadline = Date.now() + 30000; Date.now() < deadline; await sleep(50)) {
    if (await page.evaluate(expression).catch(() => false)) return;
  }
  throw new Error(`not true after 30 s: ${expression}`);
}

/**
 * Adds `<tag src=…>` (with `attributes`, if any: `{ view: 'list' }`) to a page
 * that has loaded only the element's script (and,
 * by default, shows a heading and a paragraph in the widgets' font:
 * `page: 'empty.html'` has no text, so the browser looks the font up in the
 * widget's first frame with text, 35–80 ms at 4× CPU whatever the data), and
 * records every long task (≥ 50 ms) until the element has settled: no loading
 * state, and neither its node count nor the long tasks changed for 1.5 s.
 * Long tasks are those the Long Tasks API reports and the rendering of every
 * long animation frame that took 50 ms or more (its style, layout and paint):
 * the Long Tasks API leaves out a rendering task in which no script ran, and
 * the trace showed such tasks of 110–170 ms that it never reported.
 * `bare` is a browser from bare-browser.mjs (no DevTools network agent in the
 * page: see there). `around` (optional) gets { before(cdp), after(cdp) } hooks,
 * e.g. to trace.
 */
export async function longTasksWhileRendering(
  bare,
  baseUrl,
  { script, tag, data, attributes = {}, around, rate = cpuSlowdown, page: hostPage = 'article.html' },
) {
  serveData(data);
  const page = await bare.newPage();
  try {
    await page.send('Emulation.setCPUThrottlingRate', { rate });
    await page.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false });
    await page.send('Page.navigate', { url: `${baseUrl}/scripts/bench/peers/pages/${hostPage}` });
    await until(page, `location.pathname.endsWith('/${hostPage}') && document.readyState === 'complete'`);
    await page.evaluate(
      `import(${JSON.stringify(script)}).then(() => customElements.whenDefined(${JSON.stringify(tag)})).then(() => true)`,
    );
    await sleep(500);
    await around?.before(page);
    await page.evaluate(`{
      window.benchLongTasks = [];
      new PerformanceObserver((list) =>
        window.benchLongTasks.push(...list.getEntries().map((entry) => [entry.startTime, entry.duration])),
      ).observe({ type: 'longtask' });
      // A frame's rendering (from its renderStart: animation frame callbacks, style, layout, paint)
      // is a task of its own, which the Long Tasks API reports only when script ran in it.
      window.benchRendering = [];
      // The long frames themselves, with the scripts in them, say what a long task was (long-tasks.mjs).
      window.benchFrames = [];
      new PerformanceObserver((list) => {
        for (const frame of list.getEntries()) {
          const end = frame.startTime + frame.duration;
          if (frame.renderStart && end - frame.renderStart >= 50) window.benchRendering.push([frame.renderStart, end]);
          window.benchFrames.push({
            start: frame.startTime,
            duration: frame.duration,
            renderStart: frame.renderStart,
            styleAndLayoutStart: frame.styleAndLayoutStart,
            blocking: frame.blockingDuration,
            scripts: frame.scripts.map((entry) => ({
              start: entry.startTime,
              duration: entry.duration,
              invoker: entry.invoker,
              url: entry.sourceURL,
              name: entry.sourceFunctionName,
              at: entry.sourceCharPosition,
              forcedLayout: entry.forcedStyleAndLayoutDuration,
            })),
          });
        }
      }).observe({ type: 'long-animation-frame' });
      // Every long task once: a rendering that a reported task covers is that task.
      window.benchAllLongTasks = () => [
        ...benchLongTasks.map(([, duration]) => Math.round(duration)),
        ...benchRendering
          .filter(([start, end]) => !benchLongTasks.some(([at, duration]) => at <= start && at + duration >= end - 1))
          .map(([start, end]) => Math.round(end - start)),
      ];
      // Created in a task of the page's own, not inside the evaluation (whose own work would
      // count in the element's first task).
      setTimeout(() => {
        const element = document.createElement(${JSON.stringify(tag)});
        element.setAttribute('src', ${JSON.stringify(`/bench-data/${Object.keys(data)[0]}.json`)});
        for (const [name, value] of Object.entries(${JSON.stringify(attributes)})) element.setAttribute(name, value);
        document.body.append(element);
      }, 50);
      true;
    }`);
    const probe = () =>
      page.evaluate(`(() => {
        const root = document.querySelector(${JSON.stringify(tag)})?.shadowRoot;
        return {
          loading: !root || Boolean(root.querySelector('[part~="loading"]')),
          nodes: root ? root.querySelectorAll('*').length : 0,
          tasks: window.benchAllLongTasks().length,
        };
      })()`);
    let last = await probe();
    let stableSince = Date.now();
    for (const deadline = Date.now() + 90000; Date.now() < deadline;) {
      await sleep(250);
      const now = await probe();
      if (now.loading || now.nodes !== last.nodes || now.tasks !== last.tasks) stableSince = Date.now();
      last = now;
      if (Date.now() - stableSince > 1500) break;
    }
    const tasks = await page.evaluate('window.benchAllLongTasks()');
    const frames = await page.evaluate('window.benchFrames');
    const longTaskEntries = await page.evaluate('window.benchLongTasks');
    await around?.after(page);
    return { longest: Math.max(0, ...tasks), count: tasks.length, nodes: last.nodes, tasks, frames, longTaskEntries };
  } finally {
    await page.close();
  }
}

/** A long frame's rendering (from its renderStart: animation frame callbacks, style, layout and paint), in ms. */
export const renderingOf = (frame) => (frame.renderStart ? frame.start + frame.duration - frame.renderStart : 0);

/**
 * What each long frame of a longTasksWhileRendering result held, as lines to
 * print: its length, how long it blocked, its rendering (and of that, style,
 * layout and paint), then each script with `where(script)` it is (by default
 * the file's name and the character its function starts at). Frames under
 * `minMs` are left out, and so are those that blocked nothing: a headless page
 * under throttling has frames of 60–170 ms with nothing in them.
 */
export function longFrameLines(
  frames,
  { minMs = 50, where = (script) => `${script.url?.split('/').pop() ?? ''}@${script.at}` } = {},
) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  return frames
    .filter((frame) => frame.duration >= minMs && frame.blocking > 0)
    .flatMap((frame) => {
      const layout = frame.styleAndLayoutStart ? frame.start + frame.duration - frame.styleAndLayoutStart : 0;
      const scripts = frame.scripts.map((script) => {
        const forced = script.forcedLayout ? `, forced layout ${ms(script.forcedLayout)}` : '';
        return `  ${ms(script.duration)} ${script.invoker} ${script.name || ''} ${script.url ? where(script) : ''}${forced}`;
      });
      return [
        `frame at ${Math.round(frame.start)} ms: ${ms(frame.duration)} (blocking ${ms(frame.blocking)}), rendering ${ms(renderingOf(frame))} (style, layout, paint ${ms(layout)})`,
        ...scripts,
      ];
    });
}
