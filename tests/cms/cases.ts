// One builder-made placeholder per element, with non-default attributes, and
// what the widget must show when those attributes were applied.
import { expect } from '@open-wc/testing';
import { commonFields, elementFields, linkTexts } from '../../demo/builder-fields.js';
import { chosenAttributes, richTextSnippet } from '../../demo/builder-snippet.js';
import { visibleText, waitForText } from '../helpers.js';

export interface PlaceholderCase {
  tag: string;
  /** Values as the builder's form holds them (checkboxes as booleans). */
  values: Record<string, string | boolean>;
  /** Fails unless the widget shows what the chosen attributes ask for. */
  check: (element: HTMLElement) => Promise<void>;
}

const fixture = (name: string) => `/tests/fixtures/${name}.json`;

export const cases: PlaceholderCase[] = [
  {
    tag: 'city-network-badge',
    values: { src: fixture('memberships'), network: 'eurocities', variant: 'pill', lang: 'cs' },
    // The file's first membership is METREX: EUROCITIES proves `network` arrived.
    check: (element) => waitForText(element, 'členem sítě EUROCITIES'),
  },
  {
    tag: 'city-conference-timeline',
    values: { src: fixture('conferences'), order: 'oldest', limit: '2', search: true, lang: 'cs' },
    check: async (element) => {
      // Oldest first, at most two, with a search box, in Czech.
      await waitForText(element, 'Jaro 2006 · Heidenheim');
      await waitForText(element, 'Zobrazit všech 16 konferencí');
      expect(visibleText(element)).to.include('Hledat konference');
    },
  },
  {
    tag: 'city-member-map',
    values: { src: fixture('members'), view: 'list', highlight: 'jena', lang: 'de' },
    check: async (element) => {
      await waitForText(element, 'Städte durchsuchen');
      expect(element.shadowRoot!.querySelector('svg'), 'view=list draws no map').to.equal(null);
    },
  },
  {
    tag: 'city-delegation-form',
    values: { src: fixture('delegation'), 'contact-email': 'visits@city.example', 'min-lead-days': '30', lang: 'cs' },
    check: (element) => waitForText(element, 'Nejméně 30 dní předem'),
  },
  {
    tag: 'city-newsletter-signup',
    values: { src: fixture('newsletter'), variant: 'inline', 'ask-name': true, lang: 'cs' },
    check: (element) => waitForText(element, 'Jméno a příjmení (nepovinné)'),
  },
];

/** The builder's "For the rich-text editor" output for a case, on this test server's origin. */
export function richTextFor(testCase: PlaceholderCase, text = `Placeholder for ${testCase.tag}`): string {
  const { attributes } = elementFields[testCase.tag];
  const fields = [...attributes, ...commonFields];
  return richTextSnippet({
    tag: testCase.tag,
    attributes: chosenAttributes(fields, testCase.values, location.origin),
    site: location.origin,
    text: text || linkTexts[testCase.tag]!.en!,
  });
}
