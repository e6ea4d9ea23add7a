import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { GrowingList } from '../../src/conference-timeline/conference-timeline.window.js';
import { busy } from '../helpers.js';

/**
 * A list of 100-pixel items, each of which takes `msPerItem` to update and
 * `renderMsPerItem` in the frame that shows it (a slow phone's style and layout).
 */
class SlowList extends LitElement {
  msPerItem = 0;
  renderMsPerItem = 0;
  growing = new GrowingList(this, 25);
  /** Items the last frame showed. */
  shown = 0;

  override render() {
    this.growing.total = 500;
    const items = Array.from({ length: Math.min(this.growing.count, 500) }, (_, index) => {
      busy(this.msPerItem);
      return html`<li style="height: 100px">${index}</li>`;
    });
    return html`<ul>
        ${items}
      </ul>
      ${this.growing.end()}`;
  }

  /** The count of items after each update: the list's steps. */
  counts: number[] = [];
  /** Called after each update, after the list's controller has asked for its next step. */
  afterUpdate?: () => void;

  override updated() {
    this.afterUpdate?.();
    const added = this.growing.count - this.shown;
    this.shown = this.growing.count;
    this.counts.push(this.growing.count);
    if (added > 0 && this.renderMsPerItem) requestAnimationFrame(() => busy(added * this.renderMsPerItem));
  }
}
customElements.define('slow-growing-list', SlowList);

/** The first five steps a new list grows by, its end scrolled into view until it has. */
async function grownBy(msPerItem: number, renderMsPerItem = 0): Promise<number[]> {
  const element = await fixture<SlowList>(testHtml`<slow-growing-list></slow-growing-list>`);
  element.msPerItem = msPerItem;
  element.renderMsPerItem = renderMsPerItem;
  // A new list, rendered and timed as the timeline's are (reset before the update).
  element.growing.reset();
  element.shown = 0;
  element.requestUpdate();
  await element.updateComplete;
  element.counts = [element.growing.count];
  await waitUntil(
    () => {
      element.shadowRoot!.querySelector('.more')!.scrollIntoView();
      return element.counts.length > 5;
    },
    'the list did not grow',
    { timeout: 5000 },
  );
  element.remove();
  return element.counts.slice(0, 6);
}

const stepsOf = (counts: number[]) => counts.slice(1).map((count, index) => count - counts[index]);

describe('GrowingList', () => {
  it('adds up to a whole step where items are quick to render', async () => {
    // A frame's time also holds what else the page did in it (here the test's own polling): a
    // step may come out smaller, never larger, and the next one is sized again.
    const steps = stepsOf(await grownBy(0));
    expect(Math.max(...steps), String(steps)).to.equal(25);
    expect(Math.min(...steps), String(steps)).to.be.at.least(4);
  });

  it('adds fewer items a step where they are slow to update, so that no step is a long task', async () => {
    // 2 ms an item: a step of 25 would take 50 ms.
    const steps = stepsOf(await grownBy(2));
    expect(
      steps.every((step) => step >= 4 && step <= 8),
      String(steps),
    ).to.equal(true);
  });

  it('adds fewer items a step where the frame after the update is slow (style, layout, paint)', async () => {
    // A quick update, but 2 ms an item in the frame that shows them: 25 would make a 50 ms frame.
    const steps = stepsOf(await grownBy(0, 2));
    expect(
      steps.every((step) => step >= 4 && step <= 8),
      String(steps),
    ).to.equal(true);
  });

  it('starts a new long list with half a step, a short one or a list kept at a count with its whole count', () => {
    const list = new GrowingList(document.createElement('slow-growing-list') as SlowList, 25);
    list.reset();
    expect(list.countOf(10000), 'a long list').to.equal(12);
    expect(list.countOf(10000), 'its next render').to.equal(12);
    list.reset();
    expect(list.countOf(100), 'a hundred or fewer').to.equal(25);
    list.reset(40);
    expect(list.countOf(10000), 'kept at 40 (Show all)').to.equal(40);
  });

  it('grows to its first 100 items without scrolling, a step per frame, then waits for the reader', async () => {
    const element = await fixture<SlowList>(testHtml`<slow-growing-list></slow-growing-list>`);
    element.growing.reset();
    element.requestUpdate();
    await element.updateComplete;
    // 100-pixel items: the 25 first already end far below the screen, so no report of the list's end came.
    await waitUntil(() => element.growing.count >= 100, 'the list stopped before 100', { timeout: 5000 });
    const reached = element.growing.count;
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    // Steps are sized by time, so the last one may end past 100 (by less than a step), then no more.
    expect(element.growing.count, 'no step after 100').to.equal(reached);
    expect(reached).to.be.below(125);
    expect(element.counts.length, 'in several steps').to.be.greaterThan(1);
    element.remove();
  });

  it('goes on growing to 100 when it is put back in the page while it grew', async () => {
    const element = await fixture<SlowList>(testHtml`<slow-growing-list></slow-growing-list>`);
    const parent = element.parentNode!;
    let removedAt = 0;
    // Taken out of the page after its first step, as a single-page app or a CMS preview moves a widget.
    element.afterUpdate = () => {
      if (removedAt || element.growing.count <= 12) return;
      removedAt = element.growing.count;
      element.remove();
    };
    element.growing.reset();
    element.requestUpdate();
    await waitUntil(() => removedAt > 0, 'no step came', { timeout: 5000 });
    for (let frame = 0; frame < 5; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(removedAt, 'still growing when it was taken out').to.be.below(100);
    parent.append(element);
    // Its end is far below the screen (100-pixel items): only the growth to 100 can bring more.
    await waitUntil(() => element.growing.count >= 100, 'the list stopped where it was taken out', { timeout: 5000 });
    element.remove();
  });
});
