// Our widgets beside their peers, in one run, in headless Chromium with the
// CPU slowed 4× (CDP Emulation.setCPUThrottlingRate):
// - time from navigation to usable content, on the demo's sample data: the
//   timeline against TimelineJS 3, the member map (outlines and markers)
//   against Leaflet 1.9 showing the same markers without tiles; served from
//   this machine (no network wait: the measure of #16), and again with a
//   mobile network's 150 ms round trip on every request (where the number of
//   requests one after another counts);
// - the longest task while 10,000 conferences and 10,000 members render
//   (median of LONG_TASK_RUNS runs, default 5), on a page with some text of
//   its own and on one with none;
// - gzip weights against TimelineJS, Leaflet and GOV.UK Frontend (JS + CSS).
// Prints the table and writes it, with the date, into the README's Performance
// section (BENCH_README=0 leaves the README alone; LONG_TASK_DETAIL=1 prints
// each long-task run's long tasks and long frames, with their scripts). Figures, not a test.
//   npm run build && node scripts/bench/peers.bench.mjs
import { existsSync, readFileSync } from 'node:fs';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { findBrowser } from '../browser.mjs';
import { benchBrowserArgs, median, serveProject } from './lib.mjs';
import { manyConferences, manyMembers, sampleConferences, timelineJsData } from './peers/data.mjs';
import { markdownTable, writeToReadme } from './peers/readme.mjs';
import { launchBare } from './peers/bare-browser.mjs';
import { benchmarkIndex } from './peers/benchmark-index.mjs';
import {
  cpuSlowdown,
  longFrameLines,
  longTasksWhileRendering,
  mobileRoundTripMs,
  timeToUsable,
} from './peers/throttled.mjs';
import { ourWeights, peerWeights } from './peers/weights.mjs';

/** The kit's own size budget, as scripts/size.mjs sets it (read from its text: that script runs on import). */
const kitBudget = () =>
  readFileSync(new URL('../size.mjs', import.meta.url), 'utf8').match(
    /city-network-widgets\\\.js\$\/,\s*kb: ([\d.]+)/,
  )?.[1] ?? '?';

for (const file of ['conference-timeline.js', 'member-map.js']) {
  if (!existsSync(new URL(`../../dist/${file}`, import.meta.url))) {
    console.error(`dist/${file} is missing: run npm run build first.`);
    process.exit(1);
  }
}

const runs = Number(process.env.BENCH_RUNS ?? 7);
const longTaskRuns = Number(process.env.LONG_TASK_RUNS ?? 5);
const pages = '/scripts/bench/peers/pages/';
const conferenceCount = sampleConferences.conferences.length;

// Usable: every entry or marker of the sample data is on screen (the map with its outlines).
const usable = {
  ours: {
    timeline: `() => document.querySelector('city-conference-timeline')?.shadowRoot?.querySelectorAll('[part~="conference"]').length >= ${conferenceCount}`,
    map: `() => {
      const root = document.querySelector('city-member-map')?.shadowRoot;
      const markers = root?.querySelectorAll('svg [part~="marker"]').length ?? 0;
      return Boolean(root?.querySelector('svg [part~="country"], svg [part~="countries"]')) &&
        (markers >= 17 || Boolean(root?.querySelector('svg .markers path[part~="marker"]')));
    }`,
  },
  peers: {
    timeline: `() => document.querySelectorAll('.tl-timemarker').length >= ${conferenceCount} && Boolean(document.querySelector('.tl-slide-content'))`,
    map: `() => document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').length >= 17`,
  },
};

const kb = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const ratio = (ours, theirs) => (ours === undefined ? 'n/a' : `${(ours / theirs).toFixed(2)}×`);

