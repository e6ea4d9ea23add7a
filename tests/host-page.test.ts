import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import { piecesPastTheEdge, visibleText } from './helpers.js';

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
        // The page's letter spacing reaches the widget's text: a reader's spacing must (WCAG 1.4.12).
        expect(getComputedStyle(base).letterSpacing).to.equal('2px');
        expect(parseFloat(getComputedStyle(element).fontSize)).to.be.at.least(16);
      });
    }
  }
});

/** Mounts `markup` in a page region of `width` px with `background`, and waits for `text`. */
async function mount(markup: string, text: string, width: number, background = '#ffffff'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px;background:${background}"></div>`);
  wrapper.innerHTML = markup;
  const element = wrapper.firstElementChild as HTMLElement;
  await waitUntil(() => visibleText(element).includes(text), `${element.localName} did not render`, { timeout: 6000 });
  return element;
}

interface AxeRun {
  violations: { id: string; nodes: { target: string[] }[] }[];
}
const axe = () => (window as unknown as { axe: { run: (el: Element, options: object) => Promise<AxeRun> } }).axe;

describe('dark and auto themes on any page', () => {
  // Loads axe (chai-a11y-axe brings it) before the matrix runs it directly.
  before(async () => {
    const probe = await fixture(html`<p>probe</p>`);
    await expect(probe).to.be.accessible();
  });
  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const scheme of ['light', 'dark'] as const) {
    for (const [tag, markup, text] of elements) {
      it(`${tag}: colour contrast holds in dark and auto on white and black pages (system ${scheme})`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const failures: string[] = [];
        for (const theme of ['dark', 'auto']) {
          for (const background of ['#ffffff', '#000000']) {
            const element = await mount(
              markup.replace(' lang="en"', ` lang="en" theme="${theme}"`),
              text,
              800,
              background,
            );
            const results = await axe().run(element.parentElement!, {
              runOnly: { type: 'rule', values: ['color-contrast'] },
            });
            for (const violation of results.violations) {
              failures.push(
                `${theme} on ${background}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
              );
            }
          }
        }
        expect(failures).to.deep.equal([]);
      });
    }
  }

  it("follows a page's own dark mode set by a class (--city-color-scheme), native controls included", async () => {
    const style = document.createElement('style');
    style.textContent = '.site-dark { --city-color-scheme: dark; }';
    document.head.append(style);
    try {
      const element = await mount(
        '<city-delegation-form lang="en" action="/api/test/nowhere"></city-delegation-form>',
        'Name of the institution',
        800,
        '#000000',
      );
      const controls = () => [...element.shadowRoot!.querySelectorAll('input[type="radio"], input[type="checkbox"]')];
      await waitUntil(() => controls().length > 0, 'the form has no radio buttons or checkboxes');
      expect(getComputedStyle(element).backgroundColor).to.equal('rgb(255, 255, 255)');
      element.parentElement!.classList.add('site-dark');
      // The theme's own surface and text, and the browser's radios and checkboxes, drawn dark.
      expect(getComputedStyle(element).backgroundColor).to.equal('rgb(28, 33, 40)');
      expect(getComputedStyle(element).color).to.equal('rgb(232, 235, 239)');
      for (const control of controls()) expect(getComputedStyle(control).colorScheme).to.equal('dark');
      const results = await axe().run(element.parentElement!, {
        runOnly: { type: 'rule', values: ['color-contrast'] },
      });
      expect(results.violations.map((violation) => violation.nodes.map((node) => node.target.join(' ')))).to.deep.equal(
        [],
      );
    } finally {
      style.remove();
    }
  });

  for (const [tag, markup, text] of elements) {
    it(`${tag}: keeps its theme and surface on a page whose CSS reset unsets every element`, async () => {
      // The first rule of a popular reset ("The New CSS Reset"): it matches the element itself, and
      // a page's rule on the element beats the element's own :host rules.
      const style = document.createElement('style');
      style.textContent =
        '*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }';
      document.head.append(style);
      try {
        const element = await mount(markup.replace(' lang="en"', ' lang="en" theme="dark"'), text, 800, '#121212');
        expect(getComputedStyle(element).colorScheme).to.equal('dark');
        expect(getComputedStyle(element).backgroundColor).to.equal('rgb(28, 33, 40)');
        const results = await axe().run(element.parentElement!, {
          runOnly: { type: 'rule', values: ['color-contrast'] },
        });
        expect(
          results.violations.map((violation) => violation.nodes.map((node) => node.target.join(' '))),
        ).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });
  }

  it('lets a dark page opt out of the painted surface with --city-theme-surface', async () => {
    const element = await mount(
      '<city-network-badge lang="en" theme="dark" name="EUROCITIES" style="--city-theme-surface: transparent"></city-network-badge>',
      'EUROCITIES',
      400,
      '#000000',
    );
    expect(getComputedStyle(element).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    element.style.removeProperty('--city-theme-surface');
    expect(getComputedStyle(element).backgroundColor).to.equal('rgb(28, 33, 40)');
  });
});

describe('readers’ text spacing (WCAG 1.4.12)', () => {
  let style: HTMLStyleElement;
  before(() => {
    // The values of the success criterion, as a reader's bookmarklet or user stylesheet sets them.
    style = document.createElement('style');
    style.textContent = `
      * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      [theme], city-network-badge, city-conference-timeline, city-member-map, city-delegation-form, city-newsletter-signup {
        --city-paragraph-spacing: 2em;
      }`;
    document.head.append(style);
  });
  after(() => style.remove());

  for (const [tag, markup, text] of elements) {
    for (const width of [320, 1280]) {
      it(`${tag} takes the reader's spacing and clips nothing at ${width}px`, async () => {
        const element = await mount(markup, text, width);
        const root = element.shadowRoot!;
        const base = root.querySelector<HTMLElement>('[part~="base"]')!;
        expect(getComputedStyle(base).letterSpacing).to.equal(
          `${0.12 * parseFloat(getComputedStyle(base).fontSize)}px`,
        );
        const clipped = Array.from(root.querySelectorAll<HTMLElement>('*'))
          .filter((node) => !node.closest('.visually-hidden, [aria-hidden="true"]') && node.getClientRects().length > 0)
          .filter((node) => {
            const { overflowX, overflowY } = getComputedStyle(node);
            const hides = (value: string) => value === 'hidden' || value === 'clip';
            return (
              (hides(overflowX) && node.scrollWidth > node.clientWidth + 1) ||
              (hides(overflowY) && node.scrollHeight > node.clientHeight + 1)
            );
          })
          .map((node) => node.outerHTML.slice(0, 80));
        expect(clipped, 'clipped text').to.deep.equal([]);
        expect(base.scrollWidth, 'wider than the page region').to.be.at.most(width);
      });
    }
  }
});

describe('200 % text in a narrow column, and a page that unsets everything', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    document.head.append(style);
  });
  afterEach(() => style.remove());

  for (const [tag, markup, text] of elements) {
    it(`${tag} keeps every piece inside a 320px column at 200 % text`, async () => {
      style.textContent = `:root { --city-font-size: 32px; }`;
      const element = await mount(markup, text, 320);
      expect(piecesPastTheEdge(element).slice(0, 6).join('\n'), 'pieces past the widget’s edge').to.equal('');
      // Checkboxes and radio buttons grow with the text, not stay at the browser's small control size.
      const boxes = Array.from(
        element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]'),
      );
      const small = boxes.filter((box) => box.getClientRects().length > 0 && box.getBoundingClientRect().width < 32);
      expect(small.map((box) => `${box.name} ${Math.round(box.getBoundingClientRect().width)}px`)).to.deep.equal([]);
    });

    it(`${tag} puts nothing, hidden parts included, outside its box on a right-to-left page that unsets everything`, async () => {
      style.textContent = `* { all: unset; } html { direction: rtl; }`;
      const element = await mount(markup, text, 320);
      const box = element.getBoundingClientRect();
      const outside = Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('*'))
        .filter((node) => node.getClientRects().length > 0)
        .filter((node) => {
          const rect = node.getBoundingClientRect();
          return rect.right > box.right + 1 || rect.left < box.left - 1;
        })
        .map(
          (node) => `${node.outerHTML.slice(0, 100)} (${Math.round(node.getBoundingClientRect().left - box.left)}px)`,
        );
      // A piece far outside (a hidden field moved off screen) widens the page: its first screen is empty.
      expect(outside.slice(0, 6).join('\n'), 'pieces outside the widget').to.equal('');
    });

    it(`${tag} still breaks long words under * { all: unset }`, async () => {
      style.textContent = `* { all: unset; }`;
      const element = await mount(markup, text, 320);
      const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(getComputedStyle(base).overflowWrap).to.equal('anywhere');
    });
  }
});
