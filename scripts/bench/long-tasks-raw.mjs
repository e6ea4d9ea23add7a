// The long tasks of peers.bench.mjs's "10,000 items" measure, on a page that
// DevTools does not watch: a bare CDP connection that only slows the CPU 4×
// and evaluates, with the data served as a file. Playwright keeps the Network
// domain on for every page, and Chromium's DevTools agent then keeps a decoded
// copy of each text response: for a 1.8 MB JSON body that is a 50–90 ms task
// of its own at 4× that no reader's page has. Compare the two scripts' lists.
//   npm run build && node --experimental-websocket scripts/bench/long-tasks-raw.mjs [timeline|map] [dist-folder] [runs]
// (Node 20 needs the flag for its WebSocket.) Figures, not a test.
/* global WebSocket -- Node's, behind --experimental-websocket on Node 20 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findBrowser } from '../browser.mjs';
import { serveProject } from './lib.mjs';
import { manyConferences, manyMembers } from './peers/data.mjs';
import { cpuSlowdown } from './peers/throttled.mjs';

const [what = 'timeline', folder = 'dist', runs = '3'] = process.argv.slice(2);
const root = resolve(import.meta.dirname, '../..');
const scratch = resolve(root, 'node_modules/.cache/long-tasks-raw');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
symlinkSync(resolve(folder), join(scratch, 'dist'));
writeFileSync(join(scratch, 'data.json'), JSON.stringify(what === 'map' ? manyMembers(10000) : manyConferences(10000)));
const served = '/node_modules/.cache/long-tasks-raw';
const [file, tag] =
  what === 'map' ? ['member-map', 'city-member-map'] : ['conference-timeline', 'city-conference-timeline'];

/** A CDP connection to a fresh headless Chromium: `send(method, params, sessionId)`. */
async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'long-tasks-raw-'));
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
  ];
  const browser = spawn(findBrowser(), [...args, '--no-first-run', '--disable-background-networking', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise((found) => {
    let text = '';
    browser.stderr.on(
      'data',
      (data) => (text += data) && /ws:\/\/\S+/.test(text) && found(text.match(/ws:\/\/\S+/)[0]),
    );
  });
  const socket = new WebSocket(endpoint);
  await new Promise((opened) => socket.addEventListener('open', opened));
  const waiting = new Map();
  socket.addEventListener('message', ({ data }) => {
    const message = JSON.parse(data);
    waiting.get(message.id)?.(message.result ?? {});
    waiting.delete(message.id);
  });
  let last = 0;
  const send = (method, params = {}, sessionId) =>
    new Promise((answered) => {
      waiting.set(++last, answered);
      socket.send(JSON.stringify({ id: last, method, params, sessionId }));
    });
  const close = async () => {
    socket.close();
    browser.kill();
    await new Promise((exited) => browser.on('exit', exited));
    rmSync(profile, { recursive: true, force: true });
  };
  return { send, close };
}

const server = await serveProject();
try {
  for (let run = 0; run < Number(runs); run++) {
    const { send, close } = await openBrowser();
    try {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const page = (method, params) => send(method, params, sessionId);
      const evaluate = async (expression) =>
        (await page('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result?.value;
      await page('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      // The viewport of openThrottled's pages.
      await page('Emulation.setDeviceMetricsOverride', {
        width: 1200,
        height: 900,
        deviceScaleFactor: 1,
        mobile: false,
      });
      await page('Page.navigate', { url: `${server.baseUrl}/scripts/bench/peers/pages/empty.html` });
      await sleep(1000);
      await evaluate(`import('${served}/dist/${file}.js').then(() => customElements.whenDefined('${tag}'))`);
      await sleep(500);
      await evaluate(`window.longTasks = [];
        new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((task) => Math.round(task.duration)))).observe({ type: 'longtask' });
        const element = document.createElement('${tag}');
        element.setAttribute('src', '${served}/data.json');
        document.body.append(element);`);
      // Settled: no loading state, and neither the node count nor the long tasks changed for 1.5 s.
      const probe = `JSON.stringify([document.querySelector('${tag}').shadowRoot?.querySelectorAll('*').length,
        Boolean(document.querySelector('${tag}').shadowRoot?.querySelector('[part~=loading]')), longTasks.length])`;
      let last = '';
      for (let stable = 0, tries = 0; stable < 6 && tries < 360; tries++) {
        await sleep(250);
        const now = await evaluate(probe);
        stable = now === last && !JSON.parse(now)[1] ? stable + 1 : 0;
        last = now;
      }
      const nodes = JSON.parse(last)[0];
      console.log(
        `${what} (${folder}): long tasks ${(await evaluate('longTasks.join(", ")')) || 'none'} ms (${nodes} nodes)`,
      );
    } finally {
      await close();
    }
  }
} finally {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}
