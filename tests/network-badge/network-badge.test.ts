import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/network-badge/network-badge.js';
import type { CityNetworkBadge } from '../../src/network-badge/network-badge.js';
import { CityNetworkBadge as BadgeClass } from '../../src/network-badge/network-badge.element.js';
import { defineElement } from '../../src/core/define.js';
import {
  captureWarnings,
  expectAccessible,
  piecesPastTheEdge,
  shadowQuery,
  uniqueKey,
  visibleText,
  waitForText,
  withLazyModule,
} from '../helpers.js';
import { runDataElementSuite } from '../shared/data-element-suite.js';
import { membershipsChecker } from '../../src/network-badge/network-badge.loader.js';

const memberships = {
  member: { cs: 'Brněnská metropolitní oblast', en: 'Brno Metropolitan Area' },
  memberships: [
    {
      id: 'metrex',
      network: {
        name: 'METREX',
        fullName: { en: 'The Network of European Metropolitan Regions and Areas' },
        url: 'https://www.eurometrex.org/',
      },
      roles: [{ title: { en: 'The only Czech member', cs: 'Jediný český člen' } }],
    },
    {
      id: 'eurocities',
      network: { name: 'EUROCITIES', url: 'https://eurocities.eu/', memberCount: 140, countryCount: 39 },
      roles: [
        {
          title: {
            en: 'Chair, Working Group on Metropolitan Areas',
            cs: 'Předsednictví pracovní skupiny pro metropolitní oblasti',
          },
          since: 2022,
        },
      ],
    },
  ],
};

async function badge(template: ReturnType<typeof html>): Promise<CityNetworkBadge> {
  const element = await fixture<CityNetworkBadge>(template);
  await element.updateComplete;
  return element;
}

runDataElementSuite({
  tag: 'city-network-badge',
  fixture: 'memberships',
  readyText: 'METREX',
  invalid: {
    data: { memberships: [{ id: 'x', network: { name: 42 } }] },
    path: 'memberships[0].network.name',
  },
});

