// What each long task is while 10,000 conferences or 10,000 members render
// (CPU 4×, the same page as peers.bench.mjs's longTasksWhileRendering): a CDP
// trace of the render, then for every task of 50 ms or more its main trace
// events (script, style, layout, timers…) and the functions the sampling
// profiler saw most, mapped to their source files through dist/'s source maps.
//   npm run build && node scripts/bench/long-tasks.mjs [timeline|map|map-list|timeline-sample|map-sample]… [dist-folder…]
// Each dist folder (default: this one's dist/) is measured in turn, e.g. a
// build of an older commit beside this one, in the same minute.
// RUNS=n repeats each (default 1); MIN_MS=n lists tasks from n ms (default 50); TRACE=0 only lists the long tasks (no
// trace, so no tracing cost in the figures, and lists each long animation frame's scripts and rendering instead); INCLUSIVE=1 adds the time under each of our functions; PROFILE=0 leaves the sampling profiler out
// (it adds its own cost to every task); CATEGORIES=a,b adds trace categories (v8,disabled-by-default-v8.gc: the collector's
// phases); ALLOC=1 or ALLOC=live lists allocations instead of tasks (see allocations()); CPU=n slows the CPU n× instead of 4× (CPU=1: not at all); PAGE=empty renders on a page with no text of its own
// (default: article, a heading and a paragraph). Figures, not a test.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { originalPosition, serveProject } from './lib.mjs';
import { launchBare } from './peers/bare-browser.mjs';
import { manyConferences, manyMembers } from './peers/data.mjs';
import { longFrameLines, longTasksWhileRendering, renderingOf } from './peers/throttled.mjs';

const root = resolve(import.meta.dirname, '../..');
const sampleData = (name) => JSON.parse(readFileSync(resolve(root, `demo/data/${name}.json`), 'utf8'));
const cases = {
  timeline: {
    script: 'conference-timeline.js',
    tag: 'city-conference-timeline',
    data: { 'conferences-10000': manyConferences(10000) },
  },
  map: { script: 'member-map.js', tag: 'city-member-map', data: { 'members-10000': manyMembers(10000) } },
  // The list alone (view="list"): no map to wait for, the list renders as soon as it is checked.
  'map-list': {
    script: 'member-map.js',
    tag: 'city-member-map',
    data: { 'members-10000': manyMembers(10000) },
    attributes: { view: 'list' },
  },
  // The demo's sample data (16 conferences, 17 cities): everything renders at once, as on most pages.
  'timeline-sample': {
    script: 'conference-timeline.js',
    tag: 'city-conference-timeline',
    data: { 'conferences-sample': sampleData('conferences') },
  },
  'map-sample': { script: 'member-map.js', tag: 'city-member-map', data: { 'members-sample': sampleData('members') } },
};
const args = process.argv.slice(2);
const chosen = args.filter((arg) => arg in cases).length ? args.filter((arg) => arg in cases) : ['timeline', 'map'];
const folders = args.filter((arg) => !(arg in cases)).map((folder) => resolve(folder));
if (!folders.length) folders.push(resolve(root, 'dist'));
// Each folder is linked under node_modules/.cache/ (served, never committed).
const scratch = resolve(root, 'node_modules/.cache/long-tasks');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
folders.forEach((folder, index) => symlinkSync(folder, resolve(scratch, String(index))));
const served = (index) => `/node_modules/.cache/long-tasks/${index}/`;
const runs = Number(process.env.RUNS ?? 1);
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  ...(process.env.PROFILE === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
  // CATEGORIES=blink,fonts… adds trace categories, whose events show inside the tasks.
  ...(process.env.CATEGORIES ? process.env.CATEGORIES.split(',') : []),
];

/** Starts a trace on `before`, and on `after` ends it and keeps its events in `events`. */
function tracer() {
  const events = [];
  return {
    events,
    async before(cdp) {
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: categories },
        transferMode: 'ReportEvents',
      });
    },
    async after(cdp) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
    },
  };
}

