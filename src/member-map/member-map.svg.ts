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
        ${labelPlacements(
          placed.filter(({ member, key }) => (input.markerLabels && shown.has(member)) || key === selected),
          selected,
          width,
          em,
          r,
        ).map(
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

interface LabelCandidate {
  member: { id: string };
  name: string;
  key: string;
  x: number;
  y: number;
}

/**
 * Puts each name right of its marker, else left of it, where it overlaps no
 * marker and no name placed before; a name that fits nowhere is left out (the list names
 * every city). The chosen city goes first and is always named; it is drawn last.
 */
export function labelPlacements<T extends LabelCandidate>(
  candidates: T[],
  selected: string | undefined,
  width: number,
  em: number,
  r: number,
): (T & { anchor: 'start' | 'end' })[] {
  const ordered = [...candidates].sort((a, b) => Number(b.key === selected) - Number(a.key === selected));
  // Markers count as taken space too: a name never covers another city's marker.
  const boxes: [number, number, number, number][] = candidates.map(({ x, y }) => [x - r, y - r, x + r, y + r]);
  const overlaps = (left: number, top: number, right: number, bottom: number) =>
    boxes.some(([l, t, rr, b]) => left < rr && right > l && top < b && bottom > t);
  const result: (T & { anchor: 'start' | 'end' })[] = [];
  for (const candidate of ordered) {
    const textWidth = candidate.name.length * em * 0.55;
    const top = candidate.y - em * 0.6;
    const bottom = candidate.y + em * 0.6;
    const right = candidate.x + r * 1.8;
    const left = candidate.x - r * 1.8;
    const sides: ['start' | 'end', number, number, number][] = [
      ['start', right, right, right + textWidth],
      ['end', left, left - textWidth, left],
    ];
    // Names near the right edge try the left side first.
    if (candidate.x > width - em * 7) sides.reverse();
    const side =
      sides.find(([, , from, to]) => from >= 0 && to <= width && !overlaps(from, top, to, bottom)) ??
      (candidate.key === selected ? sides[0] : undefined);
    if (!side) continue;
    boxes.push([side[2], top, side[3], bottom]);
    result.push({ ...candidate, x: side[1], anchor: side[0] });
  }
  // The chosen city's name last, so it is drawn on top.
  return result.reverse();
}
