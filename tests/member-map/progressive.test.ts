import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { ProgressiveRows } from '../../src/member-map/progressive.js';

/** A host whose updates take `costMs(rows)` by a clock the test moves; records the rows of each update. */
function hostWithClock(costMs: (rows: number) => number) {
  let now = 0;
  const rendered: number[] = [];
  let controller!: ReactiveController;
  const host = {
    renderRoot: document.createElement('div'),
    addController: (added: ReactiveController) => (controller = added),
    removeController: () => undefined,
    requestUpdate: () =>
      queueMicrotask(() => {
        controller.hostUpdate?.();
        const rows = progressive.rows(10000, 'list');
        now += costMs(rows - (rendered.at(-1) ?? 0));
        rendered.push(rows);
        controller.hostUpdated?.();
      }),
    updateComplete: Promise.resolve(true),
  };
  const clock = Object.getOwnPropertyDescriptor(Performance.prototype, 'now')!;
  Object.defineProperty(performance, 'now', { configurable: true, value: () => now });
  const progressive = new ProgressiveRows(host);
  return { host, rendered, restore: () => Object.defineProperty(performance, 'now', clock) };
}

describe('member-map ProgressiveRows', () => {
  it('grows a step at most twofold, however quick the last update was', async () => {
    // Rows cost almost nothing at first (prepared templates, a coarse clock), then 0.5 ms each.
    const { host, rendered, restore } = hostWithClock((added) => (added < 30 ? 0 : added * 0.5));
    try {
      host.requestUpdate();
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      restore();
    }
    const added = rendered.map((rows, index) => rows - (rendered[index - 1] ?? 0));
    expect(rendered.at(-1), 'the first 300 rows come on their own').to.equal(300);
    // A long list's first update holds its headings and controls; its rows begin in the next.
    expect(added.slice(0, 2), `${added}`).to.deep.equal([0, 20]);
    added
      .slice(2)
      .forEach((count, index) => expect(count, `step ${index + 2}: ${added}`).to.be.at.most(added[index + 1]! * 2));
  });
});
