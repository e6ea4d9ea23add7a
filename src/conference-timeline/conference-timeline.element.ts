import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CityDataElement } from '../core/data/data-element.js';
import { headingLevel, warnOnce } from '../core/element.js';
import { formatNumber, plural } from '../core/i18n/localize.js';
import { renderEmpty } from '../core/data/status.js';
import { countryName, foldForSearch, otherLang, resolveLocalized } from '../core/i18n/text.js';
import type { Checked } from '../core/data/validate.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import type { TimelineEntry, TimelineModel } from './conference-timeline.data.js';
import type { EntryContext } from './conference-timeline.entry.js';
import type { YearGroup } from './conference-timeline.filter.js';
import type * as PartsModule from './conference-timeline.parts.js';
import { styles } from './conference-timeline.styles.js';
import { GrowingList } from './conference-timeline.window.js';

export type TimelineOrder = 'newest' | 'oldest';
export type TimelineLayout = 'vertical' | 'compact';

/**
 * Entries rendered at first, and added each time the end of the list comes
 * within a screen of the viewport: a few screens' worth, a few milliseconds
 * of work even on a slow phone, and no more nodes than the reader has seen.
 */
const chunk = 25;

type Parts = typeof PartsModule;
/** The checker, filters and entry template, once loaded (a model exists only after they are). */
let parts: Parts | undefined;
let loading: Promise<Parts> | undefined;

/**
 * Loads the parts that make the list, once (again after a failure), as the
 * first timeline connects: alongside its data's request, not before it.
 */
