import type { PropertyDeclarations, PropertyValues } from 'lit';
import { CityDataElement } from '../core/data/data-element.js';
import { warnOnce } from '../core/element.js';
import { countryNamesForUpdate, countryNamesReady } from '../core/i18n/lists.js';
import type { Checked } from '../core/data/validate.js';
import { addStyles } from '../core/styles/add-styles.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import { dataStyles } from '../core/styles/data.css.js';
import type { TimelineModel } from './conference-timeline.data.js';
import type { Parts } from './conference-timeline.loader.js';
import { partsLoader } from './conference-timeline.loader.js';
import type { ViewMemo } from './conference-timeline.view.js';
import { hostStyles } from './conference-timeline.styles.js';
import { warmFaces } from '../core/styles/warm-font.js';

export type TimelineOrder = 'newest' | 'oldest';
export type TimelineLayout = 'vertical' | 'compact';

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
  static override styles = [tokens, baseStyles, ...dataStyles, hostStyles];
  static override properties: PropertyDeclarations = {
    order: { reflect: true },
    country: {},
    from: { type: Number },
    to: { type: Number },
    limit: { type: Number },
    search: { type: Boolean, reflect: true },
    highlightCity: { attribute: 'highlight-city' },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: {},
    query: { state: true, attribute: false },
    showAll: { state: true, attribute: false },
  };

  /** `newest` (default) or `oldest` first. */
  order: TimelineOrder = 'newest';

  /** Only these countries: ISO codes separated by commas, e.g. `AT,CZ`. */
  country?: string;

  /** First year shown. */
  from?: number;

  /** Last year shown. */
  to?: number;

  /** Show at most this many conferences, with a "Show all N conferences" button; 0 or none shows all. */
  limit?: number;

  /** Show a search box that filters by topic and city (in every language, ignoring case and accents). */
  search = false;

  /** Marks the conferences hosted by this city (any of its names; several separated by commas). */
  highlightCity?: string;

  /** `vertical` (default): a timeline with a rail; `compact`: dense lines. */
  layout: TimelineLayout = 'vertical';

  /**
   * Level of the timeline's headings, 1–6: the network's name in the caption,
   * and the years one level below it (at this level when there is no caption).
   * The default, 3, fits a timeline placed in a section under an `<h2>`; set 2
   * under an `<h1>`.
   */
  headingLevel = 3;

  /** "Today" as an ISO date (`2016-01-01`), for tests and stories; the reader's date when omitted. */
  now?: string;

  /** The reader's search text. */
  private query = '';

  private showAll = false;

  /** The source state last rendered: data that arrives later starts from one chunk too. */
  private shownState?: unknown;
  /** What the view keeps between renders. */
  private readonly memo: ViewMemo = {};

  override connectedCallback(): void {
    super.connectedCallback();
    // Each request starts in a task of its own: a dynamic import costs 10–20 ms on a slow phone (4× CPU),
    // and the connection's task, which also asks for the data and renders, was a long task with them.
    // (The elements in the page before the definition had all this asked for by the early code.)
    setTimeout(() => partsLoader.prefetch()); // a failure is reported by check()
    // The entries show country names: their file comes beside the data and the parts.
    setTimeout(() => void countryNamesReady(this.locale));
  }

  protected check(json: unknown): Checked<TimelineModel> | Promise<Checked<TimelineModel>> {
    // Code that does not load rejects: the widget says the content could not be loaded and offers a retry.
    const checked = () => partsLoader.use((parts) => this.checkWith(parts, json));
    // Without the names file (it could not be loaded), the browser names the countries.
    return countryNamesReady(this.locale)?.then(checked) ?? checked();
  }

  private checkWith(
    { checkConferences, checkConferencesInSlices, isLongList, listStyles, warmEntry }: Parts,
    json: unknown,
  ): Checked<TimelineModel> | Promise<Checked<TimelineModel>> {
    // The list's styles came with the parts: in place before the list renders.
    addStyles(this.renderRoot, listStyles);
    if (!isLongList(json)) return checkConferences(json);
    // An entry's templates are prepared in a task of their own while the list is checked, and the
    // bold face of its dates is read (not on connect: the page may have no text laid out yet, and
    // the first face read starts the browser's fonts, 25 ms more on a slow phone).
    return checkConferencesInSlices(json, [() => warmEntry(this.locale), () => warmFaces(this)]);
  }

  /** Another language's country names come before the update that shows them (its texts too). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const names = countryNamesForUpdate(this, this.locale, !this.hasUpdated);
    return names ? names.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // CMS editors type attributes by hand: say which value is not understood (once).
    const warn = (name: string, value: unknown, expected: string) =>
      warnOnce(`<${this.localName}> ${name}="${value}" is ignored; expected ${expected}.`);
    if (this.order !== 'newest' && this.order !== 'oldest') warn('order', this.order, 'newest or oldest');
    if (this.layout !== 'vertical' && this.layout !== 'compact') warn('layout', this.layout, 'vertical or compact');
    for (const name of ['from', 'to', 'limit'] as const) {
      if (Number.isNaN(this[name])) warn(name, this.getAttribute(name), 'a whole number');
    }
    if (this.limit! < 0) warn('limit', this.limit, 'a whole number from 0 (0: no limit)');
    // A new list starts with one chunk again: the first entries show at once, the rest follow.
    const listKeys = ['data', 'src', 'query', 'country', 'from', 'to', 'order', 'limit', 'locale'];
    const newData = this.source.state !== this.shownState;
    if (newData || listKeys.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) this.memo.growing?.reset();
  }

  protected override render(): unknown {
    // The state this render shows: the source may change it after willUpdate, within the same
    // update (a synchronous check), and the next update (a growth before printing) is not new data.
    this.shownState = this.source.state;
    return this.renderData(
      (model) =>
        partsLoader.module!.renderTimeline(model, {
          host: this,
          locale: this.locale,
          query: this.query,
          showAll: this.showAll,
          memo: this.memo,
          onQuery: (query) => (this.query = query),
          onShowAll: () => void this.onShowAll(),
        }),
      6,
    );
  }

  private async onShowAll(): Promise<void> {
    const limit = partsLoader.module!.whole(this.limit) ?? 0;
    this.showAll = true;
    // The entries shown so far stay, and the first one revealed is rendered to take focus.
    partsLoader.module!.growFrom({ host: this, memo: this.memo }, Math.max(this.memo.growing?.count ?? 0, limit + 1));
    await this.updateComplete;
    // The button is gone: put focus on the first conference it revealed.
    const target = this.renderRoot.querySelectorAll<HTMLElement>('[part~=conference]')[limit];
    if (target) {
      // A tab stop only while focused: from an entry with tabindex -1, Chrome's Tab started over at
      // the top of the widget (the search box) instead of going on from the entry.
      target.tabIndex = 0;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
      target.focus();
    }
  }
}
