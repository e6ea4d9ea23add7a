import { render } from 'lit';
import { withLocale } from '../core/i18n/runtime.js';
import { checkMembers } from './member-map.data.js';
import { groupMembers, indexGroups } from './member-list.js';
import { renderList } from './member-map.list.js';
import type { ListHandlers } from './member-map.list.js';
import { countsText } from './member-map.text.js';
import type { MapCode } from './geometry.js';
import { renderMapPanel } from './member-map.panel.js';

/*
 * A page's first list costs several times what the next one does: the
 * browser loads its country names and collation (the first Intl.DisplayNames
 * alone takes tens of milliseconds), the engine compiles the code, Lit
 * prepares its templates. While the data is on its way the page is idle, so
 * that first time is spent then, on one made-up city rendered into a detached
 * fragment that is thrown away; the real data then renders at the second
 * time's cost. Nothing is shown and nothing outside the fragment is touched.
 */

const sample = {
  network: { name: 'Network', memberCount: 2 },
  members: [{ id: 'a', city: { en: 'A', cs: 'A' }, country: 'CZ', lat: 50, lon: 15, founding: true, joined: 2000 }],
};
const noop = () => undefined;
const handlers: ListHandlers = {
  filters: { search: noop, searchKey: noop, countryChange: noop, clear: noop },
  listClick: noop,
  focusIn: noop,
  keyDown: noop,
  pointer: noop,
};
const warmed = new Set<unknown>();

/**
 * Warms up the list for `locale` and, once it is there, the map's drawing
 * code: each once, in a task of its own, skipped when `waiting()` says the
 * data came first (then the real render does the same work).
 */
export function warmUp(locale: string, code: MapCode | undefined, waiting: () => boolean): void {
  if (!waiting()) return;
  const later = (key: unknown, work: () => void) =>
    setTimeout(() => {
      if (warmed.has(key) || !waiting()) return;
      warmed.add(key);
      withLocale(locale, work);
    });
  // The list in two tasks (Intl data, then templates), so that data arriving meanwhile waits less.
  if (!warmed.has(locale)) later(`${locale} data`, () => model(locale));
  if (!warmed.has(locale)) later(`${locale} panel`, () => warmList(locale, 0));
  if (!warmed.has(locale)) later(locale, () => warmList(locale, 1));
  if (code && !warmed.has(code)) later(code, () => warmMap(code, locale));
}

function model(locale: string) {
  const { value } = checkMembers(sample);
  const groups = groupMembers(value!.members, locale);
  countsText(groups, value!.network);
  return { groups, shown: new Set(value!.members) };
}

/** The list panel's templates with no row (`rows` 0), then with one: two shorter tasks. */
function warmList(locale: string, rows: number): void {
  const { groups } = model(locale);
  const visible = rows ? groups : [];
  const view = { groups, visible, index: indexGroups(groups), rows, query: '', country: '', showing: '' };
  const rest = { tabStop: 'a', highlighted: new Set(['a']), headingLevel: 3, locale, selected: 'a', active: 'a' };
  render(renderList({ ...view, ...rest }, handlers), document.createDocumentFragment());
}

function warmMap(code: MapCode, locale: string): void {
  const { groups, shown } = model(locale);
  const panel = renderMapPanel({
    code: { status: 'ready', code },
    founding: true,
    onClick: noop,
    onPointer: noop,
    state: { status: 'ready', url: '', outlines: [{ id: 'CZ', d: 'M0 0l1 1z' }] },
    root: document.createDocumentFragment(),
    size: { width: 64, height: 42, em: 16 },
    measured: true,
    groups,
    shown,
    country: '',
    highlighted: new Set(['a']),
    selected: 'a',
    markerLabels: true,
    label: '',
    later: noop,
  });
  render(panel, document.createDocumentFragment());
}
