// How fast this machine's Chromium is, as Lighthouse's BenchmarkIndex measures
// it (the method is described in Lighthouse's docs/throttling.md: half a
// second of building 10,000-character strings, half a second of copying
// arrays of 100,000 integers, each as runs per second ÷ 10, averaged). The
// bench prints it beside its figures: "CPU slowed 4×" is 4× this machine, so a
// slower machine emulates a slower phone, and the long-task rows (a fixed
// 50 ms) depend on it most. Lighthouse's guide: about 125 and up for a
// mid-range phone, 1,000 and up for a desktop (scores of its time; newer
// browsers score higher on the same hardware).

/** The page-side measure, as an expression for Runtime.evaluate. */
const measure = `(() => {
  const rate = (work) => {
    const start = performance.now();
    let runs = 0;
    while (runs % 10 !== 0 || performance.now() - start < 500) {
      work(runs);
      runs++;
    }
    return Math.round(runs / 10 / ((performance.now() - start) / 1000));
  };
  const strings = rate(() => {
    let text = '';
    for (let i = 0; i < 10000; i++) text += 'a';
    if (text.length !== 10000) throw new Error('unreachable');
  });
  const a = Array.from({ length: 100000 }, (_, i) => i);
  const b = a.slice();
  const copies = rate((run) => {
    const [from, to] = run % 2 ? [a, b] : [b, a];
    for (let i = 0; i < from.length; i++) to[i] = from[i];
  });
  return (strings + copies) / 2;
})()`;

/**
 * The BenchmarkIndex of `bare` (bare-browser.mjs) at full speed and slowed by
 * `slowdown`: the median of three runs each, after one to warm the engine up.
 */
export async function benchmarkIndex(bare, baseUrl, slowdown) {
  const page = await bare.newPage();
  try {
    await page.send('Page.navigate', { url: `${baseUrl}/scripts/bench/peers/pages/empty.html` });
    const at = async (rate) => {
      await page.send('Emulation.setCPUThrottlingRate', { rate });
      const runs = [];
      for (let run = 0; run < 3; run++) runs.push(await page.evaluate(measure));
      return runs.sort((x, y) => x - y)[1];
    };
    await page.evaluate(measure);
    return { host: await at(1), slowed: await at(slowdown) };
  } finally {
    await page.close();
  }
}
