// Where the time to a usable map goes: records a Chrome trace of the peers
// bench's map page (CPU 4×, cold cache) and prints each request's start and
// end, and the main thread's tasks with what they spent most on (compile,
// evaluation, parse, style, layout, paint), until the map is usable.
//   npm run build && node scripts/bench/member-map-trace.mjs [trace.json]
// The raw trace goes to the path given (open it in DevTools' Performance panel).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../browser.mjs';
import { benchBrowserArgs, originalPosition, serveProject } from './lib.mjs';
import { usableReported, usableWatcher } from './peers/throttled.mjs';


const page = process.env.PAGE ?? '/scripts/bench/peers/pages/map-ours.html';
// Leaflet's page (the peer) is usable when its 17 markers are drawn.
const leaflet = `() => document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').length >= 17`;
// The timeline's page is usable when the sample's entries are shown (as the peers bench asks).
const timeline = `() => (document.querySelector('city-conference-timeline')?.shadowRoot?.querySelectorAll('[part~="conference"]').length ?? 0) >= 16`;
const timelinejs = `() => document.querySelectorAll('.tl-timemarker').length >= 5 && Boolean(document.querySelector('.tl-slide-content'))`;
const usable = page.includes('leaflet') ? leaflet : page.includes('timelinejs') ? timelinejs : page.includes('timeline') ? timeline : `() => {
  const root = document.querySelector('city-member-map')?.shadowRoot;
  return Boolean(root?.querySelector('svg [part~="country"], svg [part~="countries"]')) &&
    Boolean(root?.querySelector('svg .markers path[part~="marker"]'));
}`;

const server = await serveProject();
const browser = await chromium.launch({ executablePath: findBrowser(), args: benchBrowserArgs });
try {
  // A first visit warms the browser up, as the bench's first round does.
  for (const record of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.addInitScript({ content: usableWatcher(usable) });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const events = [];
    if (record && process.env.PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    } else if (record) {
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: {
          includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'v8'],
        },
      });
    }
    const reported = usableReported(tab, page);
    await tab.goto(`${server.baseUrl}${page}`, { waitUntil: 'commit' });
    const usableAt = await reported;
    if (record && process.env.PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(profile));
      summarize(profile, usableAt);
    } else if (record) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify({ traceEvents: events }));
      report(events, usableAt, server.baseUrl);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

function report(events, usableAt, origin) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(page));
  if (!nav) throw new Error('no navigationStart for the page in the trace');
  const t0 = nav.ts;
  const ms = (ts) => ((ts - t0) / 1000).toFixed(0).padStart(5);
  console.log(`usable at ${usableAt.toFixed(0)} ms (performance.now, from navigation)`);
  const requests = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (!data?.requestId) continue;
    const request = requests.get(data.requestId) ?? {};
    if (e.name === 'ResourceSendRequest') Object.assign(request, { url: data.url, start: e.ts, priority: data.priority });
    if (e.name === 'ResourceReceiveResponse') request.response = e.ts;
    if (e.name === 'ResourceFinish') request.end = e.ts;
    requests.set(data.requestId, request);
  }
  console.log('\nrequests (start → response → finish, ms):');
  for (const r of [...requests.values()].filter((r) => r.url?.startsWith(origin)).sort((a, b) => a.start - b.start))
    console.log(`${ms(r.start)} → ${r.response ? ms(r.response) : '    ?'} → ${r.end ? ms(r.end) : '    ?'}  ${r.priority ?? ''} ${r.url.slice(origin.length)}`);
  // Main thread: the renderer's main thread is the one that runs the page's scripts.
  const onMain = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.ts >= t0);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 1000);
  const kinds = ['v8.compile', 'v8.compileModule', 'CompileScript', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'ParseHTML', 'ResourceReceivedData', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run', 'MajorGC', 'MinorGC', 'HitTest'];
  console.log('\nmain-thread tasks over 1 ms until usable (start, duration, inside):');
  let total = 0;
  let cpu = 0;
  for (const task of tasks) {
    if ((task.ts - t0) / 1000 > usableAt + 50) break;
    total += task.dur;
    cpu += task.tdur ?? 0;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && kinds.includes(e.name));
    const sums = new Map();
    for (const e of inside) {
      const label = e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' ? `${e.name}(${(e.args?.data?.url ?? e.args?.fileName ?? '').split('/').pop()})` : e.name;
      sums.set(label, (sums.get(label) ?? 0) + e.dur);
    }
    const top = [...sums].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`);
    console.log(`${ms(task.ts)} ${(task.dur / 1000).toFixed(1).padStart(6)}  ${top.join(', ')}`);
  }
  // Thread time leaves out the slowdown and other processes' use of the CPU: steadier on a busy machine.
  console.log(`busy ${(total / 1000).toFixed(0)} ms of ${usableAt.toFixed(0)} ms; main-thread CPU time ${(cpu / 1000).toFixed(0)} ms (unthrottled)`);
}

/** Where a position in a dist/ file comes from in src/ (through its source map). */
function original(url, line, column) {
  const path = url.match(/\/dist\/([^?#]+\.js)/)?.[1];
  if (!path) return undefined;
  const position = originalPosition(resolve(import.meta.dirname, '../../dist', `${path}.map`), line, column);
  return position ? `${position.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${position.line}` : undefined;
}

/** Self time per function (and per script) in a CPU profile, largest first. */
function summarize(profile, usableAt) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const perScript = new Map();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() || `(${functionName || 'program'})`;
    const key = `${functionName || '(anonymous)'} ${original(url, lineNumber, node.callFrame.columnNumber) ?? `${file}:${lineNumber + 1}`}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    perScript.set(file, (perScript.get(file) ?? 0) + dt);
  });
  console.log(`usable at ${usableAt.toFixed(0)} ms; self time by script (ms):`);
  for (const [file, time] of [...perScript].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${time.toFixed(1).padStart(8)}  ${file}`);
  console.log('\nby function:');
  for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${time.toFixed(1).padStart(8)}  ${key}`);
}
