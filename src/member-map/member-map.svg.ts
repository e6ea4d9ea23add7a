import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Member } from './member-map.data.js';
import type { CountryGroup } from './member-list.js';
import type * as MapCode from './member-map.map.js';
import type { CountryShape, MapLayout } from './member-map.map.js';

export type GeometryState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; shapes: CountryShape[] }
  | { status: 'error'; url: string; message: string };

export interface MapInput {
  map: typeof MapCode;
  members: readonly Member[];
  groups: CountryGroup[];
  /** Members that pass the search and the country filter. */
  shown: Set<Member>;
  /** The selected country filter ('' for all). */
  country: string;
  /** "17 of 34 member cities in 6 of 13 countries". */
  counts: string;
  /** Size of the map box in pixels and its font size. */
  size: { width: number; height: number; em: number };
  geometry: GeometryState;
  highlighted: Set<string>;
  selected?: string;
  markerLabels: boolean;
  /** Names every city in the text alternative (when no list is shown). */
  nameCities: boolean;
}

interface PlacedMember {
  member: Member;
  name: string;
  key: string;
  x: number;
  y: number;
  /** The marker's path and part names, computed once per layout (not per keystroke). */
  d: string;
  parts: string;
}

const placements = new WeakMap<
  object,
  { groups: CountryGroup[]; highlight: string; placed: PlacedMember[]; unplaced: string[] }
>();

function placeMembers(
  input: MapInput,
  layout: MapLayout | undefined,
  r: number,
): { placed: PlacedMember[]; unplaced: string[] } {
  const highlight = [...input.highlighted].join();
  const cached = layout && placements.get(layout);
  if (cached && cached.groups === input.groups && cached.highlight === highlight) return cached;
  const placed: PlacedMember[] = [];
  const unplaced: string[] = [];
  for (const group of input.groups) {
    for (const { member, name } of group.members) {
      const point = layout?.point(member);
      if (!point) {
        unplaced.push(name);
        continue;
      }
      const key = member.id.toLowerCase();
      const big = input.highlighted.has(key);
      const [x, y] = point;
      placed.push({
        member,
        name,
        key,
        x,
        y,
        d: input.map.markerPath(x, y, big ? r * 1.35 : r, member.founding),
        parts: `marker${member.founding ? ' founding' : ''}${big ? ' highlighted' : ''}`,
      });
    }
  }
  if (layout) placements.set(layout, { groups: input.groups, highlight, placed, unplaced });
  return { placed, unplaced };
}

/**
 * The map's SVG: one image with a text alternative (the list is its accessible
 * equivalent, so outlines, markers and labels are hidden from assistive
 * technology), and a status line while the outlines load or when they failed.
 */
export function renderMapSvg(input: MapInput): TemplateResult {
  const { groups, shown, size, geometry, selected } = input;
  const { width, height, em } = size;
  const layout: MapLayout | undefined = input.map.mapLayout(input.members, width, height, em);
  const memberCountries = new Set(input.members.map((member) => member.country));
  const r = em * 0.36;
  const { placed, unplaced } = placeMembers(input, layout, r);
  const label = [
    msg(str`Map of member cities: ${input.counts}.`),
    input.nameCities
      ? groups.map((group) => `${group.name}: ${group.members.map((entry) => entry.name).join(', ')}`).join('; ') + '.'
      : msg('The list has the same cities.'),
    unplaced.length ? msg(str`Not on the map: ${unplaced.join(', ')}.`) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const countryClass = (id: string | undefined) =>
    id && memberCountries.has(id) ? (id === input.country ? 'member-country filtered' : 'member-country') : '';
  const outlines = layout && geometry.status === 'ready' ? layout.outlines(geometry.shapes) : [];
  return html`<svg
      part="map-svg"
      role="img"
      aria-label=${label}
      viewBox="0 0 ${width} ${height}"
      width=${width}
      height=${height}
    >
      <g class="countries" aria-hidden="true">
        ${outlines.map(
          ({ id, d }) =>
            svg`<path part=${countryClass(id) ? 'country member-country' : 'country'} class=${countryClass(id)} d=${d}></path>`,
        )}
      </g>
      <g class="markers" aria-hidden="true">
        ${placed.map(({ member, d, key, parts }) => {
          const all = key === selected ? `${parts} selected` : parts;
          return svg`<path part=${all} class=${shown.has(member) ? all : `${all} filtered-out`} data-id=${member.id} d=${d}></path>`;
        })}
      </g>
      <g class="labels" aria-hidden="true">
        ${placed
          .filter(({ member, key }) => (input.markerLabels && shown.has(member)) || key === selected)
          // The chosen city's name last, so it is drawn on top.
          .sort((a, b) => Number(a.key === selected) - Number(b.key === selected))
          .map(({ member, name, key, x, y }) => {
            // Names of cities near the right edge go on the marker's left.
            const flip = x > width - em * 7;
            return svg`<text part="marker-label" class=${key === selected ? 'marker-label selected' : 'marker-label'} data-id=${member.id}
              x=${flip ? x - r * 1.8 : x + r * 1.8} y=${y} dy="0.35em" text-anchor=${flip ? 'end' : 'start'}>${name}</text>`;
          })}
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
