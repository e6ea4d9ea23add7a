import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { ProgressiveRows } from '../../src/member-map/progressive.js';

/** A host whose updates take `costMs(rows)` by a clock the test moves; records the rows of each update. */
function hostWithClock(
  costMs: (rows: number) => number,
  frameCostMs: (rows: number) => number = () => 0,
  total = 10000,
) {
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
        const rows = progressive.rows(total, 'list');
        const added = rows - (rendered.at(-1) ?? 0);
        now += costMs(added);
        rendered.push(rows);
        controller.hostUpdated?.();
        // The next frame styles and lays out the rows added (after the controller's own frame callback).
        requestAnimationFrame(() => (now += frameCostMs(added)));
      }),
    updateComplete: Promise.resolve(true),
  };
  const clock = Object.getOwnPropertyDescriptor(Performance.prototype, 'now')!;
  Object.defineProperty(performance, 'now', { configurable: true, value: () => now });
  const progressive = new ProgressiveRows(host);
  return { host, progressive, rendered, restore: () => Object.defineProperty(performance, 'now', clock) };
}

/**
 * Lets a host of {@link hostWithClock} grow its list for `ms`, asked for its
 * first 300 rows (as the reader coming near the end of a long list asks):
 * the rows after each update, and each step's rows.
 */
async function growFor(ms: number, ...costs: Parameters<typeof hostWithClock>) {
  const { host, progressive, rendered, restore } = hostWithClock(...costs);
  try {
    host.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve));
    void progressive.until(300);
    await new Promise((resolve) => setTimeout(resolve, ms));
  } finally {
    restore();
  }
  return { rendered, added: rendered.map((rows, index) => rows - (rendered[index - 1] ?? 0)) };
}

describe('member-map ProgressiveRows', () => {
  it('grows a step at most twofold, however quick the last update was', async () => {
    // Rows cost almost nothing at first (prepared templates, a coarse clock), then 0.5 ms each.
    const { rendered, added } = await growFor(200, (added) => (added < 30 ? 0 : added * 0.5));
    expect(rendered.at(-1), 'the 300 rows asked for').to.equal(300);
    // A long list's first update holds its headings and controls; its rows begin in the next, with
    // half a step (the first rows also prepare the row templates).
    expect(added.slice(0, 2), `${added}`).to.deep.equal([0, 10]);
    added
      .slice(2)
      .forEach((count, index) => expect(count, `step ${index + 2}: ${added}`).to.be.at.most(added[index + 1]! * 2));
  });

  it('sizes steps by what the frame after each took too, so that no frame renders too many rows', async () => {
    // Updates are quick (0.1 ms a row) but each row's style and layout take 1 ms.
    const { rendered, added } = await growFor(
      1500,
      (added) => added * 0.1,
      (added) => added * 1,
    );
    expect(rendered.at(-1), `${added}`).to.equal(300);
    // After the first frame is measured, a step holds what fits in about 12 ms of rendering.
    added.slice(3).forEach((count, index) => expect(count, `step ${index + 3}: ${added}`).to.be.at.most(12));
  });

  it('renders a list of up to 300 rows whole on its own, a longer one only as far as asked', async () => {
    for (const [total, whole] of [
      [300, 300],
      [301, 0],
    ] as const) {
      const { host, rendered, restore } = hostWithClock(() => 0, undefined, total);
      try {
        host.requestUpdate();
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        restore();
      }
      // A long list's first update holds its headings and controls; its rows come when the end of
      // what is rendered comes near the screen (an IntersectionObserver, not in this host).
      expect(rendered.at(-1), `${total} rows: ${rendered}`).to.equal(whole);
    }
  });

  it('resolves every wait for rows, not only the last', async () => {
    const { host, progressive, restore } = hostWithClock(() => 0);
    try {
      host.requestUpdate();
      const reached: number[] = [];
      await Promise.all([
        progressive.until(350).then(() => reached.push(350)),
        progressive.until(500).then(() => reached.push(500)),
      ]);
      expect(reached).to.deep.equal([350, 500]);
    } finally {
      restore();
    }
  });
});
