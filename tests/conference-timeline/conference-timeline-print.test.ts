import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/conference-timeline/conference-timeline.js';
import type { CityConferenceTimeline } from '../../src/conference-timeline/conference-timeline.js';
import { visibleText } from '../helpers.js';

const reference: unknown = await (await fetch('/tests/fixtures/conferences.json')).json();

async function show(limit: string, data: unknown = reference): Promise<CityConferenceTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('city-conference-timeline');
  element.setAttribute('lang', 'en');
  element.setAttribute('now', '2026-01-01');
  element.setAttribute('limit', limit);
  element.data = data;
  wrapper.append(element);
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="conference"]'), 'the list never showed');
  // The list grows (if it does) in the next frames.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  await element.updateComplete;
  return element;
}

/** Entries with a layout box: those a reader sees on the screen or the paper. */
const laidOut = (element: Element): Element[] =>
  Array.from(element.shadowRoot!.querySelectorAll('[part~="conference"]')).filter(
    (entry) => entry.getClientRects().length > 0,
  );
const button = (element: Element) => element.shadowRoot!.querySelector('[part~="show-all-button"]');

/** Runs `check` with the page as printed, then on the screen again. */
async function onPaper(check: () => void | Promise<void>): Promise<void> {
  await emulateMedia({ media: 'print' });
  try {
    await check();
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}

describe('<city-conference-timeline> on paper', () => {
  it('prints every conference of a limited list, without the "Show all" button', async () => {
    const element = await show('5');
    expect(laidOut(element)).to.have.length(5);
    expect(visibleText(element)).to.include('Show all 16 conferences');
    await onPaper(() => {
      expect(laidOut(element)).to.have.length(16);
      expect(button(element)!.getClientRects().length, 'the button is not printed').to.equal(0);
      const text = visibleText(element);
      expect(text).to.include('Autumn 2006 · Brno, Czechia');
      expect(text).to.include('2006');
      expect(text).not.to.include('Show all');
    });
    // On the screen again: the first five and the button, as before.
    expect(laidOut(element)).to.have.length(5);
    expect(button(element)!.getClientRects().length).to.be.above(0);
  });

  it('prints a long limited list whole: the rest of it comes on the page before printing', async () => {
    const many = Array.from({ length: 300 }, (_, index) => ({
      year: 2000 + (index % 25),
      season: 'spring',
      city: `City ${index}`,
      country: 'CZ',
      topic: `Topic ${index}`,
    }));
    const element = await show('5', { conferences: many });
    dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    await onPaper(() => {
      expect(laidOut(element)).to.have.length(300);
    });
    expect(laidOut(element)).to.have.length(5);
  });
});
