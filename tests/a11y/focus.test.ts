import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ElementState } from './a11y-cases.js';
import { elementStates, readyStates } from './a11y-cases.js';
import { hostSection } from './a11y-support.js';

/**
 * Keyboard focus through each element: every Tab stop inside the widget
 * shows a focus ring of at least 2 px (outline, or a box-shadow ring), and
 * Tab leads out of the widget again (no trap).
 */
const cases: ElementState[] = [...readyStates, ...elementStates.filter(({ state }) => state === 'with errors')];

/** The focused element through open shadow roots. */
function deepActive(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Why the focused element shows no ring of 2 px or more, or '' when it does. */
function missingRing(element: Element): string {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0;
  // A ring drawn as a box-shadow: its spread is the last length of the shadow.
  const spreads = [...style.boxShadow.matchAll(/(-?[\d.]+)px(?=[^,]*(?:,|$))/g)].map((match) => parseFloat(match[1]));
  const shadow = style.boxShadow === 'none' ? 0 : Math.max(0, spreads.at(-1) ?? 0);
  if (Math.max(outline, shadow) >= 2) return '';
  const name = `${element.localName}${element.getAttribute('part') ? `[part="${element.getAttribute('part')}"]` : ''}`;
  return `${name}${element.getAttribute('name') ? ` name="${element.getAttribute('name')}"` : ''}: outline ${style.outlineStyle} ${style.outlineWidth}`;
}

describe('keyboard focus (a visible ring of at least 2 px at every Tab stop)', () => {
  for (const { tag, state, mount } of cases) {
    it(`<${tag}> ${state}`, async function () {
      this.timeout(20000);
      const section = hostSection({ before: '<button type="button">Before</button>' });
      const element = await mount(section);
      section.append(Object.assign(document.createElement('button'), { type: 'button', textContent: 'After' }));
      section.querySelector('button')!.focus();

      const stops: string[] = [];
      const problems: string[] = [];
      for (let step = 0; step < 150; step++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (!active || !element.shadowRoot!.contains(active)) break;
        stops.push(active.localName);
        const problem = missingRing(active);
        if (problem && !problems.includes(problem)) problems.push(problem);
      }
      expect(stops.length, `Tab never entered <${tag}>`).to.be.greaterThan(0);
      expect(deepActive()?.textContent, `Tab did not lead out of <${tag}>`).to.equal('After');
      expect(problems.join('\n'), 'Tab stops without a 2 px focus ring').to.equal('');
    });
  }
});
