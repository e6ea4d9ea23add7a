import { expect } from '@open-wc/testing';
import { readyStates } from './a11y-cases.js';
import { axeFindings, describeFindings, hostSection } from './a11y-support.js';

/**
 * Each element placed in a page section under an <h1> and under an <h2>:
 * axe's heading-order (a best-practice rule, so named explicitly) finds no
 * skipped level, and no heading of the widget outranks the page's heading it
 * is placed under. `heading-level` is the level of the widget's own top
 * headings; its default fits a section headed by an <h2>.
 */
const placements: { page: string; pageLevel: number; attributes: Record<string, string> }[] = [
  { page: '<h1>City of Opava</h1>', pageLevel: 1, attributes: { 'heading-level': '2' } },
  { page: '<h2>International cooperation</h2>', pageLevel: 2, attributes: {} },
  { page: '<h2>International cooperation</h2>', pageLevel: 2, attributes: { 'heading-level': '3' } },
];

/** Levels of the headings inside the widget's shadow root, in document order. */
function headingLevels(element: Element): number[] {
  return Array.from(element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')).map((heading) =>
    Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)),
  );
}

describe('headings on host pages (axe heading-order)', () => {
  it('the check itself catches a skipped level', async () => {
    const section = hostSection({ before: '<h1>Page</h1><h3>Skipped a level</h3>' });
    expect((await axeFindings(section, ['heading-order'])).map(({ rule }) => rule)).to.include('heading-order');
  });

  for (const { tag, mount } of readyStates) {
    for (const { page, pageLevel, attributes } of placements) {
      const label = Object.keys(attributes).length ? `heading-level="${attributes['heading-level']}"` : 'by default';
      it(`<${tag}> under an <h${pageLevel}>, ${label}`, async () => {
        const section = hostSection({ before: page });
        const element = await mount(section, attributes);
        const findings = await axeFindings(section, ['heading-order']);
        expect(describeFindings(findings), 'axe violations').to.equal('');
        const levels = headingLevels(element);
        expect(
          levels.filter((level) => level <= pageLevel),
          `headings of <${tag}> (levels ${levels.join(', ')}) outrank the page's <h${pageLevel}>`,
        ).to.deep.equal([]);
      });
    }
  }
});
