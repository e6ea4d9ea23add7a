import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { BoxSize } from '../core/controllers/resize.js';
import type { Member } from './member-map.data.js';
import type { CountryGroup } from './member-list.js';
import type { GeometryState, MapCode } from './geometry.js';
import { adoptMapStyles } from './geometry.js';
import type { MapView } from './member-map.svg.js';

/** What the map panel shows: the map's own state, and what it draws (see MapView). */
export interface MapPanel extends Omit<MapView, 'layout' | 'width' | 'height' | 'outlines' | 'memberCountries'> {
  code?: MapCode | null;
  state: GeometryState;
  /** The shadow root, which takes the map's styles when its code arrives. */
  root: Node;
  size: BoxSize;
  groups: readonly CountryGroup[];
  shown: ReadonlySet<Member>;
  founding: boolean;
  onClick: (event: MouseEvent) => void;
  onPointer: (event: PointerEvent) => void;
}

function renderSvg(code: MapCode, input: MapPanel): TemplateResult {
  adoptMapStyles(input.root, code.mapStyles);
  const { width, height, em } = input.size;
  const { state, groups } = input;
  return code.renderMapSvg(
    {
      ...input,
      layout: code.mapLayout(groups, width, height, em),
      width,
      height,
      outlines: state.status === 'ready' ? state.outlines : [],
      memberCountries: new Set(groups.map((group) => group.code)),
    },
    { html, svg, nothing },
  );
}

/** The map's box with its status line, and the key to the markers. */
export function renderMapPanel(input: MapPanel): TemplateResult {
  const { code, state } = input;
  const status =
    code === null
      ? msg('The map could not be loaded. The list shows every city.')
      : !code || state.status === 'loading'
        ? msg('Loading the map…')
        : state.status === 'error'
          ? msg(str`The map outlines could not be loaded from ${state.url}. The cities are still shown.`)
          : '';
  // Clicks on the map are for the mouse only, on purpose: markers are hidden from
  // assistive technology and the list is the keyboard equivalent (same events).
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`<div class="map-panel">
    <div
      part="map"
      class="map"
      aria-busy=${!code || state.status === 'loading' ? 'true' : 'false'}
      @click=${input.onClick}
      @pointermove=${input.onPointer}
      @pointerleave=${input.onPointer}
    >
      ${code ? renderSvg(code, input) : nothing}
      ${status ? html`<p part="map-status" class="map-status">${status}</p>` : nothing}
    </div>
    <p part="legend" class="legend" aria-hidden="true">
      <span class="key member">${msg('Member city')}</span>
      ${input.founding ? html`<span class="key founding">${msg('Founding member')}</span>` : nothing}
    </p>
  </div>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