const server = await serveProject();
const bare = await launchBare();
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: benchBrowserArgs,
});
const offsite = new Set();
try {
  // Alternating runs, so a noisy moment on the machine hits both sides alike.
  const timelineData = { timelinejs: timelineJsData(sampleConferences) };
  const pagePairs = [
    ['timeline', 'timeline-ours.html', 'timeline-timelinejs.html'],
    ['map', 'map-ours.html', 'map-leaflet.html'],
  ];
  /** Medians of time to usable, ours and the peer's, per page pair, over alternating runs. */
  const timesToUsable = async (network) => {
    const times = { timeline: { ours: [], peer: [] }, map: { ours: [], peer: [] } };
    for (let run = 0; run < runs; run++) {
      for (const [what, ourPage, peerPage] of pagePairs) {
        const ours = await timeToUsable(
          browser,
          server.baseUrl,
          pages + ourPage,
          usable.ours[what],
          timelineData,
          network,
        );
        const peer = await timeToUsable(
          browser,
          server.baseUrl,
          pages + peerPage,
          usable.peers[what],
          timelineData,
          network,
        );
        times[what].ours.push(ours.ms);
        times[what].peer.push(peer.ms);
        [...ours.offsite, ...peer.offsite].forEach((url) => offsite.add(url));
      }
    }
    return Object.fromEntries(
      Object.entries(times).map(([what, { ours, peer }]) => [what, { ours: median(ours), peer: median(peer) }]),
    );
  };
  // Alternating runs, so a noisy moment on the machine hits both sides alike.
  const { timeline, map } = await timesToUsable();
  const onMobileNetwork = await timesToUsable({ roundTripMs: mobileRoundTripMs });
  // Closed before the long tasks are measured: idle, with its pages closed, Playwright's browser
  // still took 10 % of a core, on a machine of two.
  const chromiumVersion = browser.version();
  await browser.close();

  // The longest task of each run; the median of those (of 3 runs, it swung by ±20 ms between
  // minutes on this machine), with how many runs had any long task at all.
  const longTasks = async (options) => {
    const results = [];
    for (let run = 0; run < longTaskRuns; run++) {
      const result = await longTasksWhileRendering(bare, server.baseUrl, options);
      results.push(result);
      // LONG_TASK_DETAIL=1: each run's long tasks and the long frames' scripts and rendering.
      if (process.env.LONG_TASK_DETAIL === '1') {
        console.log(`${options.tag} ${options.page ?? ''} run ${run + 1}: tasks ${result.tasks.join(', ') || 'none'}`);
        for (const line of longFrameLines(result.frames)) console.log(`  ${line}`);
      }
    }
    results.sort((a, b) => a.longest - b.longest);
    return { ...results[Math.floor(longTaskRuns / 2)], withLongTasks: results.filter((run) => run.count).length };
  };
  const timeline10000 = {
    script: '/dist/conference-timeline.js',
    tag: 'city-conference-timeline',
    data: { 'conferences-10000': manyConferences(10000) },
  };
  const map10000 = {
    script: '/dist/member-map.js',
    tag: 'city-member-map',
    data: { 'members-10000': manyMembers(10000) },
  };
  // On a page with a heading and a paragraph in the widgets' font (throttled.mjs), and on one with no
  // text at all, where the browser looks its fonts up in the widget's first frames whatever the data.
  const longTimeline = await longTasks(timeline10000);
  const longMap = await longTasks(map10000);
  const longTimelineEmpty = await longTasks({ ...timeline10000, page: 'empty.html' });
  const longMapEmpty = await longTasks({ ...map10000, page: 'empty.html' });

  const speed = await benchmarkIndex(bare, server.baseUrl, cpuSlowdown);
  const peers = peerWeights();
  const ours = ourWeights();
  const longest = (result) =>
    `${result.longest ? ms(result.longest) : 'none ≥ 50 ms'} (${result.count} long tasks; a long task in ${result.withLongTasks} of ${longTaskRuns} runs; ${result.nodes.toLocaleString('en')} nodes in the widget)`;
  const rows = [
    [
      'Timeline: navigation to usable content',
      ms(timeline.ours),
      `${peers.timelinejs.label}: ${ms(timeline.peer)}`,
      ratio(timeline.ours, timeline.peer),
    ],
    [
      'Member map (outlines + markers): navigation to usable content',
      ms(map.ours),
      `Leaflet, same markers, no tiles: ${ms(map.peer)}`,
      ratio(map.ours, map.peer),
    ],
    [
      `Timeline, with ${mobileRoundTripMs} ms round trips: navigation to usable content`,
      ms(onMobileNetwork.timeline.ours),
      `${peers.timelinejs.label}: ${ms(onMobileNetwork.timeline.peer)}`,
      ratio(onMobileNetwork.timeline.ours, onMobileNetwork.timeline.peer),
    ],
    [
      `Member map, with ${mobileRoundTripMs} ms round trips: navigation to usable content`,
      ms(onMobileNetwork.map.ours),
      `Leaflet, same markers, no tiles: ${ms(onMobileNetwork.map.peer)}`,
      ratio(onMobileNetwork.map.ours, onMobileNetwork.map.peer),
    ],
    ['Timeline, 10,000 conferences: longest task', longest(longTimeline), 'target 50 ms (#16)', ''],
    ['Member map, 10,000 members: longest task', longest(longMap), 'target 50 ms (#16)', ''],
    [
      'Timeline, 10,000 conferences, on a page with no text: longest task',
      longest(longTimelineEmpty),
      'the first text costs 35–80 ms',
      '',
    ],
    [
      'Member map, 10,000 members, on a page with no text: longest task',
      longest(longMapEmpty),
      'the first text costs 35–80 ms',
      '',
    ],
    [
      'Whole kit (`city-network-widgets.js`, Lit included): what loads at once',
      kb(ours.kit),
      `target 27 KB (#16; \`npm run size\` holds it to ${kitBudget()} KB)`,
      '',
    ],
    [
      'Whole kit with every lazy part (sending code, list views, map renderer; no outlines, English)',
      kb(ours.kitWithLazy),
      '',
      '',
    ],
    [
      'Timeline element, at once',
      kb(ours.timeline),
      `${peers.timelinejs.label}: ${kb(peers.timelinejs.bytes)}`,
      ratio(ours.timeline, peers.timelinejs.bytes),
    ],
    [
      'Timeline element with its list view (comes with the data)',
      kb(ours.timelineWithList),
      `${peers.timelinejs.label}: ${kb(peers.timelinejs.bytes)}`,
      ratio(ours.timelineWithList, peers.timelinejs.bytes),
    ],
    [
      'Member map element',
      kb(ours.map),
      `${peers.leaflet.label}: ${kb(peers.leaflet.bytes)}`,
      ratio(ours.map, peers.leaflet.bytes),
    ],
    [
      'Member map with its map view (renderer + geometry)',
      kb(ours.mapWithView),
      `${peers.leaflet.label}: ${kb(peers.leaflet.bytes)}`,
      ratio(ours.mapWithView, peers.leaflet.bytes),
    ],
    [
      'Delegation form element, to show and fill in',
      kb(ours.delegation),
      `${peers.govuk.label}: ${kb(peers.govuk.bytes)}`,
      ratio(ours.delegation, peers.govuk.bytes),
    ],
    [
      'Delegation form element with its sending code (first focus or idle)',
      kb(ours.delegationWithSending),
      `${peers.govuk.label}: ${kb(peers.govuk.bytes)}`,
      ratio(ours.delegationWithSending, peers.govuk.bytes),
    ],
    [
      'Newsletter signup element, to show and fill in',
      kb(ours.newsletter),
      `${peers.govuk.label}: ${kb(peers.govuk.bytes)}`,
      ratio(ours.newsletter, peers.govuk.bytes),
    ],
    [
      'Newsletter signup element with its sending code (first focus or idle)',
      kb(ours.newsletterWithSending),
      `${peers.govuk.label}: ${kb(peers.govuk.bytes)}`,
      ratio(ours.newsletterWithSending, peers.govuk.bytes),
    ],
  ];
  const table = markdownTable(['Measure', 'city-network-widgets', 'Peer', 'Ratio'], rows);
  const date = new Date().toISOString().slice(0, 10);
  const note =
    `Measured on ${date} by \`npm run bench\`: headless Chromium ${chromiumVersion}, CPU slowed ${cpuSlowdown}× ` +
    `(CDP \`Emulation.setCPUThrottlingRate\`; Lighthouse's BenchmarkIndex of this machine ${Math.round(speed.host)}, slowed ${Math.round(speed.slowed)}), the demo's sample data (${conferenceCount} conferences, 17 member cities) ` +
    `served from this machine (the two rows with round trips add ${mobileRoundTripMs} ms of latency to every request, no bandwidth limit), cold cache, median of ${runs} alternating runs (long tasks: median of ${longTaskRuns} runs, on a page with a heading and a paragraph set in the widgets' font unless the row says otherwise, driven over the DevTools protocol without its network agent, which Playwright turns on and which decodes a copy of every JSON answer); weights are gzip level 9 of the built ` +
    "files (each file with any chunk it imports at once) and of each peer's distributed JS + CSS.";
  console.log(`${table}\n\n${note}`);
  if (offsite.size) console.log(`Refused requests off this machine: ${[...offsite].join(', ')}`);
  if (process.env.BENCH_README !== '0') {
    writeToReadme(`${note}\n\n${table}`);
    console.log('\nWritten to the Performance section of README.md.');
  }
} finally {
  await browser.close();
  await bare.close();
  await server.close();
}
