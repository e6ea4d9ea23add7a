import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { GrowingList } from '../../src/conference-timeline/conference-timeline.window.js';

/** A list of 100-pixel items, each of which takes `msPerItem` to render (a slow phone's). */
class SlowList extends LitElement {
  msPerItem = 0;
  growing = new GrowingList(this, 25);

  override render() {
    this.growing.total = 500;
    const items = Array.from({ length: Math.min(this.growing.count, 500) }, (_, index) => {
      const end = performance.now() + this.msPerItem;
      while (performance.now() < end);
      return html`<li style="height: 100px">${index}</li>`;
    });
    return html`<ul>
        ${items}
      </ul>
      ${this.growing.end()}`;
  }
}
customElements.define('slow-growing-list', SlowList);

async function grownBy(msPerItem: number): Promise<number[]> {
  const element = await fixture<SlowList>(testHtml`<slow-growing-list></slow-growing-list>`);
  element.msPerItem = msPerItem;
  // A new list, rendered and timed as the timeline's are (reset before the update).
  element.growing.reset();
  element.requestUpdate();
  await element.updateComplete;
  const counts = [element.growing.count];
  for (let step = 0; step < 3; step++) {
    element.shadowRoot!.querySelector('.more')!.scrollIntoView();
    await waitUntil(() => element.growing.count > counts.at(-1)!, 'the list did not grow', { timeout: 5000 });
    await element.updateComplete;
    counts.push(element.growing.count);
  }
  element.remove();
  return counts;
}

describe('GrowingList', () => {
  it('adds a whole step where items are quick to render', async () => {
    const counts = await grownBy(0);
    expect(counts.slice(1).map((count, index) => count - counts[index])).to.deep.equal([25, 25, 25]);
  });

  it('adds fewer items a step where they are slow, so that no step is a long task', async () => {
    // 2 ms an item: a step of 25 would take 50 ms.
    const counts = await grownBy(2);
    const steps = counts.slice(1).map((count, index) => count - counts[index]);
    expect(
      steps.every((step) => step >= 4 && step <= 8),
      String(steps),
    ).to.equal(true);
  });
});