export const loadParts = (): Promise<Parts> =>
  (loading ??= import('./conference-timeline.parts.js').then(
    (module) => (parts = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));

const sameValues = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** The filtered list and its years, for the inputs it was computed from, with each entry's template once rendered. */
interface ListMemo {
  inputs: unknown[];
  matches: TimelineEntry[];
  shown: TimelineEntry[];
  years: YearGroup[];
  /** Rendered entries, for the context `key`: a growing list renders only its new entries. */
  key?: string;
  context?: EntryContext;
  templates: Map<TimelineEntry, TemplateResult>;
}

/** A usable from, to or limit: NaN (from a non-number attribute) and negative numbers count as not set. */
const whole = (value?: number): number | undefined => (value! >= 0 ? Math.floor(value!) : undefined);

/**
 * @tagname city-conference-timeline
 * @summary The network's thematic conferences by year: season or date, host
 * city and country, and topic; newest or oldest first, filtered by country,
 * years and a search, with upcoming conferences marked.
 *
 * @slot - No-JavaScript fallback (e.g. a plain list), shown until the timeline has rendered.
 *
 * @event city-load - The data was loaded and checked. `detail.source` is the URL, `inline` or `property`.
 * @event city-error - The data could not be loaded or is unusable. `detail`: `{ source, status?, message }`.
 *
 * @csspart base - The timeline's outer box.
 * @csspart controls - The search box and its label (with the `search` attribute).
 * @csspart search-input - The search box.
 * @csspart count - The number of matching conferences (a polite live region).
 * @csspart years - The ordered list of years.
 * @csspart year-group - One year: its heading and its conferences.
 * @csspart caption - The network's name (a heading) and founding year.
 * @csspart year - A year's heading, one level below `heading-level` when there is a caption.
 * @csspart list - The ordered list of one year's conferences.
 * @csspart conference - One conference; also `upcoming` or `past`, and `highlighted` for a conference of `highlight-city`.
 * @csspart when - Season and year, or the date(s).
 * @csspart place - Host city and country.
 * @csspart topic - The topic (a link when the conference has a safe URL).
 * @csspart upcoming-label - The "Upcoming" tag.
 * @csspart summary - The conference's summary, when the data gives one.
 * @csspart show-all-button - "Show all N conferences", with `limit`.
 * @csspart empty - The message shown when no conference is listed.
 * @csspart loading - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry-button - The button that reloads after a network error.
 * @csspart issues - The list of skipped problems in the data.
 *
 * @cssproperty [--city-timeline-max-width=48em] Widest the timeline grows.
 * @cssproperty [--city-timeline-rail-color=var(--city-color-border)] The line of the vertical layout.
 */
export class CityConferenceTimeline extends CityDataElement<TimelineModel> {
  static override styles = [tokens, baseStyles, styles];

  /** `newest` (default) or `oldest` first. */
  @property({ reflect: true }) order: TimelineOrder = 'newest';

  /** Only these countries: ISO codes separated by commas, e.g. `AT,CZ`. */
  @property() country?: string;

  /** First year shown. */
  @property({ type: Number }) from?: number;

  /** Last year shown. */
  @property({ type: Number }) to?: number;

  /** Show at most this many conferences, with a "Show all N conferences" button; 0 or none shows all. */
  @property({ type: Number }) limit?: number;

  /** Show a search box that filters by topic and city (in every language, ignoring case and accents). */
  @property({ type: Boolean, reflect: true }) search = false;

  /** Marks the conferences hosted by this city (any of its names; several separated by commas). */
  @property({ attribute: 'highlight-city' }) highlightCity?: string;

  /** `vertical` (default): a timeline with a rail; `compact`: dense lines. */
  @property({ reflect: true }) layout: TimelineLayout = 'vertical';

  /**
   * Level of the timeline's headings, 1–6: the network's name in the caption,
   * and the years one level below it (at this level when there is no caption).
   * The default, 3, fits a timeline placed in a section under an `<h2>`; set 2
   * under an `<h1>`.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** "Today" as an ISO date (`2016-01-01`), for tests and stories; the reader's date when omitted. */
  @property() now?: string;

  /** The reader's search text. */
  @state() private query = '';

  @state() private showAll = false;

  /** The entries on the page: the list grows as its end nears the viewport. */
  private readonly growing = new GrowingList(this, chunk);
  /** The source state the list was last reset for: data that arrives later starts from one chunk too. */
  private shownState?: unknown;
  private list?: ListMemo;

  override connectedCallback(): void {
    super.connectedCallback();
    loadParts().catch(() => undefined); // reported by check()
  }

  protected check(json: unknown): Checked<TimelineModel> | Promise<Checked<TimelineModel>> {
    if (parts) return this.checkWith(parts, json);
    // Code that does not load is a problem the widget shows, like data it cannot use.
    return loadParts().then(
      (loaded) => this.checkWith(loaded, json),
      (error: unknown) => ({ issues: [{ path: '', message: `the timeline's code did not load (${String(error)})` }] }),
    );
  }

  private checkWith(
    { checkConferences, checkConferencesInSlices, isLongList }: Parts,
    json: unknown,
  ): Checked<TimelineModel> | Promise<Checked<TimelineModel>> {
    if (!isLongList(json)) return checkConferences(json);
    // The locale's data for country names and numbers loads on first use, slowly on a phone:
    // in tasks of their own while the list is checked, not in the first render.
    return checkConferencesInSlices(json, [
      () => countryName('AT', this.locale),
      () => formatNumber(0),
      () => plural(0, { other: '' }),
    ]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // CMS editors type attributes by hand: say which value is not understood (once).
    const warn = (name: string, value: unknown, expected: string) =>
      warnOnce(`<${this.localName}> ${name}="${value}" is ignored; expected ${expected}.`);
    if (this.order !== 'newest' && this.order !== 'oldest') warn('order', this.order, 'newest or oldest');
    if (this.layout !== 'vertical' && this.layout !== 'compact') warn('layout', this.layout, 'vertical or compact');
    // A new list starts with one chunk again: the first entries show at once, the rest follow.
    const listKeys = ['data', 'src', 'query', 'country', 'from', 'to', 'order', 'limit', 'locale'];
    const newData = this.source.state !== this.shownState;
    this.shownState = this.source.state;
    if (newData || listKeys.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) this.growing.reset();
  }

  protected override render(): unknown {
    return this.renderData((model) => this.renderTimeline(model), 6);
  }

  private renderTimeline(model: TimelineModel): TemplateResult {
    const locale = this.locale;
    const name = resolveLocalized(model.network?.name, locale);
    const founded = model.network?.founded;
    const level = headingLevel(this.headingLevel);
    // Templates kept on one line (prettier-ignore): white space inside them would ship in the
    // bundle (15 KB budget) and become extra text nodes in each of up to 10,000 entries.
    // The caption names the network in a heading; without a name it is a plain line.
    // prettier-ignore
    const bold = html`<b lang=${otherLang(name, locale) ?? nothing}>${name.text}</b>`;
    // prettier-ignore
    const caption = name.text
      ? html`<div part="caption" role="heading" aria-level=${level}>${founded ? msg(html`${bold} founded in ${founded}`, { id: 'timeline-caption-founded' }) : bold}</div>`
      : founded ? html`<p part="caption">${msg(str`Founded in ${founded}`, { id: 'timeline-founded' })}</p>` : nothing;
    // prettier-ignore
    const base = (content: unknown) =>
      html`<section part="base" class="timeline ${this.layout === 'compact' ? 'compact' : 'vertical'}" lang=${locale}>${caption}${content}</section>`;
    if (!model.entries.length) return base(renderEmpty(msg('No conferences yet.')));

    // The attributes set the scope; the reader's search narrows it down.
    // limit="0" means no limit, as an empty list with a "Show all" button would contradict itself.
    const limit = whole(this.limit) || undefined;
    const list = this.listOf(model, limit);
    const { matches, shown, years } = list;
    const limited = shown.length < matches.length;
    this.growing.total = shown.length;
    const rendered = this.growing.count;
    const total = matches.length;
    // Made only when shown: a page's first number format loads the locale's data (tens of ms on a phone).
    const count = this.search || limited ? formatNumber(total) : '';
    const conferences =
      this.search &&
      plural(total, {
        one: msg(str`${count} conference`, { id: 'timeline-count.one' }),
        few: msg(str`${count} conferences`, { id: 'timeline-count.few' }),
        many: msg(str`${count} conferences`, { id: 'timeline-count.many' }),
        two: msg(str`${count} conferences`, { id: 'timeline-count.two' }),
        other: msg(str`${count} conferences`, { id: 'timeline-count.other' }),
      });
    const showAll =
      limited &&
      plural(total, {
        one: msg(str`Show ${count} conference`, { id: 'timeline-show-all.one' }),
        few: msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.few' }),
        many: msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.many' }),
        two: msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.two' }),
        other: msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.other' }),
      });
    const entry = this.entryRenderer(list);
    const yearLevel = Math.min(name.text ? level + 1 : level, 6);
    // Only the first `rendered` entries are on the page, each with its position in its year
    // (aria-posinset/-setsize), so a screen reader counts the whole list.
    // prettier-ignore
    return base(html`${this.search
        ? html`<p part="controls"><label for="search">${msg('Search conferences')}</label><input part="search-input" id="search" type="search" .value=${this.query} @input=${(event: Event) =>
            (this.query = (event.target as HTMLInputElement).value)} /></p><p part="count" role="status">${conferences}</p>`
        : nothing}${shown.length
        ? html`<ol part="years">${years.filter((group) => group.start < rendered).map(
            (group, index) =>
              html`<li part="year-group" aria-posinset=${index + 1} aria-setsize=${years.length}><div part="year" role="heading" aria-level=${yearLevel}>${group.year}</div><ol part="list">${group.entries
                .slice(0, rendered - group.start)
                .map((item, position) => entry(item, position, group))}</ol></li>`,
          )}</ol>${this.growing.end()}`
        : renderEmpty(msg('No conferences match.'))}${limited
        ? html`<button part="show-all-button" class="button secondary" @click=${this.onShowAll}>${showAll}</button>`
        : nothing}`);
  }

  /**
   * Renders an entry once per list and context: a growing list renders only
   * its new entries, and what every entry needs (formats, country names) is
   * resolved once, not once per entry.
   */
  private entryRenderer(list: ListMemo): (item: TimelineEntry, index: number, group: YearGroup) => TemplateResult {
    const locale = this.locale;
    const { listAttribute, renderEntry, todayKey: dayOf } = parts!;
    const todayKey = dayOf(this.now);
    const key = `${locale}|${todayKey}|${this.highlightCity ?? ''}`;
    if (list.key !== key || !list.context) {
      let dateFormat: Intl.DateTimeFormat | undefined;
      list.key = key;
      list.templates = new Map();
      list.context = {
        locale,
        todayKey,
        dateFormat: () => (dateFormat ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })),
        countries: new Map(),
        highlight: new Set(listAttribute(this.highlightCity).map(foldForSearch)),
      };
    }
    const { context, templates } = list;
    return (item, index, group) => {
      let template = templates.get(item);
      if (!template) templates.set(item, (template = renderEntry(item, context, index + 1, group.entries.length)));
      return template;
    };
  }

  /** The attributes set the scope, the reader's search narrows it down: computed again only when one changes. */
  private listOf(model: TimelineModel, limit: number | undefined): ListMemo {
    const { filterEntries, groupByYear, listAttribute, queryWords } = parts!;
    const words = this.search ? queryWords(this.query) : [];
    const inputs = [model, this.order, this.country, this.from, this.to, limit, this.showAll, ...words];
    if (this.list && sameValues(this.list.inputs, inputs)) return this.list;
    const matches = filterEntries(this.order === 'oldest' ? model.entries : model.newest, {
      countries: listAttribute(this.country?.toUpperCase()),
      from: whole(this.from),
      to: whole(this.to),
      words,
    });
    const shown = !this.showAll && limit !== undefined && matches.length > limit ? matches.slice(0, limit) : matches;
    return (this.list = { inputs, matches, shown, years: groupByYear(shown), templates: new Map() });
  }

  private async onShowAll(): Promise<void> {
    this.showAll = true;
    // The entries shown so far stay, and the first one revealed is rendered to take focus.
    this.growing.reset(Math.max(this.growing.count, (whole(this.limit) ?? 0) + chunk));
    await this.updateComplete;
    // The button is gone: put focus on the first conference it revealed.
    const target = this.renderRoot.querySelectorAll<HTMLElement>('[part~=conference]')[whole(this.limit) ?? 0];
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }
}
