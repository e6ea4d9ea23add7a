import type { html, nothing, svg, TemplateResult } from 'lit';
import type { Member } from './member-map.data.js';
import type { CountryOutline } from './member-map.assets.js';
import type { MapLayout } from './member-map.layout.js';
import type { markerSets } from './member-map.layout.js';
import { labelPlacements, lastPer, singleMarker } from './member-map.layout.js';
import type { Placed } from './member-map.layout.js';

/** Lit's template tags, passed in by the element (see member-map.map.ts). */
export interface LitTags {
  html: typeof html;
  svg: typeof svg;
  nothing: typeof nothing;
}

export interface MapView {
  layout: MapLayout;
  width: number;
  height: number;
  outlines: readonly CountryOutline[];
  /** Members that pass the search and the country filter. */
  shown: ReadonlySet<Member>;
  /** Countries with members, and the one the filter chose ('' for all). */
  memberCountries: ReadonlySet<string>;
  country: string;
  highlighted: ReadonlySet<string>;
  selected?: string;
  active?: string;
  markerLabels: boolean;
  /** The shown markers in steps (markerSets), and how many steps to draw; the rest follow in later tasks. */
  markers: ReturnType<typeof markerSets>;
  chunks: number;
  /** The text alternative (the list is the map's accessible equivalent). */
  label: string;
}

/**
 * The map's SVG: one image with a text alternative, its outlines (projected at
 * build time, scaled here by one transform) and markers drawn as a few paths
 * whatever the number of members; the chosen and the hovered city on top.
 * Outlines, markers and labels are hidden from assistive technology.
 */
export function renderMapSvg(view: MapView, { html, svg, nothing }: LitTags): TemplateResult {
  const { layout, width, height, shown, selected } = view;
  const chosen = singleMarker(layout, selected, view.highlighted);
  const hovered = view.active === selected ? undefined : singleMarker(layout, view.active, view.highlighted);
  return html`<svg part="map-svg" role="img" aria-label=${view.label} viewBox="0 0 ${width} ${height}">
    <g class="countries" aria-hidden="true" transform=${layout.transform}>
      ${outlinePaths(layout, view.outlines, [...view.memberCountries].join(), view.country).map(
        ({ look, d }) => svg`<path part=${look ? 'country member-country' : 'country'} class=${look} d=${d}></path>`,
      )}
    </g>
    <g class="markers" aria-hidden="true">
      ${steps(view.markers, view.chunks).map(({ parts, d }) => svg`<path part=${parts} class=${parts} d=${d}></path>`)}
      ${hovered ? svg`<path part=${hovered.parts} class=${hovered.parts} data-id=${hovered.placed.member.id} data-active d=${hovered.d}></path>` : nothing}
      ${chosen ? svg`<path part="${chosen.parts} selected" class="${chosen.parts} selected" data-id=${chosen.placed.member.id} d=${chosen.d}></path>` : nothing}
    </g>
    <g class="labels" aria-hidden="true">
      ${labels(layout, shown, selected, view.markerLabels).map(
        ({ member, name, key, x, y, anchor }) =>
          svg`<text part="marker-label" class=${key === selected ? 'marker-label selected' : 'marker-label'} data-id=${member.id}
            x=${x} y=${y} dy="0.35em" text-anchor=${anchor}>${name}</text>`,
      )}
    </g>
  </svg>`;
}

/** The names on the map: every shown city's with `marker-labels` where it fits, and the chosen city's. */
const labels = lastPer((layout: MapLayout, shown: ReadonlySet<Member>, selected?: string, all?: boolean) => {
  const named = layout.placed.filter(({ member, key }: Placed) => (all && shown.has(member)) || key === selected);
  return labelPlacements(named, selected, layout.width, layout.em, layout.r);
});

/** The marker paths of the first `count` steps. */
const steps = (sets: ReturnType<typeof markerSets>, count: number) =>
  Array.from({ length: Math.min(sets.count, count) }, (_, index) => sets.chunk(index)).flat();

/**
 * The outlines as one path per look (other countries, member countries, the
 * filtered one) instead of one per country: a few nodes and template
 * instances where there were some sixty, which came to about a tenth of the
 * map's time to its first content on a slow phone (4× CPU).
 */
const outlinePaths = lastPer(
  (_layout: MapLayout, outlines: readonly CountryOutline[], memberCountries: string, country: string) => {
    const members = new Set(memberCountries.split(','));
    const look = (id: string | null) =>
      id && members.has(id) ? (id === country ? 'member-country filtered' : 'member-country') : '';
    const byLook = new Map<string, string>();
    for (const { id, d } of outlines) {
      const key = look(id);
      byLook.set(key, (byLook.get(key) ?? '') + d);
    }
    return [...byLook].map(([key, d]) => ({ look: key, d }));
  },
);
