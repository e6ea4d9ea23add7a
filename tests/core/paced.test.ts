import { expect } from '@open-wc/testing';
import { afterNextFrame, runPaced } from '../../src/core/paced.js';
import { busy, frameCounter } from '../helpers.js';

/** A generator that works `msPerStep` (by the clock) per step, `steps` times, then returns 'done'. */
function* work(steps: number, msPerStep: number): Generator<void, string> {
  for (let step = 0; step < steps; step++) {
    busy(msPerStep);
    if (step < steps - 1) yield;
  }
  return 'done';
}

describe('runPaced', () => {
  it('returns quick work at once, so its result renders in the same task', () => {
    // A slice far longer than the work: a busy CI machine (and coverage) cannot push it past.
    const result = runPaced(work(3, 0.5), 200);
    // Never a promise as the value under test: web-test-runner cannot send one back with a
    // failure (structuredClone), and the page then never reported its end (the run hung).
    expect(result instanceof Promise, 'the result itself, not a promise of it').to.equal(false);
    expect(result).to.equal('done');
  });

  it('leaves the result of work that took a slice to a later task, even when it finished in the slice', async () => {
    // One step of 12 ms: done in the first slice, but past its 8 ms.
    const result = runPaced(work(1, 12), 8);
    expect(result).to.be.instanceOf(Promise);
    let settled = false;
    void (result as Promise<string>).then(() => (settled = true));
    await Promise.resolve();
    expect(settled, 'not in a microtask of the same task').to.equal(false);
    expect(await result).to.equal('done');
  });

  it('spreads long work over tasks of about a slice each', async () => {
    const starts: number[] = [];
    const tasks = setInterval(() => starts.push(performance.now()));
    try {
      expect(await runPaced(work(20, 2), 8)).to.equal('done');
    } finally {
      clearInterval(tasks);
    }
    // 40 ms of work in 8 ms slices: other tasks ran in between.
    expect(starts.length).to.be.at.least(2);
  });
});

describe('afterNextFrame', () => {
  it('calls back in a task of its own after the next frame, with the time that frame began', async () => {
    const frames = frameCounter();
    const calledAfter = await new Promise<{ frame: number; frameAt?: number; now: number }>((resolve) =>
      afterNextFrame((frameAt) => resolve({ frame: frames.now(), frameAt, now: performance.now() })),
    );
    frames.stop();
    expect(calledAfter.frame).to.be.at.least(1);
    expect(calledAfter.frameAt).to.be.a('number');
    expect(calledAfter.frameAt!).to.be.at.most(calledAfter.now);
  });

  it('gives steps that wait together a frame each (the list and the map), in the order they asked', async () => {
    const frames = frameCounter();
    const after: [string, number][] = [];
    await new Promise<void>((resolve) => {
      afterNextFrame(() => after.push(['rows', frames.now()]));
      afterNextFrame(() => after.push(['markers', frames.now()]));
      afterNextFrame(() => {
        after.push(['more rows', frames.now()]);
        resolve();
      });
    });
    frames.stop();
    expect(after.map(([name]) => name)).to.deep.equal(['rows', 'markers', 'more rows']);
    const [rows, markers, more] = after.map(([, frame]) => frame);
    // Before, all three ran after the same frame, and the next frame rendered what all three added.
    expect(markers, 'the second step after a later frame').to.be.greaterThan(rows!);
    expect(more, 'the third after a later frame still').to.be.greaterThan(markers!);
  });

  it('forgets a cancelled step, and the next one still comes', async () => {
    const called: string[] = [];
    const cancel = afterNextFrame(() => called.push('cancelled'));
    cancel();
    await new Promise<void>((resolve) => afterNextFrame(() => resolve(void called.push('kept'))));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(called).to.deep.equal(['kept']);
  });
});
