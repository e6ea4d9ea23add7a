import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { headingLevel, warnOnce } from '../core/element.js';
import { parseIsoDate, today } from '../core/i18n/calendar.js';
import { plural } from '../core/i18n/localize.js';
import { formatNumber } from '../core/i18n/numbers.js';
import { renderEmpty } from '../core/data/status.js';
import { inheritedLang, otherLang, resolveLocalized } from '../core/i18n/text.js';
import { foldForSearch } from '../core/i18n/fold.js';
import type { DayFormat } from '../core/i18n/long-date.js';
import { longDateFormat } from '../core/i18n/long-date.js';
import type { TimelineEntry, TimelineModel } from './conference-timeline.data.js';
import type { CityConferenceTimeline } from './conference-timeline.element.js';
import type { EntryContext } from './conference-timeline.entry.js';
import { renderEntry } from './conference-timeline.entry.js';
import type { YearGroup } from './conference-timeline.filter.js';
import { filterEntries, groupByYear, listAttribute, prepareSearch, queryWords } from './conference-timeline.filter.js';
import { GrowingList } from './conference-timeline.window.js';

/**
 * Entries rendered at first, and added each time the end of the list comes
 * within a screen of the viewport: a few screens' worth, a few milliseconds
 * of work even on a slow phone, and no more nodes than the reader has seen.
 */
const chunk = 25;

/** The filtered list and its years, for the inputs it was computed from, with each entry's template once rendered. */
interface ListMemo {
  inputs: unknown[];
  matches: TimelineEntry[];
  shown: TimelineEntry[];
  /** The years of the entries shown on screen. */
  years: YearGroup[];
  /** The years of every match: a limited list prints them all (the rest hidden on screen). */
  all: YearGroup[];
  /** Rendered entries, for the context `key`: a growing list renders only its new entries. */
  key?: string;
  context?: EntryContext;
  templates: Map<TimelineEntry, TemplateResult>;
}

/** What the view keeps between renders, held by the element. */
export interface ViewMemo {
  list?: ListMemo;
  /** The entries on the page: the list grows as its end nears the viewport. */
  growing?: GrowingList;
}

/** The element's state the view renders, and where it reports the reader's actions. */
export interface ViewState {
  host: CityConferenceTimeline;
  locale: string;
  query: string;
  showAll: boolean;
  memo: ViewMemo;
  onQuery(query: string): void;
  onShowAll(): void;
}

/**
 * A usable from, to or limit: NaN (from a non-number attribute), negative numbers and null (a
 * removed attribute, which `>= 0` would take for 0: "to" year 0 hid every conference) count as not set.
 */
export const whole = (value?: number | null): number | undefined =>
  typeof value === 'number' && value >= 0 ? Math.floor(value) : undefined;

const sameValues = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** The attributes set the scope, the reader's search narrows it down: computed again only when one changes. */
function listOf(model: TimelineModel, state: ViewState, limit: number | undefined): ListMemo {
  const { host, memo } = state;
  const words = host.search ? queryWords(state.query) : [];
  if (host.search) prepareSearch(model.entries);
  const inputs = [model, host.order, host.country, host.from, host.to, limit, state.showAll, ...words];
  if (memo.list && sameValues(memo.list.inputs, inputs)) return memo.list;
  const matches = filterEntries(host.order === 'oldest' ? model.entries : model.newest, {
    countries: listAttribute(host.country?.toUpperCase()),
    from: whole(host.from),
    to: whole(host.to),
    words,
  });
  const shown = !state.showAll && limit !== undefined && matches.length > limit ? matches.slice(0, limit) : matches;
  const years = groupByYear(shown);
  const all = shown === matches ? years : groupByYear(matches);
  return (memo.list = { inputs, matches, shown, years, all, templates: new Map() });
}

/**
 * Renders an entry once per list and context: a growing list renders only
 * its new entries, and what every entry needs (formats, country names) is
 * resolved once, not once per entry.
 */
function entryRenderer(list: ListMemo, { host, locale }: ViewState) {
  // "Today" as `yyyymmdd`: the `now` attribute when it is a date, else the reader's date. Read
  // here, with the date code: the element's own file does not carry it.
  const givenDay = host.now ? parseIsoDate(host.now) : undefined;
  if (host.now && !givenDay) {
    warnOnce(`<${host.localName}> now="${host.now}" is ignored (today is used); expected a date such as 2026-06-01.`);
  }
  const todayKey = givenDay || today();
  const tag = inheritedLang(host);
  const key = `${locale}|${tag}|${todayKey}|${host.highlightCity ?? ''}`;
  if (list.key !== key || !list.context) {
    let dateFormat: DayFormat | undefined;
    list.key = key;
    list.templates = new Map();
    list.context = {
      locale,
      todayKey,
      dateFormat: () => (dateFormat ??= longDateFormat(locale, tag)),
      countries: new Map(),
      highlight: new Set(listAttribute(host.highlightCity).map(foldForSearch)),
    };
  }
  const { context, templates } = list;
  return (item: TimelineEntry, index: number, group: YearGroup, printOnly: boolean): TemplateResult => {
    let template = templates.get(item);
    if (!template)
      templates.set(item, (template = renderEntry(item, context, index + 1, group.entries.length, printOnly)));
    return template;
  };
}