/**
 * ALLOC=1: where the page allocated while it rendered (V8's sampling heap
 * profiler), by function; ALLOC=live: only what is still alive at the end. The
 * garbage collector's pauses grow with what lives, and its full collection
 * starts when the heap nears its limit: these say which code fills it.
 */
function allocations() {
  return {
    async before(cdp) {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.startSampling', {
        samplingInterval: 1024,
        includeObjectsCollectedByMajorGC: process.env.ALLOC !== 'live',
        includeObjectsCollectedByMinorGC: process.env.ALLOC !== 'live',
      });
    },
    async after(cdp) {
      const { profile } = await cdp.send('HeapProfiler.stopSampling');
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      const bySite = new Map();
      let total = 0;
      const walk = (node) => {
        const { functionName, url, lineNumber, columnNumber } = node.callFrame;
        const site = `${functionName || '(anonymous)'} ${original(url, lineNumber, columnNumber)}`;
        bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
        total += node.selfSize;
        node.children.forEach(walk);
      };
      walk(profile.head);
      const what = process.env.ALLOC === 'live' ? 'still alive' : 'allocated';
      console.log(
        `  ${what} ${(total / 1e6).toFixed(1)} MB (sampled); heap after a full collection ${(usage.usedSize / 1e6).toFixed(1)} MB`,
      );
      for (const [site, size] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 25))
        console.log(`    ${(size / 1e6).toFixed(2)} MB ${site}`);
    },
  };
}

/** "src/file.ts:line" for a position in a built file, through its source map. */
function original(url, line, column) {
  const path = url && new URL(url).pathname;
  const index = folders.findIndex((_, at) => path?.startsWith(served(at)));
  if (index === -1) return url ? `${path}:${line + 1}` : '';
  const position = originalPosition(resolve(folders[index], `${path.slice(served(index).length)}.map`), line, column);
  return position
    ? `${position.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '')}:${position.line}`
    : `${path}:${line + 1}:${column}`;
}

/** Samples of the CPU profile in the trace: [{ time (µs), stack: [callFrame…] leaf first }]. */
function profileSamples(events) {
  const nodes = new Map();
  const samples = [];
  const clocks = new Map();
  for (const event of events) {
    if (event.name === 'Profile') clocks.set(event.id, event.args.data.startTime);
    if (event.name !== 'ProfileChunk') continue;
    const { cpuProfile = {}, timeDeltas = [] } = event.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(`${event.id}:${node.id}`, node);
    let time = clocks.get(event.id) ?? 0;
    (cpuProfile.samples ?? []).forEach((id, index) => {
      time += timeDeltas[index] ?? 0;
      clocks.set(event.id, time);
      samples.push({ time, key: `${event.id}:${id}` });
    });
  }
  return samples.map(({ time, key }) => {
    const stack = [];
    for (let node = nodes.get(key); node; node = node.parent && nodes.get(`${key.split(':')[0]}:${node.parent}`))
      stack.push(node.callFrame);
    return { time, stack };
  });
}

const label = (event) => {
  const data = event.args?.data ?? {};
  if (event.name === 'FunctionCall')
    return `FunctionCall ${data.functionName || '(anonymous)'} ${original(data.url, (data.lineNumber ?? 1) - 1, (data.columnNumber ?? 1) - 1)}`;
  if (event.name === 'EvaluateScript' || event.name === 'v8.compileModule')
    return `${event.name} ${data.url ?? event.args?.fileName ?? ''}`;
  if (event.name === 'TimerFire') return `TimerFire #${data.timerId}`;
  // How much a layout had to do: objects marked dirty of those in the tree, and from where it started.
  if (event.name === 'Layout' && event.args?.beginData) {
    const roots = event.args.endData?.layoutRoots?.length ?? 0;
    return `Layout (${event.args.beginData.dirtyObjects} of ${event.args.beginData.totalObjects} objects dirty, ${roots} roots${event.args.beginData.partialLayout ? ', partial' : ''})`;
  }
  return event.name;
};

