import { expect } from '@open-wc/testing';
import { elementStates } from './a11y-cases.js';
import type { Background, Locale, Scheme } from './a11y-support.js';
import {
  axeFindings,
  backgrounds,
  describeFindings,
  hostSection,
  locales,
  schemes,
  themes,
  useScheme,
} from './a11y-support.js';

/**
 * axe (WCAG 2.2 AA) over every element in every state, for every theme on
 * every system colour scheme and host page background (all 12), each in one
 * of cs/en/de. The locale turns with the case, so across the three themes of
 * one element state every locale meets every theme, scheme and background.
 */
interface Combination {
  scheme: Scheme;
  background: Background;
  locale: Locale;
}

function combinations(offset: number): Combination[] {
  return schemes.flatMap((scheme, schemeIndex) =>
    backgrounds.map((background, backgroundIndex) => ({
      scheme,
      background,
      locale: locales[(offset + schemeIndex * backgrounds.length + backgroundIndex) % locales.length],
    })),
  );
}

describe('accessibility matrix (axe WCAG 2.2 AA)', () => {
  elementStates.forEach(({ tag, state, mount }, stateIndex) => {
    themes.forEach((theme, themeIndex) => {
      it(`<${tag}> ${state}, theme="${theme}": no violation on any scheme or background`, async function () {
        this.timeout(40000);
        const failures: string[] = [];
        for (const { scheme, background, locale } of combinations(stateIndex + themeIndex)) {
          await useScheme(scheme);
          const section = hostSection({ background, lang: locale });
          const element = await mount(section, { theme });
          expect(element.shadowRoot?.textContent?.trim(), `<${tag}> ${state} shows nothing`).not.to.equal('');
          const findings = await axeFindings(section);
          if (findings.length > 0) {
            failures.push(`system ${scheme}, ${background} page, ${locale}: ${describeFindings(findings)}`);
          }
          section.remove();
        }
        expect(failures.join('\n'), 'axe WCAG 2.2 AA violations').to.equal('');
      });
    });
  });
});
