import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../core/element.js';
import type { CountryOutline, MapCode } from './member-map.assets.js';
import { loadGeometry, loadMapCode } from './member-map.assets.js';

// What most often leaves a file missing: a copy of the script alone, or a bundler that does not copy assets.
const copyHint = ' Serve every file of dist/ beside the script';

/** The drawing code: still loading (or not yet asked for), there, or failed. */
export type CodeState = { status: 'loading' } | { status: 'ready'; code: MapCode } | { status: 'error' };

/** The outlines being shown, with "loading" and "failed" as states of their own. */
export type GeometryState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; outlines: CountryOutline[] }
  | { status: 'error'; url: string; message: string };

/**
 * Loads what the map needs when asked, the drawing code and the outlines side
 * by side, and keeps the state of each.
 */
export class GeometryController implements ReactiveController {
  state: GeometryState = { status: 'idle' };
  code: CodeState = { status: 'loading' };
  private codeAsked = false;

  constructor(private host: ReactiveControllerHost & { localName: string }) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows the outlines at `url`: fetched the first time, a no-op while they load or are shown. */
  request(url: string): void {
    if (!this.codeAsked) {
      this.codeAsked = true;
      loadMapCode()
        .then(
          (code) => (this.code = { status: 'ready', code }),
          (error: unknown) => {
            warnOnce(`<${this.host.localName}>: the map code could not be loaded (${String(error)}).${copyHint}.`);
            this.code = { status: 'error' };
          },
        )
        .finally(() => this.host.requestUpdate());
    }
    if (this.state.status !== 'idle' && this.state.url === url) return;
    this.set({ status: 'loading', url });
    loadGeometry(url).then(
      (outlines) => this.settle(url, { status: 'ready', url, outlines }),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        warnOnce(
          `<${this.host.localName}>: the map outlines could not be loaded from ${url} (${message}); the cities are shown without them.${copyHint}, or call setBasePath() with the folder of europe.paths.json (README).`,
        );
        this.settle(url, { status: 'error', url, message });
      },
    );
  }

  /** The drawing code when it is there. */
  get ready(): MapCode | undefined {
    return this.code.status === 'ready' ? this.code.code : undefined;
  }

  private settle(url: string, state: GeometryState): void {
    if (this.state.status === 'loading' && this.state.url === url) this.set(state);
  }

  private set(state: GeometryState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * Sets the map's height from the `height` attribute through the CSSOM: a style
 * attribute (which Lit's styleMap writes on first render) is blocked by a strict style-src CSP.
 */
export function setMapHeight(base: HTMLElement, height: string | undefined, tag: string): void {
  const value = height?.trim();
  const length = value && /^\d+(\.\d+)?$/.test(value) ? `${value}px` : value;
  if (base.style.getPropertyValue('--_map-height') === length) return;
  if (length && CSS.supports('height', length)) {
    base.style.setProperty('--_map-height', length);
    return;
  }
  if (length) warnOnce(`<${tag}> height="${value}" is not a CSS length (such as 400px or 30em); the default is used.`);
  base.style.removeProperty('--_map-height');
}