/**
 * With the collector's categories (CATEGORIES=v8,disabled-by-default-v8.gc): its pauses on the page's
 * main thread, full and minor, counted and summed; steadier from run to run than the long tasks they cause.
 */
function collectorPauses(events) {
  const main = events.find((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain');
  const pauses = (name) =>
    events
      .filter((event) => event.tid === main?.tid && event.name === name && event.dur)
      .map((event) => event.dur / 1000);
  const line = (name) => {
    const all = pauses(name);
    return `${name} ${all.length}× (longest ${Math.max(0, ...all).toFixed(1)} ms, in all ${all.reduce((a, b) => a + b, 0).toFixed(1)} ms)`;
  };
  if (pauses('MajorGC').length || pauses('MinorGC').length)
    console.log(`  collector pauses: ${line('MajorGC')}; ${line('MinorGC')}`);
  // SUM=V8.CompileLazy,…: the same for any trace events (with CATEGORIES that record them).
  for (const name of process.env.SUM?.split(',') ?? []) console.log(`  ${line(name)}`);
}

/** Prints each task ≥ 50 ms on the page's main thread with its events and hottest functions. */
function report(events) {
  collectorPauses(events);
  // MIN_MS=n lists shorter tasks too (tasks near the limit are the next ones over it on a slower phone).
  const least = Number(process.env.MIN_MS ?? 50) * 1000;
  const main = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.args.name === 'CrRendererMain' &&
      events.some((other) => other.name === 'RunTask' && other.tid === event.tid && other.dur >= least),
  );
  if (!main) return console.log(`  no task ≥ ${least / 1000} ms`);
  const thread = events.filter((event) => event.tid === main.tid && event.ph === 'X' && event.dur !== undefined);
  const tasks = thread.filter((event) => event.name === 'RunTask' && event.dur >= least).sort((a, b) => a.ts - b.ts);
  const samples = profileSamples(events);
  const start = Math.min(...thread.map((event) => event.ts));
  for (const task of tasks) {
    const end = task.ts + task.dur;
    // Thread time leaves out the time the machine gave to other processes: steadier on a busy machine.
    const cpu = task.tdur === undefined ? '' : ` (thread time ${(task.tdur / 1000).toFixed(1)} ms)`;
    console.log(`  task at ${((task.ts - start) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms${cpu}`);
    const inside = thread.filter(
      (event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= end && event.dur >= 2000,
    );
    const depth = (event) =>
      inside.filter(
        (other) =>
          other !== event &&
          other.ts <= event.ts &&
          other.ts + other.dur >= event.ts + event.dur &&
          other.dur > event.dur,
      ).length;
    for (const event of inside.sort((a, b) => a.ts - b.ts)) {
      const level = depth(event);
      if (level < 4) console.log(`    ${'  '.repeat(level)}${(event.dur / 1000).toFixed(1)} ms ${label(event)}`);
    }
    const self = new Map();
    const within = samples.filter((sample) => sample.time >= task.ts && sample.time <= end);
    for (const [index, sample] of within.entries()) {
      const next = within[index + 1]?.time ?? sample.time;
      const leaf = sample.stack[0];
      const key = leaf
        ? `${leaf.functionName || '(anonymous)'} ${original(leaf.url, leaf.lineNumber, leaf.columnNumber)}`
        : '?';
      self.set(key, (self.get(key) ?? 0) + (next - sample.time));
    }
    const hottest = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(
      `    self time by function: ${hottest.map(([key, us]) => `${(us / 1000).toFixed(1)} ${key}`).join('; ')}`,
    );
    // STACKS=text: the stacks (callers first) of the samples whose leaf's place contains that text.
    if (process.env.STACKS) {
      const stacks = new Map();
      for (const [index, sample] of within.entries()) {
        const next = within[index + 1]?.time ?? sample.time;
        const names = sample.stack.map(
          (frame) =>
            `${frame.functionName || '(anonymous)'} ${original(frame.url, frame.lineNumber, frame.columnNumber)}`,
        );
        if (!names.slice(0, 3).some((name) => name.includes(process.env.STACKS))) continue;
        const key = names.slice(0, 8).reverse().join(' > ');
        stacks.set(key, (stacks.get(key) ?? 0) + (next - sample.time));
      }
      for (const [key, us] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 6))
        console.log(`    ${(us / 1000).toFixed(1)} ms in ${key}`);
    }
    // INCLUSIVE=1: also the time under each of our own functions (what a call costs with its callees).
    if (process.env.INCLUSIVE !== '1') continue;
    const total = new Map();
    for (const [index, sample] of within.entries()) {
      const next = within[index + 1]?.time ?? sample.time;
      const keys = new Set(
        sample.stack
          .map(
            (frame) =>
              `${frame.functionName || '(anonymous)'} ${original(frame.url, frame.lineNumber, frame.columnNumber)}`,
          )
          .filter((key) => key.includes('src/')),
      );
      for (const key of keys) total.set(key, (total.get(key) ?? 0) + (next - sample.time));
    }
    const widest = [...total].sort((a, b) => b[1] - a[1]).slice(0, 16);
    console.log(
      `    time under our functions: ${widest.map(([key, us]) => `${(us / 1000).toFixed(1)} ${key}`).join('; ')}`,
    );
  }
}

/** "src/file.ts:line" for a character position in a served file (what Long Animation Frames give). */
function originalAt(url, at) {
  const path = url && new URL(url).pathname;
  const index = folders.findIndex((_, folder) => path?.startsWith(served(folder)));
  if (index === -1 || at < 0) return original(url, 0, 0);
  const text = readFileSync(resolve(folders[index], path.slice(served(index).length)), 'utf8').slice(0, at);
  const line = text.split('\n').length - 1;
  return original(url, line, at - (text.lastIndexOf('\n') + 1));
}

/**
 * Without a trace: each frame (Long Animation Frames) of MIN_MS or more, its
 * scripts (what called them, where they are) and its rendering (style and
 * layout, then paint). Costs nothing in the page's own figures.
 */
function reportFrames(frames, longTasks = []) {
  for (const [start, duration] of longTasks)
    console.log(`  long task (Long Tasks API) at ${Math.round(start)} ms: ${duration.toFixed(1)} ms`);
  const where = (script) => originalAt(script.url, script.at);
  for (const line of longFrameLines(frames, { minMs: Number(process.env.MIN_MS ?? 50), where }))
    console.log(`  ${line}`);
}

const server = await serveProject();
const browser = await launchBare();
try {
  for (const name of chosen) {
    for (let run = 0; run < runs; run++) {
      for (const [index, folder] of folders.entries()) {
        const trace = process.env.ALLOC ? allocations() : process.env.TRACE === '0' ? undefined : tracer();
        const rate = process.env.CPU ? Number(process.env.CPU) : undefined;
        const page = process.env.PAGE ? `${process.env.PAGE}.html` : undefined;
        const options = { ...cases[name], script: served(index) + cases[name].script, around: trace, rate, page };
        const result = await longTasksWhileRendering(browser, server.baseUrl, options);
        const tasks = result.tasks.join(', ') || 'none';
        // Below the 50 ms of a long task, the long frames (Long Animation Frames) still say how near
        // the longest script and the longest rendering came to it: the margin a busy moment eats.
        const longestScript = Math.max(0, ...result.frames.flatMap((frame) => frame.scripts.map((s) => s.duration)));
        const longestRendering = Math.max(0, ...result.frames.map(renderingOf));
        const near = `longest script ${longestScript.toFixed(0)} ms, longest rendering ${longestRendering.toFixed(0)} ms`;
        console.log(`${name} (${folder}): long tasks ${tasks} ms (${result.nodes} nodes; ${near})`);
        if (trace?.events) report(trace.events);
        else reportFrames(result.frames, result.longTaskEntries);
        // TRACE_FILE=x.json keeps the raw trace (open it in DevTools' Performance panel).
        if (trace?.events && process.env.TRACE_FILE)
          writeFileSync(process.env.TRACE_FILE, JSON.stringify(trace.events));
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}
