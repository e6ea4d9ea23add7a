import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CodeState } from './geometry.js';
import type { MapDrawing } from './member-map.draw.js';

/** What the map panel shows: the map's own state, and what it draws. */
export interface MapPanel extends MapDrawing {
  code: CodeState;
  founding: boolean;
  /** Whether the page is an editor's preview: problems then name the address that failed. */
  editor: boolean;
  onClick: (event: MouseEvent) => void;
  onPointer: (event: PointerEvent) => void;
  /** "Not on the map: …" when the map has no list beside it, else ''. */
  unplaced?: string;
}

/** The map's box with its status line, and the key to the markers. */
export function renderMapPanel(input: MapPanel): TemplateResult {
  const { code, state } = input;
  const loading = code.status === 'loading' || state.status === 'loading';
  const status =
    code.status === 'error'
      ? msg('The map could not be loaded. The list shows every city.')
      : loading
        ? msg('Loading the map…')
        : state.status === 'error'
          ? input.editor
            ? msg(str`The map outlines could not be loaded from ${state.url}. The cities are still shown.`)
            : msg('The map outlines could not be loaded. The cities are still shown.')
          : '';
  // Clicks on the map are for the mouse only, on purpose: markers are hidden from
  // assistive technology and the list is the keyboard equivalent (same events).
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`<div class="map-panel">
    <div
      part="map"
      class="map"
      aria-busy=${loading ? 'true' : 'false'}
      @click=${input.onClick}
      @pointermove=${input.onPointer}
      @pointerleave=${input.onPointer}
    >
      ${code.status === 'ready' ? code.code.drawMap(input, { html, svg, nothing }) : nothing}
      ${status ? html`<p part="map-status" class="map-status">${status}</p>` : nothing}
    </div>
    <p part="legend" class="legend" aria-hidden="true">
      <span class="key member">${msg('Member city')}</span>
      ${input.founding ? html`<span class="key founding">${msg('Founding member')}</span>` : nothing}
    </p>
    ${input.unplaced ? html`<p part="unplaced" class="legend" aria-hidden="true">${input.unplaced}</p>` : nothing}
  </div>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
