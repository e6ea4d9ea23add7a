import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { resolveText } from '../core/i18n/text.js';
import { warnOnce } from '../core/element.js';
import type { MembersData } from './member-map.data.js';
import { deriveView, indexGroups, nameGroups, positionIn } from './member-list.js';
import { idSet } from './member-filter.js';
import type { CountryGroup, Derived, DerivedView } from './member-list.js';
import type { GeometryController } from './geometry.js';
import type { MapControllers } from './member-map.controllers.js';
import { renderMapPanel } from './member-map.panel.js';
import { afterNextFrame } from '../core/paced.js';
import { listTemplateSteps, renderList } from './member-map.list.js';
import { always } from './progressive.js';
import { countsText, mapLabel, showingText, unplacedText } from './member-map.text.js';

/** What the element hands its view: its settings, its controllers (with the list's handlers). */
export interface MapContext {
  /** `both`, `map` or `list` (an unknown value already replaced by `both`). */
  view: 'both' | 'map' | 'list';
  locale: string;
  highlight: string;
  markerLabels: boolean;
  selected?: string;
  headingLevel: number;
  /** The element's `editor`: the map's problems name the address that failed. */
  editor: boolean;
  controllers: MapControllers;
  assets: GeometryController;
  root: Node;
  /** What the view derived last time (groups, filters): kept by the element between renders. */
  memo: { derived?: DerivedView };
  onMapClick: (event: MouseEvent) => void;
  /** The element's "no members" message (with the problems, when every member was skipped). */
  empty: (text: string) => TemplateResult;
  later: () => void;
}

/** Counts, the map and the list of a members document, as the element's settings say. */
export function renderMemberMap(model: MembersData, context: MapContext): TemplateResult {
  if (model.members.length === 0) return context.empty(msg('No member cities to show.'));
  const { view, locale } = context;
  const { search, listAfterMap } = context.controllers;
  // New data without a member of the chosen country lets the filter go: its select cannot show it.
  if (search.country && !model.members.some((member) => member.country === search.country)) search.country = '';
  // The list (and a map without one, which names the countries in its text) needs the groups
  // named and sorted; the map beside a list draws first, without them.
  const derived = (context.memo.derived = deriveView(
    context.memo.derived,
    model,
    locale,
    search.query,
    search.country,
    view !== 'both' || listAfterMap.released,
  ));
  const counts = countsText(derived.buckets, model.network);
  const showing = search.hasFiltered ? showingText(derived.shown.size, model.members.length) : '';
  const highlighted = idSet(context.highlight);
  warnUnknownIds(context, derived.buckets, highlighted);
  return html`<section
    part="base"
    class="member-map view-${view}"
    lang=${context.locale}
    aria-label=${resolveText(model.network.name, context.locale) || msg('Member cities')}
  >
    <p part="counts" class="counts">${counts}</p>
    <div class="layout">
      ${view !== 'list' ? renderMap(context, derived, { counts, showing, highlighted }) : nothing}
      ${
        view === 'map'
          ? nothing
          : view === 'list' ||
              listAfterMap.ready(
                // A long list's templates too, in steps (listTemplateSteps): its first render was near a long task.
                async () => {
                  await nameGroups(derived.buckets, locale);
                  return derived.shown.size > always
                    ? listTemplateSteps(context.controllers.handlers, context.headingLevel, locale)
                    : [];
                },
                mapSettled(context),
              )
            ? renderListPanel(context, derived, showing, highlighted)
            : html`<div class="list-panel"></div>`
      }
    </div>
  </section>`;
}

/** `selected` or `highlight` naming no city of the data (a CMS editor's typo, or an id from other data). */
function warnUnknownIds(context: MapContext, buckets: readonly CountryGroup[], highlighted: ReadonlySet<string>) {
  const index = indexGroups(buckets);
  for (const id of [context.selected?.toLowerCase(), ...highlighted]) {
    if (id && !index.has(id)) {
      warnOnce(`<city-member-map> names "${id}" in selected or highlight, but no city in the data has that id.`);
    }
  }
}

/** Whether the map is drawn, or says why not: its code and outlines are no longer on their way. */
const mapSettled = ({ assets }: MapContext): boolean =>
  assets.code.status !== 'loading' && assets.state.status !== 'loading';

function renderMap(
  context: MapContext,
  derived: Derived,
  text: { counts: string; showing: string; highlighted: ReadonlySet<string> },
) {
  const { assets } = context;
  const { hover, size, measured, search } = context.controllers;
  // Only those the search and filter keep, as the map's other words (a filter on Poland names no Czech city).
  const unplaced = unplacedText(derived.unplaced.filter((entry) => derived.shown.has(entry.member)));
  return renderMapPanel({
    code: assets.code,
    state: assets.state,
    root: context.root,
    size: size.size,
    measured,
    ...derived,
    groups: derived.buckets,
    label: mapLabel({ ...text, derived, unplaced, hasList: context.view !== 'map' }),
    // Without the list, the cities the map cannot place are named under it too.
    unplaced: context.view === 'map' ? unplaced : '',
    country: search.country,
    highlighted: text.highlighted,
    selected: context.selected?.toLowerCase(),
    active: hover.active,
    markerLabels: context.markerLabels,
    editor: context.editor,
    onClick: context.onMapClick,
    onPointer: hover.onMapPointer,
    later: context.later,
    afterNextFrame,
  });
}

function renderListPanel(context: MapContext, derived: Derived, showing: string, highlighted: ReadonlySet<string>) {
  const { groups, visible, shown } = derived;
  const { search, rows, hover, roving, handlers } = context.controllers;
  const index = indexGroups(groups);
  const selected = context.selected?.toLowerCase();
  const rendered = rows.rows(shown.size, visible);
  // A long list renders its rows as the reader comes: the chosen city is rendered (in steps)
  // down to its row, and only a rendered row may hold the list's tab stop.
  const chosenAt = selected ? rowOf(visible, selected) : -1;
  if (chosenAt >= rendered) void rows.until(chosenAt + 1);
  // Only the shown members are in `visible`: a member filtered out has no row.
  const isRendered = (key: string) => {
    const at = key.toLowerCase() === selected ? chosenAt : rowOf(visible, key.toLowerCase());
    return at >= 0 && at < rendered;
  };
  const first = visible[0]?.members[0]?.member.id;
  return renderList(
    {
      ...derived,
      index,
      rows: rendered,
      query: search.query,
      country: search.country,
      showing,
      selected,
      active: hover.active,
      tabStop: roving.tabStop(isRendered, first, selected && index.get(selected)?.member.id),
      highlighted,
      headingLevel: context.headingLevel,
      locale: context.locale,
    },
    handlers,
  );
}

/** The row of the member with this lower-case id in the list as shown (-1 when it is not shown). */
function rowOf(visible: readonly CountryGroup[], id: string): number {
  let row = 0;
  for (const group of visible) {
    const at = positionIn(group, id);
    if (at >= 0) return row + at;
    row += group.members.length;
  }
  return -1;
}