describe('<city-network-badge>', () => {
  describe('content', () => {
    it('shows the first membership when no network is named', async () => {
      const element = await badge(html`<city-network-badge lang="en" .data=${memberships}></city-network-badge>`);
      const text = visibleText(element);
      expect(text).to.include('Brno Metropolitan Area is a member of');
      expect(text).to.include('METREX');
      expect(text).to.include('The Network of European Metropolitan Regions and Areas');
      expect(text).to.include('The only Czech member');
      expect(text).not.to.include('EUROCITIES');
    });

    it('shows the membership named by network, with role year and counts', async () => {
      const element = await badge(
        html`<city-network-badge lang="en" network="eurocities" .data=${memberships}></city-network-badge>`,
      );
      const text = visibleText(element);
      expect(text).to.include('EUROCITIES');
      expect(text).to.include('Chair, Working Group on Metropolitan Areas since 2022');
      expect(text).to.include('140+ cities in 39 countries');
      const link = shadowQuery<HTMLAnchorElement>(element, 'a[part~="name"]');
      expect(link.href).to.equal('https://eurocities.eu/');
      expect(link.textContent).to.equal('EUROCITIES');
    });

    it('is written in Czech when lang="cs", with Czech plural and number forms', async () => {
      const element = await badge(
        html`<city-network-badge lang="cs" network="eurocities" .data=${memberships}></city-network-badge>`,
      );
      const text = visibleText(element);
      expect(text).to.include('Brněnská metropolitní oblast je členem sítě');
      expect(text).to.include('Předsednictví pracovní skupiny pro metropolitní oblasti od roku 2022');
      expect(text).to.include('140+ měst z 39 zemí');
      expect(shadowQuery(element, '[part~="base"]').getAttribute('lang')).to.equal('cs');
    });

    it('takes its language from the closest ancestor and follows changes of lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="cs-CZ">
          <section><city-network-badge network="eurocities" .data=${memberships}></city-network-badge></section>
        </div>`,
      );
      const element = wrapper.querySelector('city-network-badge')!;
      await waitForText(element, 'od roku 2022');
      wrapper.setAttribute('lang', 'en-GB');
      await waitForText(element, 'since 2022');
      element.setAttribute('lang', 'cs');
      await waitForText(element, 'od roku 2022');
    });

    it('falls back to English for a language it does not have', async () => {
      const element = await badge(
        html`<city-network-badge lang="ja" network="eurocities" .data=${memberships}></city-network-badge>`,
      );
      expect(visibleText(element)).to.include('since 2022');
    });

    it('formats large counts in the locale and uses singular forms', async () => {
      const data = {
        memberships: [{ network: { name: 'Big', memberCount: 1234, memberCountExact: true, countryCount: 1 } }],
      };
      const english = await badge(html`<city-network-badge lang="en" .data=${data}></city-network-badge>`);
      expect(visibleText(english)).to.include('1,234 cities in 1 country');
      const czech = await badge(html`<city-network-badge lang="cs" .data=${data}></city-network-badge>`);
      expect(visibleText(czech)).to.match(/1\s234 měst z 1 země/);
    });

    it('writes counts as the page\'s region does (<html lang="de-CH">), in the widget\'s language', async () => {
      const data = {
        memberships: [{ network: { name: 'Big', memberCount: 12345, memberCountExact: true, countryCount: 1 } }],
      };
      const swiss = new Intl.NumberFormat('de-CH').format(12345);
      expect(swiss, 'the case this is for').to.not.equal('12.345');
      const page = document.documentElement.lang;
      document.documentElement.lang = 'de-CH';
      try {
        const german = await badge(html`<city-network-badge .data=${data}></city-network-badge>`);
        await waitForText(german, `${swiss} Städte`);
        // A widget in another language on the same page writes its language's counts.
        const czech = await badge(html`<city-network-badge lang="cs" .data=${data}></city-network-badge>`);
        await waitForText(czech, '12\u00a0345 měst');
      } finally {
        document.documentElement.lang = page;
      }
    });

    it('writes counts as the region of its own lang does, or of an ancestor', async () => {
      const data = {
        memberships: [{ network: { name: 'Big', memberCount: 12345, memberCountExact: true, countryCount: 1 } }],
      };
      const [swiss, austrian] = ['de-CH', 'de-AT'].map((tag) => new Intl.NumberFormat(tag).format(12345));
      expect(new Set([swiss, austrian, '12.345']).size, 'the case this is for').to.equal(3);
      // On an English page: the region comes from the element's own lang.
      const own = await badge(html`<city-network-badge lang="de-CH" .data=${data}></city-network-badge>`);
      await waitForText(own, `${swiss} Städte`);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de-AT"><city-network-badge .data=${data}></city-network-badge></div>`,
      );
      const inherited = wrapper.querySelector('city-network-badge')!;
      await waitForText(inherited, `${austrian} Städte`);
      const german = await badge(html`<city-network-badge lang="de" .data=${data}></city-network-badge>`);
      await waitForText(german, '12.345 Städte');
    });

    it('uses the forms English does not have (Czech and Polish "few"), loaded with the locale', async () => {
      const data = {
        memberships: [{ network: { name: 'Small', memberCount: 3, memberCountExact: true, countryCount: 22 } }],
      };
      const english = await badge(html`<city-network-badge lang="en" .data=${data}></city-network-badge>`);
      expect(visibleText(english)).to.include('3 cities in 22 countries');
      const czech = await badge(html`<city-network-badge lang="cs" .data=${data}></city-network-badge>`);
      expect(visibleText(czech)).to.include('3 města z 22 zemí');
      const polish = await badge(html`<city-network-badge lang="pl" .data=${data}></city-network-badge>`);
      expect(visibleText(polish)).to.match(/3 miasta w 22 krajach/);
    });

    it('shows a logo with alt text', async () => {
      const data = {
        memberships: [{ network: { name: 'METREX', logo: { src: '/tests/fixtures/logo.svg', alt: 'METREX logo' } } }],
      };
      const element = await badge(html`<city-network-badge lang="en" .data=${data}></city-network-badge>`);
      const logo = shadowQuery<HTMLImageElement>(element, 'img[part~="logo"]');
      expect(logo.alt).to.equal('METREX logo');
    });
  });

  describe('attributes only (no JSON)', () => {
    it('renders name, link, member, role and year from attributes', async () => {
      const element = await badge(
        html`<city-network-badge
          lang="en"
          name="EUROCITIES"
          href="https://eurocities.eu/"
          member="Brno Metropolitan Area"
          role="Chair, Working Group on Metropolitan Areas"
          since="2022"
        ></city-network-badge>`,
      );
      const text = visibleText(element);
      expect(text).to.include('Brno Metropolitan Area is a member of');
      expect(text).to.include('Chair, Working Group on Metropolitan Areas since 2022');
      expect(shadowQuery<HTMLAnchorElement>(element, 'a').href).to.equal('https://eurocities.eu/');
      expect(element.hasAttribute('role'), 'role text must not stay an ARIA role').to.equal(false);
      await expectAccessible(element);
    });

    it('names its region "Membership in" the network, or by label, so two badges of one network are told apart', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <city-network-badge
            name="EUROCITIES"
            variant="pill"
            label="EUROCITIES membership (header)"
          ></city-network-badge>
          <city-network-badge name="EUROCITIES"></city-network-badge>
        </div>`,
      );
      const [pill, card] = [...wrapper.querySelectorAll<CityNetworkBadge>('city-network-badge')];
      await Promise.all([pill.updateComplete, card.updateComplete]);
      const name = (element: Element) => shadowQuery(element, 'section[part~="base"]').getAttribute('aria-label');
      expect(name(card)).to.equal('Membership in EUROCITIES');
      expect(name(pill)).to.equal('EUROCITIES membership (header)');
      await expectAccessible(wrapper);
    });

    it('takes network as the id of the one membership the attributes describe', async () => {
      const element = await badge(
        html`<city-network-badge lang="en" network="eurocities" name="EUROCITIES" member="Opava"></city-network-badge>`,
      );
      expect(visibleText(element)).to.include('Opava is a member of');
      expect(visibleText(element)).not.to.include('No membership');
    });

    it('re-renders when an attribute changes', async () => {
      const element = await badge(html`<city-network-badge lang="en" name="METREX"></city-network-badge>`);
      element.setAttribute('name', 'EUROCITIES');
      await waitForText(element, 'EUROCITIES');
    });

    it('does not link an unsafe href', async () => {
      const warnings = captureWarnings();
      try {
        const element = await badge(
          html`<city-network-badge lang="en" name="METREX" href="javascript:alert(1)"></city-network-badge>`,
        );
        expect(visibleText(element)).to.include('METREX');
        expect(element.shadowRoot!.querySelector('a')).to.equal(null);
        expect(warnings.messages.join()).to.include('not a safe URL');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('the checker, loaded beside the data', () => {
    it('says so in the widget when that code does not load, and shows the badge after Try again', async () => {
      const warnings = captureWarnings();
      try {
        await withLazyModule(membershipsChecker, { failingAt: 'https://cdn.example/data-x.js' }, async (restore) => {
          const reader = await badge(html`<city-network-badge lang="en" .data=${memberships}></city-network-badge>`);
          await waitForText(reader, 'The data could not be loaded.');
          expect(visibleText(reader)).not.to.include('METREX');
          restore();
          shadowQuery(reader, '[part~="retry-button"]').click();
          await waitForText(reader, 'METREX');
          expect(visibleText(reader)).to.include('The only Czech member');
          expect(visibleText(reader)).not.to.include('could not be loaded');
        });
      } finally {
        warnings.restore();
      }
    });

    it('is not needed by a badge written in attributes alone', async () => {
      await withLazyModule(membershipsChecker, { failingAt: 'https://cdn.example/data-x.js' }, async () => {
        const element = await badge(
          html`<city-network-badge lang="en" name="METREX" member="Brno Metropolitan Area"></city-network-badge>`,
        );
        expect(visibleText(element)).to.include('METREX');
        expect(visibleText(element)).not.to.include('could not be loaded');
      });
    });
  });

  describe('bad data', () => {
    it('drops a javascript: URL from the data and reports its path', async () => {
      const warnings = captureWarnings();
      try {
        const data = { memberships: [{ id: 'x', network: { name: 'Evil', url: 'JaVa\tScRipt:alert(1)' } }] };
        const element = await badge(html`<city-network-badge lang="en" .data=${data}></city-network-badge>`);
        expect(visibleText(element)).to.include('Evil');
        expect(element.shadowRoot!.querySelector('a')).to.equal(null);
        // Readers: one kind sentence; editors: the count and the path.
        expect(visibleText(element)).to.include('Some entries could not be shown.');
        expect(visibleText(element)).not.to.include('network.url');
        element.editor = true;
        await element.updateComplete;
        expect(visibleText(element)).to.include('Problems in the data: 1');
        expect(warnings.messages.join()).to.include('memberships[0].network.url');
      } finally {
        warnings.restore();
      }
    });

    it('names every problem of an unusable membership at once, in the widget and the console', async () => {
      const warnings = captureWarnings();
      try {
        const data = {
          member: 42,
          memberships: [
            {
              id: 'net',
              since: 'long ago',
              roles: 'chair',
              network: { name: 42, url: 'javascript:alert(1)', memberCount: -5, countryCount: 'many' },
            },
          ],
        };
        const element = await badge(html`<city-network-badge lang="en" editor .data=${data}></city-network-badge>`);
        await waitForText(element, 'memberships[0].network.name');
        const paths = [
          'member',
          'memberships[0].network.name',
          'memberships[0].network.url',
          'memberships[0].network.memberCount',
          'memberships[0].network.countryCount',
          'memberships[0].roles',
          'memberships[0].since',
        ];
        for (const path of paths) {
          expect(visibleText(element)).to.include(`${path}:`);
          expect(warnings.messages.join('\n')).to.include(`${path}:`);
        }
      } finally {
        warnings.restore();
      }
    });

    it('tells of the problems of the membership it shows, not of the others in the file, and warns once a page', async () => {
      const warnings = captureWarnings();
      try {
        const src = '/tests/fixtures/with-problems/memberships-mixed.json';
        const [fine, again] = await Promise.all(
          [0, 1].map(() => badge(html`<city-network-badge lang="en" network="two" src=${src}></city-network-badge>`)),
        );
        await waitForText(fine, 'Two Cities');
        await waitForText(again, 'Two Cities');
        expect(visibleText(fine)).not.to.include('Some entries could not be shown.');
        fine.editor = true;
        await fine.updateComplete;
        expect(visibleText(fine)).not.to.include('problem');
        // The file's problems go to the console once, not once a badge.
        const reports = warnings.messages.filter((message) => message.includes('memberships-mixed.json'));
        expect(reports).to.have.length(1);
        expect(reports[0]).to.include('memberships[1].network.name');
        // A badge showing an entry with a problem of its own still says so.
        const evil = await badge(html`<city-network-badge lang="en" network="evil" src=${src}></city-network-badge>`);
        await waitForText(evil, 'Evil');
        expect(visibleText(evil)).to.include('Some entries could not be shown.');
      } finally {
        warnings.restore();
      }
    });

    it('says that a data file on another site may not allow reading it (no CORS)', async () => {
      const warnings = captureWarnings();
      try {
        // The same server under another host name is another origin, and it sends no CORS headers.
        // (Here, not in the shared suite: the map's page checks that it never asks another origin.)
        const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
        const src = `${otherOrigin}/tests/fixtures/memberships.json`;
        const reader = await badge(html`<city-network-badge lang="en" src=${src}></city-network-badge>`);
        await waitForText(reader, 'may not allow this page to read it');
        expect(visibleText(reader)).not.to.include(otherOrigin);
        expect(shadowQuery(reader, '[part~="retry-button"]').textContent?.trim()).to.equal('Try again');
        const editor = await badge(html`<city-network-badge lang="cs" editor src=${src}></city-network-badge>`);
        await waitForText(editor, 'Data jsou na jiném webu');
        expect(visibleText(editor)).to.include(otherOrigin);
        expect(warnings.messages.join('\n')).to.include(
          'the other site may not allow reading it from this page (CORS)',
        );
      } finally {
        warnings.restore();
      }
    });

    it('reports a duplicate id and keeps the first', async () => {
      const warnings = captureWarnings();
      try {
        const data = {
          memberships: [
            { id: 'metrex', network: { name: 'First' } },
            { id: 'METREX', network: { name: 'Second' } },
          ],
        };
        const element = await badge(
          html`<city-network-badge lang="en" network="metrex" .data=${data}></city-network-badge>`,
        );
        expect(visibleText(element)).to.include('First');
        expect(warnings.messages.join()).to.include('memberships[1].id: duplicate id');
      } finally {
        warnings.restore();
      }
    });

    it('names the known ids when the network id is unknown', async () => {
      const element = await badge(
        html`<city-network-badge lang="en" network="nope" .data=${memberships}></city-network-badge>`,
      );
      const text = visibleText(element);
      expect(text).to.include('No membership with the id "nope"');
      expect(text).to.include('metrex, eurocities');
      await expectAccessible(element);
    });

    it('reports a membership that is in the data but invalid as invalid, not as missing', async () => {
      const warnings = captureWarnings();
      try {
        const data = {
          memberships: [
            { id: 'metrex', network: { name: 'METREX' } },
            { id: 'eurocities', network: { url: 'https://eurocities.eu/' } },
          ],
        };
        const element = await badge(
          html`<city-network-badge lang="en" network="eurocities" .data=${data}></city-network-badge>`,
        );
        expect(visibleText(element)).to.include('This content cannot be shown at the moment.');
        expect(visibleText(element)).not.to.include('No membership with the id');
        // One message: the entry's problems are the error's, not a second notice under it.
        expect(visibleText(element)).not.to.include('Some entries could not be shown.');
        element.editor = true;
        await element.updateComplete;
        expect(visibleText(element)).to.include('memberships[1].network.name');
        expect(visibleText(element)).not.to.include('METREX');
        expect(element.shadowRoot!.querySelectorAll('[part~="issues"]')).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    it('cuts a very long text and reports the cut', async () => {
      const warnings = captureWarnings();
      try {
        const data = { memberships: [{ network: { name: 'N', fullName: 'x'.repeat(50000) } }] };
        const element = await badge(html`<city-network-badge lang="en" .data=${data}></city-network-badge>`);
        expect(shadowQuery(element, '[part~="full-name"]').textContent!.trim()).to.have.length(300);
        expect(warnings.messages.join()).to.include('fullName: text of 50000 characters cut to the first 300');
      } finally {
        warnings.restore();
      }
    });

    it('says so when there are no memberships', async () => {
      const element = await badge(
        html`<city-network-badge lang="en" .data=${{ memberships: [] }}></city-network-badge>`,
      );
      expect(visibleText(element)).to.include('No network memberships to show.');
      await expectAccessible(element);
    });

    it('explains a document that is not an object', async () => {
      const warnings = captureWarnings();
      try {
        const element = await badge(html`<city-network-badge lang="en" editor .data=${[1, 2]}></city-network-badge>`);
        expect(visibleText(element)).to.include('expected an object, got a list');
      } finally {
        warnings.restore();
      }
    });

    it('shows markup-like words in translations as written, not as entities', async () => {
      const warnings = captureWarnings();
      try {
        const element = await badge(html`<city-network-badge lang="cs" editor></city-network-badge>`);
        expect(visibleText(element)).to.include('<city-network-badge>');
        expect(visibleText(element)).not.to.include('&lt;');
      } finally {
        warnings.restore();
      }
    });

    it('warns once about an unknown variant', async () => {
      const warnings = captureWarnings();
      try {
        await badge(html`<city-network-badge lang="en" variant="huge" name="X"></city-network-badge>`);
        await badge(html`<city-network-badge lang="en" variant="huge" name="Y"></city-network-badge>`);
        expect(warnings.messages.filter((message) => message.includes('variant="huge"'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('headings and languages', () => {
    const headingOf = (element: Element) => shadowQuery(element, '[role="heading"]');

    it('makes the card a heading of level 3 by default, heading-level sets it, the pill is no heading', async () => {
      const element = await badge(
        html`<city-network-badge lang="en" network="eurocities" .data=${memberships}></city-network-badge>`,
      );
      expect(headingOf(element).getAttribute('aria-level')).to.equal('3');
      expect(headingOf(element).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Brno Metropolitan Area is a member of EUROCITIES',
      );
      element.setAttribute('heading-level', '2');
      await element.updateComplete;
      expect(headingOf(element).getAttribute('aria-level')).to.equal('2');
      element.setAttribute('heading-level', 'nine');
      await element.updateComplete;
      expect(headingOf(element).getAttribute('aria-level')).to.equal('3');
      element.variant = 'pill';
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
    });

    for (const [outer, level] of [
      ['h1', '2'],
      ['h2', undefined],
    ] as const) {
      it(`keeps the heading order under an <${outer}>`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<section>
            ${
              outer === 'h1'
                ? html`<h1>Partners</h1>`
                : html`<h1>City</h1>
                    <h2>Partners</h2>`
            }
            <city-network-badge lang="en" heading-level=${level ?? '3'} .data=${memberships}></city-network-badge>
          </section>`,
        );
        const element = wrapper.querySelector('city-network-badge')!;
        await element.updateComplete;
        expect(headingOf(element).getAttribute('aria-level')).to.equal(outer === 'h1' ? '2' : '3');
        await expectAccessible(wrapper);
      });
    }

    it('marks a text shown in a fallback language with its lang', async () => {
      const data = {
        member: { en: 'Brno Metropolitan Area' },
        memberships: [
          { network: { name: 'EUROCITIES', fullName: { de: 'Netzwerk' } }, roles: [{ title: { cs: 'Člen' } }] },
        ],
      };
      const element = await badge(html`<city-network-badge lang="de" .data=${data}></city-network-badge>`);
      const langOf = (text: string) =>
        Array.from(element.shadowRoot!.querySelectorAll('[lang]'))
          .find((node) => node.textContent!.trim() === text)
          ?.getAttribute('lang');
      expect(langOf('Brno Metropolitan Area')).to.equal('en');
      expect(langOf('Člen')).to.equal('cs');
      expect(shadowQuery(element, '[part~="full-name"] span').hasAttribute('lang')).to.equal(false);
    });
  });

  describe('presentation', () => {
    it('has parts for styling and a pill variant on one line', async () => {
      const element = await badge(
        html`<city-network-badge
          lang="en"
          variant="pill"
          network="eurocities"
          .data=${memberships}
        ></city-network-badge>`,
      );
      for (const part of ['base', 'name', 'roles', 'role', 'since', 'counts', 'label']) {
        expect(element.shadowRoot!.querySelector(`[part~="${part}"]`), part).not.to.equal(null);
      }
      const base = shadowQuery(element, '[part~="base"]');
      expect(base.classList.contains('pill')).to.equal(true);
      // Between two roles a dot that is seen, not read out ("· Treasurer" in the accessible text).
      const twoRoles = {
        memberships: [
          { ...memberships.memberships[0], roles: [{ title: 'Member' }, { title: 'Treasurer', since: 2015 }] },
        ],
      };
      const metrex = await badge(
        html`<city-network-badge lang="en" variant="pill" .data=${twoRoles}></city-network-badge>`,
      );
      const roles = metrex.shadowRoot!.querySelectorAll('[part~="role"]');
      expect(roles).to.have.length(2);
      expect(getComputedStyle(roles[1], '::before').content).to.equal('" · " / ""');
    });

    it('holds a pill’s height while loading, its skeleton inside it', async () => {
      const element = await badge(
        html`<city-network-badge
          lang="en"
          variant="pill"
          network="eurocities"
          src=${`/api/data/slow?ms=900&key=${uniqueKey()}`}
        ></city-network-badge>`,
      );
      const height = () => Math.round(element.getBoundingClientRect().height);
      const held = height();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="loading"][role="status"]'), 'no skeleton');
      expect(height(), 'the skeleton grew the pill').to.equal(held);
      // Four lines of skeleton made a pill 116 px tall (at 16 px), for a pill of about 55.
      expect(held).to.be.below(70);
      await waitForText(element, 'EUROCITIES');
    });

    it('fits columns from 100 px to 1200 px without overflowing, as a card and as a pill', async () => {
      // A sidebar's column in a CMS can be as narrow as 100 px: a long word or the logo must wrap or shrink.
      const withLogo = {
        memberships: [
          {
            network: {
              name: 'Metropolitanregionenverbund',
              logo: { src: '/tests/fixtures/logo.svg', alt: 'Logo' },
            },
          },
        ],
      };
      for (const data of [memberships, withLogo])
        for (const variant of ['card', 'pill'])
          for (const width of [100, 120, 200, 1200]) {
            const wrapper = await fixture<HTMLDivElement>(
              html`<div style="width:${width}px">
                <city-network-badge
                  lang="en"
                  network=${data === memberships ? 'eurocities' : nothing}
                  variant=${variant}
                  .data=${data}
                ></city-network-badge>
              </div>`,
            );
            const element = wrapper.firstElementChild as CityNetworkBadge;
            await element.updateComplete;
            const logo = element.shadowRoot!.querySelector('img');
            if (logo) await waitUntil(() => logo.complete, 'the logo never loaded');
            const base = shadowQuery(element, '[part~="base"]');
            expect(piecesPastTheEdge(element, 0.5), `${variant} at ${width}px`).to.deep.equal([]);
            expect(base.scrollWidth, `${variant} at ${width}px`).to.be.at.most(width);
            expect(element.getBoundingClientRect().width).to.be.at.most(width);
            // The logo loads lazily: the next fixture must be on screen, not below this one.
            fixtureCleanup();
          }
    });

    it('uses the dark theme colours', async () => {
      const element = await badge(
        html`<city-network-badge lang="en" theme="dark" .data=${memberships}></city-network-badge>`,
      );
      const background = getComputedStyle(shadowQuery(element, '[part~="base"]')).backgroundColor;
      expect(background).to.equal('rgb(28, 33, 40)');
      await expectAccessible(element);
    });

    it('is not affected by a hostile host page (62.5% rem, global colours)', async () => {
      const style = document.createElement('style');
      style.textContent =
        'html { font-size: 62.5% } * { color: red; letter-spacing: 3px; font-family: serif } p { margin: 50px }';
      document.head.append(style);
      try {
        const element = await badge(html`<city-network-badge lang="en" .data=${memberships}></city-network-badge>`);
        const name = shadowQuery(element, '[part~="name"]');
        const computed = getComputedStyle(name);
        expect(computed.color).not.to.equal('rgb(255, 0, 0)');
        // A page's text spacing reaches the widget on purpose (WCAG 1.4.12: readers set their own).
        expect(computed.letterSpacing).to.equal('3px');
        expect(parseFloat(getComputedStyle(element).fontSize)).to.equal(16);
        expect(getComputedStyle(shadowQuery(element, '[part~="full-name"]')).marginTop).to.equal('0px');
      } finally {
        style.remove();
      }
    });
  });

  describe('accessibility and keyboard', () => {
    it('passes axe (WCAG 2.2 AA) in English and Czech', async () => {
      for (const lang of ['en', 'cs']) {
        const element = await badge(
          html`<city-network-badge lang=${lang} network="eurocities" .data=${memberships}></city-network-badge>`,
        );
        await expectAccessible(element);
      }
    });

    it('lets the keyboard reach the network link', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button
          ><city-network-badge lang="en" network="eurocities" .data=${memberships}></city-network-badge>
        </div>`,
      );
      const element = wrapper.querySelector('city-network-badge')!;
      await element.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement?.textContent).to.equal('EUROCITIES');
    });
  });

  describe('registration', () => {
    it('tolerates a second definition of the tag', () => {
      const warnings = captureWarnings();
      try {
        class SecondCopy extends BadgeClass {}
        expect(() => defineElement('city-network-badge', SecondCopy)).not.to.throw();
        expect(customElements.get('city-network-badge')).not.to.equal(SecondCopy);
        expect(warnings.messages.join()).to.include('already defined');
      } finally {
        warnings.restore();
      }
    });
  });
});
