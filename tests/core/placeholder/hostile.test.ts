import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { maxUpgrades } from '../../../src/core/placeholder/upgrade.js';
import { captureWarnings } from '../../helpers.js';

/** The longest the page's event loop was blocked while `run` went on (setTimeout gaps). */
async function longestBlock(done: () => boolean): Promise<number> {
  let longest = 0;
  let last = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (done()) resolve();
      else setTimeout(tick);
    };
    setTimeout(tick);
  });
  return longest;
}

describe('hostile placeholders', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    document.querySelectorAll('body > div').forEach((box) => box.remove());
  });

  it(`10,000 on one page: ${maxUpgrades} become widgets, the rest stay links, the page stays responsive`, async function () {
    this.timeout(30000);
    // What 10,000 plain links cost the page by themselves (layout), to compare with.
    const plain = document.createElement('div');
    plain.innerHTML = Array.from(
      { length: 10000 },
      (_, index) => `<p><a href="/#n${index}">Network ${index}</a></p>`,
    ).join('');
    let shown = false;
    requestAnimationFrame(() => setTimeout(() => (shown = true)));
    document.body.append(plain);
    const baseline = await longestBlock(() => shown);
    plain.remove();

    const box = document.createElement('div');
    const link = (index: number) =>
      `<a href="${location.origin}/#city-network-badge&src&name=Network%20${index}">Network ${index}</a>`;
    box.innerHTML = Array.from({ length: 10000 }, (_, index) => `<p>${link(index)}</p>`).join('');
    document.body.append(box);
    const started = performance.now();
    const block = await longestBlock(() => box.querySelectorAll('city-network-badge').length >= maxUpgrades);
    // Let the limit's warning come, then check nothing more happens.
    await waitUntil(() =>
      warnings.messages.some((message) => message.includes(`more than ${maxUpgrades} placeholders`)),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(box.querySelectorAll('city-network-badge')).to.have.length(maxUpgrades);
    expect(box.querySelectorAll('p > a')).to.have.length(10000 - maxUpgrades);
    console.log(
      `10,000 placeholders: ${maxUpgrades} upgraded in ${Math.round(performance.now() - started)} ms, ` +
        `longest block ${Math.round(block)} ms (10,000 plain links: ${Math.round(baseline)} ms)`,
    );
    // Each task that changes so large a page costs about one relayout (the
    // baseline); the upgrade may take about two, never seconds.
    expect(block, 'longest block of the event loop (ms)').to.be.below(2 * baseline + 200);
  });

  it('a 100 KB fragment stays a link and costs the page nothing', async () => {
    const box = document.createElement('div');
    const huge = `${location.origin}/tests/fixtures/memberships.json#city-network-badge&name=${'x'.repeat(100 * 1024)}`;
    box.innerHTML = `<p class="huge"><a href="${huge}">huge</a></p><p class="control"><a href="${location.origin}/#city-network-badge&src&name=Control">control</a></p>`;
    document.body.append(box);
    const block = await longestBlock(() => !!box.querySelector('.control city-network-badge'));
    expect(box.querySelector('.huge city-network-badge')).to.equal(null);
    expect(box.querySelector('.huge a')!.getAttribute('href')).to.have.length(huge.length);
    expect(warnings.messages.join('\n')).to.include('fragment is over 4096 characters');
    expect(block).to.be.below(300);
  });
});
