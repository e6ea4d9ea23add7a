import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, shadowQuery, visibleText } from './helpers.js';

/** Values a CMS editor may type by hand: odd ones are handled and reported, never break the widget. */
describe('attribute values typed by hand', () => {
  it('timeline: limit="0" shows every conference, with no "Show all" button', async () => {
    const element = await fixture<HTMLElement>(
      html`<city-conference-timeline
        lang="en"
        limit="0"
        now="2026-01-01"
        src="/tests/fixtures/conferences.json"
      ></city-conference-timeline>`,
    );
    // The first test of a run: the test server may still be compiling the element's code.
    await waitUntil(
      () => element.shadowRoot!.querySelectorAll('[part~="conference"]').length === 16,
      'not all 16 shown',
      { timeout: 5000 },
    );
    expect(element.shadowRoot!.querySelector('[part~="show-all-button"]')).to.equal(null);
    expect(visibleText(element)).not.to.include('No conferences match');
  });

  it('timeline and badge: a heading-level, a limit and a now they cannot use are named in a warning', async () => {
    const warnings = captureWarnings();
    try {
      const timeline = await fixture<HTMLElement>(
        html`<city-conference-timeline
          lang="en"
          heading-level="9"
          limit="-3"
          now="yesterday"
          src="/tests/fixtures/conferences.json"
        ></city-conference-timeline>`,
      );
      const badge = await fixture<HTMLElement>(
        html`<city-network-badge
          lang="en"
          heading-level="abc"
          src="/tests/fixtures/memberships.json"
        ></city-network-badge>`,
      );
      await waitUntil(() => shadowQuery(timeline, '[part~="conference"]'), 'no conference shown', { timeout: 5000 });
      await waitUntil(() => badge.shadowRoot!.querySelector('[role="heading"]'), 'no badge shown', { timeout: 5000 });
      // Shown all the same, with the default level.
      expect(shadowQuery(badge, '[role="heading"]').getAttribute('aria-level')).to.equal('3');
      const said = warnings.messages.join('\n');
      expect(said).to.include('<city-conference-timeline> heading-level="9" is not 1 to 6; 3 is used.');
      expect(said).to.include('<city-conference-timeline> limit="-3" is ignored');
      expect(said).to.include('<city-conference-timeline> now="yesterday" is ignored (today is used)');
      expect(said).to.include('<city-network-badge> heading-level="abc" is not 1 to 6; 3 is used.');
    } finally {
      warnings.restore();
    }
  });

  it('map: selected and highlight naming no city are named in a warning; the cities that exist are marked', async () => {
    const warnings = captureWarnings();
    try {
      const element = await fixture<HTMLElement>(
        html`<city-member-map
          lang="en"
          view="list"
          selected="brnno"
          highlight="opava, nowhere"
          src="/tests/fixtures/members.json"
        ></city-member-map>`,
      );
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="highlighted"]'), 'Opava not highlighted', {
        timeout: 6000,
      });
      const said = warnings.messages.join('\n');
      expect(said).to.include(
        '<city-member-map> names "brnno" in selected or highlight, but no city in the data has that id.',
      );
      expect(said).to.include('<city-member-map> names "nowhere" in selected or highlight');
      expect(said).not.to.include('"opava"');
    } finally {
      warnings.restore();
    }
  });

  it('map: height="abc" keeps the default height and warns', async () => {
    const warnings = captureWarnings();
    try {
      const reference = await fixture<HTMLElement>(
        html`<city-member-map lang="en" view="map" src="/tests/fixtures/members.json"></city-member-map>`,
      );
      const element = await fixture<HTMLElement>(
        html`<city-member-map lang="en" view="map" height="abc" src="/tests/fixtures/members.json"></city-member-map>`,
      );
      for (const map of [reference, element]) {
        await waitUntil(() => map.shadowRoot!.querySelector('[part~="map"]'), 'no map', { timeout: 6000 });
      }
      const heightOf = (map: HTMLElement) => shadowQuery(map, '[part~="map"]').getBoundingClientRect().height;
      expect(heightOf(element)).to.equal(heightOf(reference));
      expect(warnings.messages.join()).to.include('height="abc"');
    } finally {
      warnings.restore();
    }
  });

  it('map: height="300" is read as pixels', async () => {
    const element = await fixture<HTMLElement>(
      html`<city-member-map lang="en" view="map" height="300" src="/tests/fixtures/members.json"></city-member-map>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="map"]'), 'no map', { timeout: 6000 });
    expect(Math.round(shadowQuery(element, '[part~="map"]').getBoundingClientRect().height)).to.be.within(298, 302);
  });
});