/** The entries on the page: at least `count` of them (or one chunk) from now on, or a new list's first. */
export function growFrom(state: Pick<ViewState, 'host' | 'memo'>, count?: number): void {
  state.memo.growing ??= new GrowingList(state.host, chunk);
  state.memo.growing.reset(count ? Math.max(chunk, count) : undefined);
}

export function renderTimeline(model: TimelineModel, state: ViewState): TemplateResult {
  const { host, locale } = state;
  const name = resolveLocalized(model.network?.name, locale);
  const founded = model.network?.founded;
  const level = headingLevel(host.headingLevel, host);
  // Templates kept on one line (prettier-ignore): white space inside them would ship in the
  // bundle and become extra text nodes in each entry.
  // The caption names the network in a heading; without a name it is a plain line.
  // prettier-ignore
  const bold = html`<b lang=${otherLang(name, locale) ?? nothing}>${name.text}</b>`;
  // prettier-ignore
  const caption = name.text
    ? html`<div part="caption" role="heading" aria-level=${level}>${founded ? msg(html`${bold} founded in ${founded}`, { id: 'timeline-caption-founded' }) : bold}</div>`
    : founded ? html`<p part="caption">${msg(str`Founded in ${founded}`, { id: 'timeline-founded' })}</p>` : nothing;
  // prettier-ignore
  const base = (content: unknown) =>
    html`<section part="base" class="timeline ${host.layout === 'compact' ? 'compact' : 'vertical'}" lang=${locale}>${caption}${content}</section>`;
  if (!model.entries.length) return base(renderEmpty(msg('No conferences yet.')));

  // limit="0" means no limit, as an empty list with a "Show all" button would contradict itself.
  const limit = whole(host.limit) || undefined;
  const list = listOf(model, state, limit);
  const { matches, shown, years, all } = list;
  const limited = shown.length < matches.length;
  if (!state.memo.growing) growFrom(state);
  const growing = state.memo.growing!;
  growing.printed = matches.length;
  const rendered = growing.countOf(shown.length);
  const total = matches.length;
  // Made only when shown: a page's first number format loads the locale's data (tens of ms on a phone).
  const count = host.search || limited ? formatNumber(total) : '';
  const conferences =
    host.search &&
    plural(total, 'timeline-count', [count], {
      one: msg(str`${count} conference`, { id: 'timeline-count.one' }),
      other: msg(str`${count} conferences`, { id: 'timeline-count.other' }),
    });
  const showAll =
    limited &&
    plural(total, 'timeline-show-all', [count], {
      one: msg(str`Show ${count} conference`, { id: 'timeline-show-all.one' }),
      other: msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.other' }),
    });
  const entry = entryRenderer(list, state);
  const yearLevel = Math.min(name.text ? level + 1 : level, 6);
  // Only the first `rendered` entries are on the page, each with its position in its year
  // (aria-posinset/-setsize), so a screen reader counts the whole list.
  // Paper has no "Show all" button: past the limit, the entries are there too, hidden on screen
  // only (class print-only). `shown` is the start of `matches`, so its years are the first of
  // `all`, the last one perhaps cut short; positions count what the screen shows.
  const group = (full: YearGroup, index: number) => {
    const screen = years[index];
    const onScreen = screen?.entries.length ?? 0;
    // prettier-ignore
    return html`<li part="year-group" class=${onScreen ? nothing : 'print-only'} aria-posinset=${index + 1} aria-setsize=${years.length}><div part="year" role="heading" aria-level=${yearLevel}>${full.year}</div><ol part="list">${full.entries
      .slice(0, rendered - full.start)
      .map((item, position) => (position < onScreen ? entry(item, position, screen, false) : entry(item, position, full, true)))}</ol></li>`;
  };
  // prettier-ignore
  return base(html`${host.search
      ? html`<p part="controls"><label for="search">${msg('Search conferences')}</label><input part="search-input" id="search" type="search" .value=${state.query} @input=${(event: Event) =>
          state.onQuery((event.target as HTMLInputElement).value)} /></p><p part="count" role="status">${conferences}</p>`
      : nothing}${shown.length
      ? html`<ol part="years">${all.filter((each) => each.start < rendered).map(group)}</ol>${growing.end()}`
      : renderEmpty(msg('No conferences match.'))}${limited
      ? html`<button part="show-all-button" class="button secondary" @click=${state.onShowAll}>${showAll}</button>`
      : nothing}`);
}
