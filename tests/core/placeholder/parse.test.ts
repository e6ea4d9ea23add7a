import { expect } from '@open-wc/testing';
import { documentedAttributes, placeholderTags } from '../../../src/core/placeholder/attributes.js';
import { allowedOrigins } from '../../../src/core/placeholder/origins.js';
import { maxFragmentLength, parsePlaceholder, urlProblem } from '../../../src/core/placeholder/parse.js';
import type { Placeholder } from '../../../src/core/placeholder/parse.js';

const site = 'https://www.city.example';

function parsed(href: string): Placeholder {
  const result = parsePlaceholder(href);
  if (typeof result !== 'object') throw new Error(`not parsed: ${result}`);
  return result;
}

describe('parsePlaceholder', () => {
  it('reads the element, its attributes and the data URL from the link', () => {
    const { tag, attributes, ignored } = parsed(
      `${site}/data/conferences.json#city-conference-timeline&search&limit=8&lang=cs`,
    );
    expect(tag).to.equal('city-conference-timeline');
    expect([...attributes]).to.deep.equal([
      ['src', `${site}/data/conferences.json`],
      ['search', ''],
      ['limit', '8'],
      ['lang', 'cs'],
    ]);
    expect(ignored).to.deep.equal([]);
  });

  it('decodes URL-encoded names and values; a src in the fragment wins over the link', () => {
    const { attributes } = parsed(
      `https://network.example/about#city-conference-timeline&highlight-city=Brno%20%26%20Opava&src=%2Fdata%2Fc.json&country=AT,CZ`,
    );
    expect(attributes.get('highlight-city')).to.equal('Brno & Opava');
    expect(attributes.get('src')).to.equal('/data/c.json');
    expect(attributes.get('country')).to.equal('AT,CZ');
  });

  it('reads the element and attribute names in any case, as HTML does', () => {
    const { tag, attributes } = parsed(`${site}/data/c.json#City-Conference-Timeline&Search&LIMIT=8`);
    expect(tag).to.equal('city-conference-timeline');
    expect([...attributes.keys()]).to.deep.equal(['src', 'search', 'limit']);
  });

  it('keeps undocumented names out and reports them', () => {
    const { attributes, ignored } = parsed(`${site}/m.json#city-member-map&onclick=alert(1)&style=x&view=list`);
    expect([...attributes.keys()]).to.deep.equal(['src', 'view']);
    expect(ignored).to.deep.equal(['onclick', 'style']);
  });

  it('is not a placeholder without a city- fragment', () => {
    expect(parsePlaceholder(`${site}/page.html`)).to.equal(undefined);
    expect(parsePlaceholder(`${site}/page.html#section-2`)).to.equal(undefined);
    expect(parsePlaceholder(`${site}/page.html#top#city-network-badge`)).to.equal(undefined);
  });

  it('explains why an unknown element or an oversized fragment stays a link', () => {
    expect(parsePlaceholder(`${site}/x.json#city-unknown-thing`)).to.match(/<city-unknown-thing> is no element/);
    expect(parsePlaceholder(`${site}/x.json#city-constructor`)).to.match(/no element/);
    const huge = `${site}/x.json#city-network-badge&name=${'a'.repeat(maxFragmentLength)}`;
    expect(parsePlaceholder(huge)).to.match(/over 4096 characters/);
  });
});

describe('urlProblem', () => {
  const origins = [site, 'https://data.example'];
  const problem = (href: string) => urlProblem(parsed(href), `${site}/news/`, origins);

  it('accepts data on the own origin or an allowed one, relative URLs included', () => {
    expect(problem(`${site}/d.json#city-network-badge`)).to.equal(undefined);
    expect(problem(`https://data.example/d.json#city-network-badge`)).to.equal(undefined);
    expect(problem(`https://network.example/#city-network-badge&src=..%2Fd.json`)).to.equal(undefined);
  });

  it('refuses data, form targets, logos and geometry from other origins', () => {
    expect(problem(`https://evil.example/d.json#city-network-badge`)).to.match(/src="https:\/\/evil.example\/d.json"/);
    expect(problem(`${site}/d.json#city-newsletter-signup&action=https%3A%2F%2Fevil.example%2Fcollect`)).to.match(
      /action=/,
    );
    expect(problem(`${site}/d.json#city-network-badge&logo=https%3A%2F%2Ftracker.example%2Fp.gif`)).to.match(/logo=/);
    expect(problem(`${site}/d.json#city-member-map&geometry-src=http%3A%2F%2Fevil.example%2Fg.json`)).to.match(
      /geometry-src=/,
    );
  });

  it('refuses javascript: and data: URLs wherever they appear', () => {
    expect(problem('javascript:alert(1)//#city-network-badge')).to.match(/src="javascript:/);
    expect(problem(`${site}/d.json#city-network-badge&src=javascript%3Aalert(1)`)).to.match(/src=/);
    expect(problem(`${site}/d.json#city-network-badge&href=java%09script%3Aalert(1)`)).to.match(/no safe link/);
    expect(problem(`${site}/d.json#city-delegation-form&privacy-url=data%3Atext%2Fhtml%2Cx`)).to.match(/no safe link/);
  });

  it('lets an empty src mean "no data file" and a link attribute point anywhere safe', () => {
    const badge = 'https://eurocities.eu/#city-network-badge&src&name=EUROCITIES&href=https%3A%2F%2Feurocities.eu';
    expect(problem(badge)).to.equal(undefined);
    expect(problem(`${site}/d.json#city-delegation-form&privacy-url=mailto%3Adpo%40city.example`)).to.equal(undefined);
    expect(problem(`${site}/d.json#city-delegation-form&privacy-url=..%2Fprivacy.html`)).to.equal(undefined);
    expect(problem(`${site}/d.json#city-delegation-form&privacy-url=%20%20javascript%3Ax`)).to.match(/no safe link/);
  });
});

describe('allowedOrigins', () => {
  afterEach(() => document.querySelectorAll('meta[name="city-network-widgets"]').forEach((meta) => meta.remove()));

  it("is the page's own origin, plus the origins a meta element lists", () => {
    expect(allowedOrigins(document)).to.deep.equal([location.origin]);
    const meta = document.createElement('meta');
    meta.name = 'city-network-widgets';
    meta.content = 'allow-origins=https://data.example/ignored-path, https://cdn.example:8443 not-a-url';
    document.head.append(meta);
    expect(allowedOrigins(document)).to.deep.equal([
      location.origin,
      'https://data.example',
      'https://cdn.example:8443',
    ]);
  });
});

describe('the attribute table', () => {
  it('names the five elements, each with the common attributes', () => {
    expect(placeholderTags).to.have.length(5);
    for (const tag of placeholderTags) expect(documentedAttributes(tag)).to.include.members(['src', 'lang', 'theme']);
    expect(documentedAttributes('toString')).to.equal(undefined);
  });
});
