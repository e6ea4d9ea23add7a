import { expect } from '@open-wc/testing';
import { basePathUrl, getBasePath, setBasePath } from '../../src/core/base-path.js';
import { defaultGeometryUrl } from '../../src/member-map/member-map.assets.js';

// The folder esbuild users copy the assets to (README, "With a bundler"). The
// module keeps it for the page, so each test sets what it needs.
describe('setBasePath', () => {
  it('resolves a relative folder against the page and adds the missing slash', () => {
    setBasePath('assets/widgets');
    expect(getBasePath()).to.equal(new URL('assets/widgets/', document.baseURI).href);
    expect(basePathUrl('europe.paths.json')).to.equal(
      new URL('assets/widgets/europe.paths.json', document.baseURI).href,
    );
  });

  it('moves the map geometry there', () => {
    setBasePath('https://cdn.example/city/');
    expect(defaultGeometryUrl()).to.equal('https://cdn.example/city/europe.paths.json');
  });
});
