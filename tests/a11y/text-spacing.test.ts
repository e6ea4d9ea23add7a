import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ElementState } from './a11y-cases.js';
import { elementStates, readyStates } from './a11y-cases.js';
import { hostSection } from './a11y-support.js';

/**
 * WCAG 1.4.12 Text Spacing: a reader's stylesheet sets line height 1.5,
 * paragraph spacing 2em, letter spacing 0.12em and word spacing 0.16em.
 * (1) Set on the page, as the usual bookmarklets and extensions do, the
 * inherited ones (line, letter, word) must reach the widget's text.
 * (2) With all four applied inside the widget too, no text is clipped or
 * pushed out of the widget, at 320 px and at 1280 px.
 */
const spacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

const withErrors = elementStates.filter(({ state }) => state === 'with errors');
const cases: ElementState[] = [...readyStates, ...withErrors];

let pageStyle: HTMLStyleElement;
before(() => {
  pageStyle = document.createElement('style');
  pageStyle.textContent = spacing;
  document.head.append(pageStyle);
});
after(async () => {
  pageStyle.remove();
  await setViewport({ width: 800, height: 600 });
});

/** Visible elements of the shadow root that hold text themselves (not form-control values). */
function textHolders(root: ShadowRoot): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('*')).filter((node) => {
    if (['style', 'input', 'textarea', 'select', 'option'].includes(node.localName)) return false;
    if (!node.checkVisibility() || node.closest('[aria-hidden="true"]')) return false;
    const box = node.getBoundingClientRect();
    // Text for screen readers only is 1 px and clipped on purpose.
    if (box.width <= 1 || box.height <= 1) return false;
    return Array.from(node.childNodes).some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
  });
}

const px = (value: string) => (value === 'normal' ? 0 : parseFloat(value));

/** Where the page's spacing does not reach: "selector: property value" lines. */
function unreached(element: HTMLElement): string[] {
  const hostFont = parseFloat(getComputedStyle(element).fontSize);
  return textHolders(element.shadowRoot!).flatMap((node) => {
    const style = getComputedStyle(node);
    const font = parseFloat(style.fontSize);
    const name = `${node.localName}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}`;
    const problems: string[] = [];
    // 0.12em and 0.16em of the font they were set on (the host's), inherited as lengths.
    if (px(style.letterSpacing) < 0.12 * hostFont * 0.95)
      problems.push(`${name}: letter-spacing ${style.letterSpacing}`);
    if (px(style.wordSpacing) < 0.16 * hostFont * 0.95) problems.push(`${name}: word-spacing ${style.wordSpacing}`);
    if (px(style.lineHeight) < 1.5 * font * 0.95) problems.push(`${name}: line-height ${style.lineHeight}`);
    return problems;
  });
}

/** Text cut off by its box, or pushed out of the widget: one line per place. */
function clipped(element: HTMLElement): string[] {
  const host = element.getBoundingClientRect();
  const root = element.shadowRoot!;
  const hiding = ['hidden', 'clip'];
  const problems: string[] = [];
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    if (!node.checkVisibility() || node.closest('[aria-hidden="true"]') || !node.textContent?.trim()) continue;
    const box = node.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(node);
    const name = `${node.localName}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}`;
    const text = `"${node.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    if (hiding.includes(style.overflowX) && node.scrollWidth > node.clientWidth + 1) {
      problems.push(`${name} ${text} cut at the side (${node.scrollWidth} > ${node.clientWidth} px)`);
    }
    if (hiding.includes(style.overflowY) && node.scrollHeight > node.clientHeight + 1) {
      problems.push(`${name} ${text} cut at the bottom (${node.scrollHeight} > ${node.clientHeight} px)`);
    }
    // A box that lets its text spill over what follows (a scroll box keeps it reachable).
    if (style.overflowY === 'visible' && node.scrollHeight > node.clientHeight + 1) {
      problems.push(`${name} ${text} spills out of its box (${node.scrollHeight} > ${node.clientHeight} px)`);
    }
    if (box.right > host.right + 1 || box.left < host.left - 1) {
      problems.push(`${name} ${text} sticks out of the widget (${Math.round(box.left)}–${Math.round(box.right)} px)`);
    }
  }
  return problems;
}

/** Adds the reader's spacing inside the widget as well (as a user style reaching every text would). */
function applyInside(element: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(spacing);
  element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, sheet];
}

describe('text spacing (WCAG 1.4.12)', () => {
  it('the clipping check itself finds text cut by a fixed height', () => {
    const section = hostSection();
    const host = document.createElement('div');
    section.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<p style="height: 1.2em; overflow: hidden">Ein Satz, der auf zwei Zeilen umbricht, wenn der Platz knapp ist.</p>';
    host.style.width = '120px';
    applyInside(host);
    expect(clipped(host)).to.have.length.greaterThan(0);
  });

  for (const width of [320, 1280]) {
    describe(`at ${width} px`, () => {
      before(() => setViewport({ width, height: 900 }));

      // The page's own 16 px padding on each side, as on a phone.
      const place = () => hostSection({ lang: 'de', width: `${width - 32}px` });

      for (const { tag, state, mount } of cases) {
        it(`<${tag}> ${state}: the reader's line, letter and word spacing reach its text`, async () => {
          const notReached = unreached(await mount(place()));
          expect(notReached.slice(0, 6).join('\n'), `spacing does not reach ${notReached.length} places`).to.equal('');
        });

        it(`<${tag}> ${state}: nothing is clipped with all four spacings applied`, async () => {
          const element = await mount(place());
          applyInside(element);
          const cut = clipped(element);
          expect(cut.slice(0, 6).join('\n'), `${cut.length} places clipped`).to.equal('');
        });
      }
    });
  }
});
