import type { TemplateResult } from 'lit';
import type { BoxSize } from '../core/controllers/resize.js';
import type { Member } from './member-map.data.js';
import type { CountryGroup } from './member-list.js';
import type { GeometryState } from './geometry.js';
import { drawingOrder, hasLayout, mapLayout, markerSets, markersPerPath, projectSome } from './member-map.layout.js';
import { addStyles } from '../core/styles/add-styles.js';
import type { afterNextFrame } from '../core/paced.js';
import { mapStyles } from './member-map.map.styles.js';
import type { LitTags, MapView } from './member-map.svg.js';
import { renderMapSvg } from './member-map.svg.js';

/** What the element gives the map to draw (the rest of MapView is worked out here). */
export interface MapDrawing extends Omit<
  MapView,
  'layout' | 'width' | 'height' | 'outlines' | 'memberCountries' | 'markers' | 'chunks'
> {
  state: GeometryState;
  /** The shadow root, which takes the map's styles. */
  root: Node;
  size: BoxSize;
  /** Whether `size` is the map box's measured size (not a guess made before its first layout). */
  measured: boolean;
  /** The members by country in the data's order (the projection is cached on these). */
  groups: readonly CountryGroup[];
  shown: ReadonlySet<Member>;
  /** Asks the element to render again (for names left to a later task). */
  later: () => void;
  /**
   * core/paced.ts's afterNextFrame, handed in: imported here, it made a chunk
   * that the list's code and this one share, which the browser asks for only
   * once either has arrived (a round trip more before the first content).
   */
  afterNextFrame: typeof afterNextFrame;
}

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** The map's styles (they come with this code, not with the element), one sheet per document. */
function mapSheet(root: Node): CSSStyleSheet {
  const document = root.ownerDocument ?? globalThis.document;
  let sheet = sheets.get(document);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(mapStyles);
    sheets.set(document, sheet);
  }
  return sheet;
}

// The page's sheet is parsed as this code arrives, in a task of its own, not in the render that first draws.
if (globalThis.document) mapSheet(globalThis.document);

/** Layouts already drawn once: thousands of names are placed from the second drawing on. */
const drawn = new WeakSet<object>();
/** Member lists whose projection, and whose first layout, are on their way (in tasks of their own). */
const projecting = new WeakSet<object>();
const layingOut = new WeakSet<object>();
/** How many steps of each set of markers are drawn (thousands of markers come a path per task). */
const chunksDrawn = new WeakMap<object, number>();
/**
 * How long one task of projecting thousands of members may take: short, as a
 * full garbage collection (35–45 ms on a slow phone, 4× CPU, at 10,000
 * members) can fall into any of them; with 8 ms, one such task took 62 ms.
 */
const projectSliceMs = 4;
/** Sets of markers whose next step is due. */
const stepDue = new WeakSet<object>();

/** The map's SVG for the element's current state, in the map box's size. */
export function drawMap(input: MapDrawing, tags: LitTags): TemplateResult {
  addStyles(input.root, mapSheet(input.root));
  const { width, height, em } = input.size;
  const { state, groups } = input;
  const many = input.shown.size > markersPerPath;
  // Thousands of markers wait for the box's real size (a guess would lay them all out twice), and
  // are made ready in tasks of their own, not in the frame that lays out the list's first rows:
  // projected a slice per task, then laid out once the size is known, then drawn a path per task.
  if (many && (!input.measured || !hasLayout(groups))) {
    if (!projecting.has(groups)) {
      projecting.add(groups);
      // Slices of time, not of members: 1,500 members took 50–65 ms on a slow phone (4× CPU).
      const step = () =>
        setTimeout(() => {
          const end = performance.now() + projectSliceMs;
          let done = projectSome(groups, 100);
          while (!done && performance.now() < end) done = projectSome(groups, 100);
          if (done) input.later();
          else step();
        });
      step();
    } else if (input.measured && projectSome(groups, 0) && !layingOut.has(groups)) {
      layingOut.add(groups);
      setTimeout(() => {
        const layout = mapLayout(groups, width, height, em);
        // The order the markers are drawn in, in a task of its own too: in the first step's it was
        // a fifth of the task (its code not yet optimised).
        setTimeout(() => {
          drawingOrder(layout);
          setTimeout(input.later);
        });
      });
    }
    return tags.html`<svg part="map-svg" role="img" aria-label=${input.label}></svg>`;
  }
  const layout = mapLayout(groups, width, height, em);
  // Markers first; many names in a task of their own, so that neither makes a long task.
  const firstDrawing = !drawn.has(layout);
  let markerLabels = input.markerLabels;
  if (markerLabels && input.shown.size > 1000 && firstDrawing) {
    markerLabels = false;
    setTimeout(input.later);
  }
  drawn.add(layout);
  // Thousands of markers come a path per frame, after the outlines: a step when its own timer asks
  // for it, not in every update (the list's rows, growing in steps too, would each bring one more).
  // Each set of markers (a search, a filter) starts again from its first path: drawn whole, the
  // 3,000 of 10,000 that a search kept were one task of 100-200 ms on a slow phone (4× CPU).
  const sets = markerSets(layout, input.shown, [...input.highlighted].join());
  const due = !chunksDrawn.has(sets) || stepDue.delete(sets);
  const chunks = (chunksDrawn.get(sets) ?? (many && firstDrawing ? -1 : 0)) + (due ? 1 : 0);
  chunksDrawn.set(sets, chunks);
  if (due && chunks * markersPerPath < input.shown.size) {
    input.afterNextFrame(() => {
      // The next step's paths are built in a task of their own (0.5-12 ms on a slow phone, 4× CPU),
      // then drawn in the next (an update of 6-17 ms), not both in one task with room left for less.
      sets.chunk(chunks);
      setTimeout(() => {
        stepDue.add(sets);
        input.later();
      });
    });
  }
  return renderMapSvg(
    {
      ...input,
      markerLabels,
      markers: sets,
      chunks: many ? chunks : Infinity,
      layout,
      width,
      height,
      outlines: state.status === 'ready' ? state.outlines : [],
      memberCountries: new Set(groups.map((group) => group.code)),
    },
    tags,
  );
}
