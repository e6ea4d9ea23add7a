import type { Member } from './member-map.data.js';
import type { CountryGroup } from './member-list.js';
import { extendBounds, fit, markerPath, project, squareBySquare } from './projection.js';
import type { Bounds } from './projection.js';

/** A member placed on the map, in pixels of the map box. */
export interface Placed {
  member: Member;
  name: string;
  key: string;
  x: number;
  y: number;
}

/** Where everything goes in a map box of a given size. */
export interface MapLayout {
  /** The SVG transform that takes the build-time outlines (kilometres) to pixels. */
  transform: string;
  placed: Placed[];
  /** Names of members without coordinates. */
  unplaced: string[];
  /** Marker radius in pixels. */
  r: number;
  /** The box's width and font size in pixels. */
  width: number;
  em: number;
}

const layouts = new WeakMap<readonly CountryGroup[], { key: string; layout: MapLayout }>();
/** The members projected so far, where the projection goes on, and the box once all are. */
interface Projection {
  placed: Placed[];
  unplaced: string[];
  /** The box around the members placed so far (a pass of its own over 10,000 was most of a long task). */
  around?: Bounds;
  bounds?: Bounds;
  group: number;
  index: number;
}
const projections = new WeakMap<readonly CountryGroup[], Projection>();

/**
 * Projects up to `count` more members of the list to kilometres (all when
 * not given): the part of a layout that does not depend on the map's size,
 * cached per list, and for thousands of members done a slice per task ahead
 * of the first layout. Whether every member is projected now.
 */
export function projectSome(groups: readonly CountryGroup[], count = Infinity): boolean {
  let projection = projections.get(groups);
  if (!projection) projections.set(groups, (projection = { placed: [], unplaced: [], group: 0, index: 0 }));
  if (projection.bounds) return true;
  const { placed, unplaced } = projection;
  for (; projection.group < groups.length; projection.group++, projection.index = 0) {
    const { members } = groups[projection.group]!;
    for (; projection.index < members.length; projection.index++) {
      if (count-- <= 0) return false;
      const { member, name, key } = members[projection.index]!;
      if (member.lat === undefined || member.lon === undefined) {
        unplaced.push(name);
        continue;
      }
      const [x, y] = project(member.lon, member.lat);
      placed.push({ member, name, key, x, y });
      projection.around = extendBounds(projection.around, x, y);
    }
  }
  projection.bounds = projection.around ?? { x0: -500, y0: -500, x1: 500, y1: 500 };
  return true;
}

/** The members projected to kilometres, and the box around them (see projectSome). */
export function projectMembers(groups: readonly CountryGroup[]) {
  projectSome(groups);
  return projections.get(groups) as Projection & { bounds: Bounds };
}

/** Whether these members were laid out for any size yet (see mapLayout). */
export const hasLayout = (groups: readonly CountryGroup[]): boolean => layouts.has(groups);

/** The layout of the members in a width × height box with font size `em` (cached per list and size). */
export function mapLayout(groups: readonly CountryGroup[], width: number, height: number, em: number): MapLayout {
  const key = `${width}x${height}@${em}`;
  const cached = layouts.get(groups);
  if (cached?.key === key) return cached.layout;
  const projected = projectMembers(groups);
  // The map frames the members: their box, padded, fills the map box less a margin that keeps the
  // outermost markers whole (a chosen one is drawn 1.5 times larger, a diamond reaches 1.35 r),
  // in pixels, so markers keep their size. A margin in ems as wide as 1.5em left a narrow map at
  // large text little room between the margins.
  const r = em * 0.36;
  const { k, dx, dy } = fit(projected.bounds, width, height, r * 2.5);
  // From kilometres to pixels, into the layout's own list (a literal is quicker than a spread, 10,000 times).
  const placed = projected.placed.map(({ member, name, key, x, y }) => ({
    member,
    name,
    key,
    x: x * k + dx,
    y: y * k + dy,
  }));
  const layout: MapLayout = {
    transform: `matrix(${k} 0 0 ${k} ${dx} ${dy})`,
    placed,
    unplaced: projected.unplaced,
    r,
    width,
    em,
  };
  layouts.set(groups, { key, layout });
  return layout;
}

/** The radius of a marker: members named by `highlight` are drawn larger. */
const radius = (layout: MapLayout, big: boolean) => (big ? layout.r * 1.35 : layout.r);

/** The last result per layout of a costly function of (layout, ...inputs), reused while the inputs are the same. */
export function lastPer<A extends unknown[], R>(compute: (layout: MapLayout, ...inputs: A) => R) {
  const last = new WeakMap<MapLayout, { inputs: A; result: R }>();
  return (layout: MapLayout, ...inputs: A): R => {
    const cached = last.get(layout);
    if (cached && cached.inputs.every((input, index) => input === inputs[index])) return cached.result;
    const result = compute(layout, ...inputs);
    last.set(layout, { inputs, result });
    return result;
  };
}

/** Markers in one path at most: a path's data is parsed and painted in one go, so thousands are drawn a path at a time. */
export const markersPerPath = 500;

/** The markers of one step: a path per kind, with its part names. */
export type MarkerSet = { parts: string; d: string };

