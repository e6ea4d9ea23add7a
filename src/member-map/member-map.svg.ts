import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Member } from './member-map.data.js';
import type { GeometryState } from './geometry.js';
import type { MapLayout } from './member-map.layout.js';
import { labelPlacements, markerSets, singleMarker } from './member-map.layout.js';

export interface MapView {
  layout: MapLayout;
  width: number;
  height: number;
  em: number;
  geometry: GeometryState;
  /** Members that pass the search and the country filter. */
  shown: ReadonlySet<Member>;
  /** Countries with members, and the one the filter chose ('' for all). */
  memberCountries: ReadonlySet<string>;
  country: string;
  highlighted: ReadonlySet<string>;
  selected?: string;
  active?: string;
  markerLabels: boolean;
  /** The text alternative (the list is the map's accessible equivalent). */
  label: string;
}

/**
 * The map's SVG: one image with a text alternative, its outlines (projected at
 * build time, scaled here by one transform) and markers drawn as a few paths
 * whatever the number of members; the chosen and the hovered city on top.
 * Outlines, markers and labels are hidden from assistive technology.
 */
export function renderMapSvg(view: MapView): TemplateResult {
  const { layout, width, height, em, geometry, shown, selected } = view;
  const outlines = geometry.status === 'ready' ? geometry.outlines : [];
  const countryClass = (id: string | null) =>
    id && view.memberCountries.has(id) ? (id === view.country ? 'member-country filtered' : 'member-country') : '';
  const chosen = singleMarker(layout, selected, view.highlighted);
  const hovered = view.active === selected ? undefined : singleMarker(layout, view.active, view.highlighted);
  const named = layout.placed.filter(
    ({ member, key }) => (view.markerLabels && shown.has(member)) || key === selected,
  );
  return html`<svg part="map-svg" role="img" aria-label=${view.label} viewBox="0 0 ${width} ${height}">
      <g class="countries" aria-hidden="true" transform=${layout.transform}>
        ${outlines.map(
          ({ id, d }) =>
            svg`<path part=${countryClass(id) ? 'country member-country' : 'country'} class=${countryClass(id)} d=${d}></path>`,
        )}
      </g>
      <g class="markers" aria-hidden="true">
        ${markerSets(layout, shown, view.highlighted).map(({ parts, d }) => svg`<path part=${parts} class=${parts} d=${d}></path>`)}
        ${hovered ? svg`<path part=${hovered.parts} class=${hovered.parts} data-id=${hovered.placed.member.id} data-active d=${hovered.d}></path>` : nothing}
        ${chosen ? svg`<path part="${chosen.parts} selected" class="${chosen.parts} selected" data-id=${chosen.placed.member.id} d=${chosen.d}></path>` : nothing}
      </g>
      <g class="labels" aria-hidden="true">
        ${labelPlacements(named, selected, width, em, layout.r).map(
          ({ member, name, key, x, y, anchor }) =>
            svg`<text part="marker-label" class=${key === selected ? 'marker-label selected' : 'marker-label'} data-id=${member.id}
              x=${x} y=${y} dy="0.35em" text-anchor=${anchor}>${name}</text>`,
        )}
      </g>
    </svg>
    ${
      geometry.status === 'loading'
        ? html`<p part="map-status" class="map-status">${msg('Loading the map…')}</p>`
        : geometry.status === 'error'
          ? html`<p part="map-status" class="map-status">
              ${msg(str`The map outlines could not be loaded from ${geometry.url}. The cities are still shown.`)}
            </p>`
          : nothing
    }`;
}
