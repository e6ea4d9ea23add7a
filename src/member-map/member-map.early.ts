import { absoluteUrl } from '../core/data/source.js';
import { askEarly, fetchDataEarly, ignoreFailure } from '../core/data/early.js';
import { defaultGeometryUrl, loadGeometry, prefetchMapCode } from './member-map.assets.js';
import { partsLoader } from './member-map.loader.js';

// Imported first by member-map.ts, before Lit (see core/data/early.ts): the
// maps in the page have their data, the checking and list code, the drawing
// code and the outlines asked for at once.
askEarly('city-member-map', (map) => {
  partsLoader.prefetch();
  fetchDataEarly(map);
  if (map.getAttribute('view') === 'list') return;
  const geometry = map.getAttribute('geometry-src');
  prefetchMapCode();
  loadGeometry(geometry ? absoluteUrl(geometry, document.baseURI) : defaultGeometryUrl()).catch(ignoreFailure);
});