/**
 * The shown markers as one path per kind (plain or founding, highlighted or
 * not) and per `markersPerPath` markers: a few nodes however many members
 * there are. `chunk(i)` builds the paths of step i when first asked for, so
 * the steps not drawn yet cost nothing. `highlight` is the highlighted ids
 * joined, so that an equal set is seen as equal.
 */
export const markerSets = lastPer((layout: MapLayout, shown: ReadonlySet<Member>, highlight: string) => {
  // Every member shown (no search, no filter): a step is a slice of the layout, taken when it is
  // drawn, not sorted out of 10,000 markers in the task that draws the first.
  const all = shown.size >= layout.placed.length + layout.unplaced.length;
  const steps: Placed[][] = [];
  let count = 0;
  if (!all) {
    for (const placed of drawingOrder(layout)) {
      if (shown.has(placed.member)) (steps[Math.floor(count++ / markersPerPath)] ??= []).push(placed);
    }
  }
  const stepAt = (index: number) =>
    all ? drawingOrder(layout).slice(index * markersPerPath, (index + 1) * markersPerPath) : (steps[index] ?? []);
  const highlighted = new Set(highlight.split(','));
  const built: MarkerSet[][] = [];
  const build = (step: Placed[]): MarkerSet[] => {
    const sets = new Map<string, string[]>();
    for (const { member, key, x, y } of step) {
      const big = highlighted.has(key);
      const parts = partsOf(member, big);
      let paths = sets.get(parts);
      if (!paths) sets.set(parts, (paths = []));
      paths.push(markerPath(x, y, radius(layout, big), member.founding));
    }
    return [...sets].map(([parts, paths]) => ({ parts, d: paths.join('') }));
  };
  return {
    count: all ? Math.ceil(layout.placed.length / markersPerPath) : steps.length,
    chunk: (index: number) => (built[index] ??= build(stepAt(index))),
  };
});

/** Each layout's members in the order markers are drawn: the same whatever the search and filter. */
export const drawingOrder = lastPer((layout: MapLayout) => squareBySquare(layout.placed, layout.width));

/** A marker's part names (also its classes). */
const partsOf = (member: Member, big: boolean) =>
  `marker${member.founding ? ' founding' : ''}${big ? ' highlighted' : ''}`;

/** One marker's path, for the chosen and the hovered city drawn on top. */
export function singleMarker(layout: MapLayout, id: string | undefined, highlighted: ReadonlySet<string>) {
  const placed = id === undefined ? undefined : layout.placed.find(({ key }) => key === id.toLowerCase());
  if (!placed) return undefined;
  const big = highlighted.has(placed.key);
  return {
    placed,
    parts: partsOf(placed.member, big),
    d: markerPath(placed.x, placed.y, radius(layout, big), placed.member.founding),
  };
}

/** The shown member whose marker is nearest to x, y (pixels), within reach of a finger. */
export function memberAt(layout: MapLayout, shown: ReadonlySet<Member>, x: number, y: number): Member | undefined {
  let best: Member | undefined;
  let bestDistance = (layout.r * 2.5) ** 2;
  for (const placed of layout.placed) {
    const distance = (placed.x - x) ** 2 + (placed.y - y) ** 2;
    if (distance < bestDistance && shown.has(placed.member)) [best, bestDistance] = [placed.member, distance];
  }
  return best;
}

type Box = [number, number, number, number];

/** Boxes in a grid of cells, so overlap checks stay quick with thousands of markers. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  constructor(private size: number) {}

  /** Numbers for the cells a box touches (columns and rows well under 2^16 for any map). */
  private keys([left, top, right, bottom]: Box): number[] {
    const keys: number[] = [];
    for (let i = Math.floor(left / this.size); i <= Math.floor(right / this.size); i++)
      for (let j = Math.floor(top / this.size); j <= Math.floor(bottom / this.size); j++) keys.push(i * 65536 + j);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  overlaps([left, top, right, bottom]: Box): boolean {
    return this.keys([left, top, right, bottom]).some((key) =>
      this.cells.get(key)?.some(([l, t, r, b]) => left < r && right > l && top < b && bottom > t),
    );
  }
}

interface LabelCandidate {
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
  const grid = new BoxGrid(em * 2);
  for (const { x, y } of candidates) grid.add([x - r, y - r, x + r, y + r]);
  const result: (T & { anchor: 'start' | 'end' })[] = [];
  let misses = 0;
  for (const candidate of ordered) {
    // After this many names in a row that fit nowhere the map is full: trying thousands more would only cost time.
    if (misses > 200) break;
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
    let side = sides.find(([, , from, to]) => from >= 0 && to <= width && !grid.overlaps([from, top, to, bottom]));
    let name = candidate.name;
    if (!side && candidate.key === selected) {
      // The chosen city is always named: on its roomier side, cut to the map's edge if it is longer.
      const room = Math.max(width - right, left);
      side =
        room === left ? sides.find(([anchor]) => anchor === 'end')! : sides.find(([anchor]) => anchor === 'start')!;
      const fits = Math.floor(room / (em * 0.55));
      if (name.length > fits) name = `${name.slice(0, Math.max(fits - 1, 1)).trimEnd()}…`;
    }
    if (!side) {
      misses++;
      continue;
    }
    misses = 0;
    grid.add([side[2], top, side[3], bottom]);
    result.push({ ...candidate, name, x: side[1], anchor: side[0] });
  }
  // The chosen city's name last, so it is drawn on top.
  return result.reverse();
}
