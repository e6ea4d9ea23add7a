import { expect } from '@open-wc/testing';
import { ListAfterMap } from '../../src/member-map/list-after-map.js';
import { afterNextFrame } from '../../src/core/paced.js';
import { busy, frameCounter } from '../helpers.js';

/** A host that counts the updates it is asked for. */
function countingHost(renderMs = 0) {
  const host = {
    updates: 0,
    addController: () => undefined,
    removeController: () => undefined,
    // The list's first render (a task of 30-45 ms at 10,000 members on a slow phone), here at once.
    requestUpdate: () => {
      busy(renderMs);
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

/** The long tasks (over 50 ms) the page reports from now on. */
function longTasks() {
  const entries: number[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  return {
    /** The long tasks so far, once the observer has had a task to report them in. */
    done: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      return entries;
    },
  };
}

describe('ListAfterMap', () => {
  it('releases the list once the preparation and each of its steps are done, each step and the render in a task of its own', async () => {
    const host = countingHost(30);
    const list = new ListAfterMap(host);
    const ran: string[] = [];
    // Four pieces of 30 ms (with the render): any two in one task would be a long task.
    const step = (name: string) => () => {
      busy(30);
      ran.push(name);
    };
    const prepare = () =>
      Promise.resolve().then(() => {
        step('names')();
        return [step('panel'), step('rows')];
      });
    const observed = longTasks();
    expect(list.ready(prepare, true), 'not at first: the map is drawn first').to.equal(false);
    await list.pending;
    expect(ran).to.deep.equal(['names', 'panel', 'rows']);
    expect(await observed.done(), 'no task of two pieces (over 50 ms)').to.deep.equal([]);
    expect(list.released).to.equal(true);
    expect(host.updates, 'the list asked to render').to.equal(1);
    expect(list.ready(prepare, true), 'from then on at once').to.equal(true);
  });

  it("renders a long list first in its own turn of the frames, after a step of the map's that asked before it", async () => {
    const ran: [string, number][] = [];
    const frames = frameCounter();
    const host = { ...countingHost(), requestUpdate: () => void ran.push(['list rendered', frames.now()]) };
    const list = new ListAfterMap(host);
    // The map's next markers are asked for while the list's last template step runs: the frame after
    // them lays them out, and the list's first render waits for the one after that.
    list.ready(() => [() => void afterNextFrame(() => void ran.push(['markers', frames.now()]))], true);
    await list.pending;
    frames.stop();
    expect(ran.map(([what]) => what)).to.deep.equal(['markers', 'list rendered']);
    const [markers, rendered] = ran.map(([, frame]) => frame);
    expect(rendered, 'the list after a later frame than the markers').to.be.greaterThan(markers!);
  });

  it('releases the list when a step fails, and skips no step after it', async () => {
    const list = new ListAfterMap(countingHost());
    const ran: string[] = [];
    const failing = () => {
      ran.push('failing');
      throw new Error('a template that fails');
    };
    list.ready(() => [failing, () => void ran.push('next')], true);
    await list.pending;
    expect(ran).to.deep.equal(['failing', 'next']);
    expect(list.released).to.equal(true);
  });

  it('releases the list when the preparation itself fails', async () => {
    const list = new ListAfterMap(countingHost());
    list.ready(() => Promise.reject(new Error('no country names')), true);
    await list.pending;
    expect(list.released).to.equal(true);
  });
});
