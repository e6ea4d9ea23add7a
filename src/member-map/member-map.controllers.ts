import type { ReactiveControllerHost } from 'lit';
import { ResizeController } from '../core/controllers/resize.js';
import { RovingFocusController } from '../core/controllers/roving-focus.js';
import { HoverController, idOf } from './hover.js';
import { SearchController } from './search.js';
import { ProgressiveRows } from './progressive.js';
import { ListAfterMap } from './list-after-map.js';
import type { ListHandlers } from './member-map.list.js';
import type { GeometryController } from './geometry.js';
import type { DerivedView } from './member-list.js';

/** Rows that "Show more cities" adds to a long list. */
const moreRows = 50;

/** The map box's size until it is first measured. */
const mapBox = { width: 640, height: 420, em: 16 };

/** What the list's handlers do in the element, and what the map's pointer needs of it. */
export interface MapActions {
  /** Chooses a city (as a click or Enter in the list does). */
  selectMember(id: string): void;
  /** The map's drawing code and outlines. */
  assets: GeometryController;
  /** The members by country and the shown members the map draws now. */
  derived(): DerivedView | undefined;
}

/**
 * The controllers behind the list and the map — search and filter, rows
 * rendered as far as the reader has come, the list's one tab stop, the city
 * pointed at, the map box's size, the list's wait for the map's first frame —
 * and the list's handlers: made when the
 * parts arrive, before the first content renders (the loading state needs none).
 */
export function mapControllers(
  host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
  actions: MapActions,
) {
  const buttons = () => [...host.renderRoot.querySelectorAll<HTMLElement>('button[part~="city"]')];
  const search = new SearchController(host);
  const rows = new ProgressiveRows(host);
  const size = new ResizeController(host, '.map', mapBox);
  const roving = new RovingFocusController(host, { items: buttons, keyOf: idOf });
  /** The id of the city whose marker is under the pointer (markers are drawn as a few paths: found by position). */
  const markerAt = (event: MouseEvent): string | undefined => {
    const map = host.renderRoot.querySelector('svg[part~="map-svg"]');
    const code = actions.assets.ready;
    const derived = actions.derived();
    if (!map || !code || !derived) return undefined;
    const box = map.getBoundingClientRect();
    const { width, height, em } = size.size;
    const layout = code.mapLayout(derived.buckets, width, height, em);
    return code.memberAt(layout, derived.shown, event.clientX - box.left, event.clientY - box.top)?.id;
  };
  const hover = new HoverController(host, markerAt);
  /** Counts the list's keys: a move still waiting for its rows is dropped once another key comes. */
  let keys = 0;
  const handlers: ListHandlers = {
    filters: search,
    listClick: (event) => {
      const id = idOf(event.target);
      if (id && (event.target as Element).closest('button')) actions.selectMember(id);
    },
    focusIn: (event) => {
      roving.onFocusIn(event);
      hover.onListFocusIn(event);
    },
    keyDown: (event) => {
      const key = ++keys;
      const { length } = buttons();
      const last = event.key === 'ArrowDown' && event.target === buttons()[length - 1];
      if ((event.key !== 'End' && !last) || rows.complete) return roving.onKeyDown(event);
      // End, and Down from the last row rendered, go on into rows not rendered yet: focus moves
      // there when they are, unless the reader has pressed another key or left the list meanwhile.
      event.preventDefault();
      void rows.until(last ? length + 1 : Infinity).then(() => {
        const focused = host.renderRoot instanceof ShadowRoot ? host.renderRoot.activeElement : null;
        if (key === keys && focused?.matches('button[part~="city"]'))
          buttons()
            .at(last ? length : -1)
            ?.focus();
      });
    },
    pointer: hover.onListPointer,
    more: () => {
      const { length } = buttons();
      // The first new row takes focus, as after a page of results: the reader goes on from there.
      void rows.until(length + moreRows).then(() => buttons()[length]?.focus());
    },
  };
  return {
    markerAt,
    search,
    rows,
    listAfterMap: new ListAfterMap(host),
    size,
    roving,
    hover,
    handlers,
    /** Whether `size` is the map box's measured size (not the guess made before its first layout). */
    get measured() {
      return size.size !== mapBox;
    },
  };
}

export type MapControllers = ReturnType<typeof mapControllers>;
