import { inlineJson } from '../core/data/inline.js';
import { absoluteUrl, fetchJson } from '../core/data/source.js';
import { defaultGeometryUrl, loadGeometry, loadMapCode } from './member-map.assets.js';
import { partsLoader } from './member-map.loader.js';

/*
 * Imported first by the element's module, and free of Lit, so that it runs
 * before Lit and the element are evaluated (on a phone the longest part of
 * the element's start): the maps already in the page have their data, the
 * checking and list code, the drawing code and the outlines asked for then,
 * and these come meanwhile instead of after. Each element joins its requests
 * as it connects (each is shared per URL).
 */
function askEarly(): void {
  if (typeof document === 'undefined' || customElements.get('city-member-map')) return;
  const ignoreFailure = () => undefined; // the element asks again and reports it
  for (const map of document.querySelectorAll('city-member-map')) {
    partsLoader.prefetch();
    const src = map.getAttribute('src');
    if (src && inlineJson(map) === undefined)
      fetchJson(absoluteUrl(src, document.baseURI), new AbortController().signal).catch(ignoreFailure);
    if (map.getAttribute('view') === 'list') continue;
    const geometry = map.getAttribute('geometry-src');
    loadMapCode().catch(ignoreFailure);
    loadGeometry(geometry ? absoluteUrl(geometry, document.baseURI) : defaultGeometryUrl()).catch(ignoreFailure);
  }
}

askEarly();
