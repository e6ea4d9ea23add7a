import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { visibleText } from './helpers.js';

/**
 * Every element on a hostile host page: 62.5 % root size, content-box sizing,
 * global colours and fonts, a right-to-left body and a narrow column.
 */
const hostileCss = `
  html { font-size: 62.5%; }
  * { box-sizing: content-box !important; color: red; font-family: serif; letter-spacing: 2px; }
  body { direction: rtl; }
  input, button, textarea, select { padding: 20px; border: 5px solid lime; width: 100%; }
  ul, ol, p, h2, h3 { margin: 40px; padding: 40px; }
`;

const elements: [string, string, string][] = [
  [
    'city-network-badge',
    '<city-network-badge lang="en" src="/tests/fixtures/memberships.json" network="eurocities"></city-network-badge>',
    '140+ cities in 39 countries',
  ],
  [
    'city-conference-timeline',
    '<city-conference-timeline lang="en" src="/tests/fixtures/conferences.json" search now="2026-01-01"></city-conference-timeline>',
    '16 conferences',
  ],
  [
    'city-member-map',
    '<city-member-map lang="en" view="list" src="/tests/fixtures/members.json"></city-member-map>',
    'The whole network: 34 cities',
  ],
  [
    'city-delegation-form',
    '<city-delegation-form lang="en" action="/api/test/nowhere"></city-delegation-form>',
    'Name of the institution',
  ],
  [
    'city-newsletter-signup',
    '<city-newsletter-signup lang="en" variant="inline" action="/api/test/nowhere"></city-newsletter-signup>',
    'E-mail address',
  ],
];

describe('on a hostile host page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = hostileCss;
    document.head.append(style);
  });
  after(() => style.remove());

  for (const [tag, markup, text] of elements) {
    for (const width of [320, 1000]) {
      it(`${tag} keeps its layout, direction and sizes at ${width}px`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
        wrapper.innerHTML = markup;
        const element = wrapper.firstElementChild as HTMLElement;
        await waitUntil(() => visibleText(element).includes(text), `${tag} did not render`, { timeout: 6000 });
        const root = element.shadowRoot!;
        const overflowing = Array.from(root.querySelectorAll<HTMLElement>('input, textarea, select, button, li, p'))
          .filter((node) => node.getBoundingClientRect().width > 0)
          .filter((node) => node.getBoundingClientRect().right > element.getBoundingClientRect().right + 1)
          .map((node) => node.outerHTML.slice(0, 80));
        expect(overflowing, 'pieces wider than the widget').to.deep.equal([]);
        const base = root.querySelector<HTMLElement>('[part~="base"]')!;
        expect(getComputedStyle(base).direction).to.equal('ltr');
        expect(getComputedStyle(base).boxSizing).to.equal('border-box');
        expect(getComputedStyle(base).letterSpacing).to.equal('normal');
        expect(parseFloat(getComputedStyle(element).fontSize)).to.be.at.least(16);
      });
    }
  }
});
