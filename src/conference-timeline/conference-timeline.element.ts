import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CityDataElement } from '../core/data/data-element.js';
import { warnOnce } from '../core/element.js';
import type { Season } from '../core/i18n/calendar.js';
import { parseIsoDate, today, utcDate } from '../core/i18n/calendar.js';
import { formatNumber, plural } from '../core/i18n/localize.js';
import { renderEmpty } from '../core/data/status.js';
import type { LocalizedText } from '../core/i18n/text.js';
import { countryName, foldForSearch, resolveText } from '../core/i18n/text.js';
import type { Checked } from '../core/data/validate.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import type { TimelineEntry, TimelineModel } from './conference-timeline.data.js';
import { checkConferences } from './conference-timeline.data.js';
import { cityNames, filterEntries, groupByYear, listAttribute, queryWords } from './conference-timeline.filter.js';
import { styles } from './conference-timeline.styles.js';

export type TimelineOrder = 'newest' | 'oldest';
export type TimelineLayout = 'vertical' | 'compact';

/** What one render needs for every entry: resolved once, not 10,000 times. */
interface EntryContext {
  locale: string;
  todayKey: number;
  dateFormat: Intl.DateTimeFormat;
  countries: Map<string, string>;
  highlight: Set<string>;
}

/** A usable from, to or limit: NaN (from a non-number attribute) and negative numbers count as not set. */
const whole = (value?: number): number | undefined => (value! >= 0 ? Math.floor(value!) : undefined);

/** resolveText with a fast path for the common case, a text in exactly the widget's locale. */
const text = (value: LocalizedText | undefined, locale: string): string =>
  (typeof value === 'object' && value[locale]) || resolveText(value, locale);

function seasonLabel(season: Season | undefined, year: number): string {
  switch (season) {
    case 'spring':
      return msg(str`Spring ${year}`);
    case 'summer':
      return msg(str`Summer ${year}`);
    case 'autumn':
      return msg(str`Autumn ${year}`);
    case 'winter':
      return msg(str`Winter ${year}`);
    default:
      return String(year);
  }
}

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
 * @csspart caption - The network's name and founding year.
 * @csspart controls - The search box and its label (with the `search` attribute).
 * @csspart search-input - The search box.
 * @csspart count - The number of matching conferences (a polite live region).
 * @csspart years - The ordered list of years.
 * @csspart year-group - One year: its heading and its conferences.
 * @csspart year - A year's heading.
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

  /** "Today" as an ISO date (`2016-01-01`), for tests and stories; the reader's date when omitted. */
  @property() now?: string;

  /** The reader's search text. */
  @state() private query = '';

  @state() private showAll = false;

  protected check(json: unknown): Checked<TimelineModel> {
    return checkConferences(json);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // CMS editors type attributes by hand: say which value is not understood (once).
    const warn = (name: string, value: unknown, expected: string) =>
      warnOnce(`<${this.localName}> ${name}="${value}" is ignored; expected ${expected}.`);
    if (this.order !== 'newest' && this.order !== 'oldest') warn('order', this.order, 'newest or oldest');
    if (this.layout !== 'vertical' && this.layout !== 'compact') warn('layout', this.layout, 'vertical or compact');
  }

  protected override render(): unknown {
    return this.renderData((model) => this.renderTimeline(model), 6);
  }

  private renderTimeline(model: TimelineModel): TemplateResult {
    const locale = this.locale;
    const name = resolveText(model.network?.name, locale);
    const founded = model.network?.founded;
    // Templates kept on one line (prettier-ignore): white space inside them would ship in the
    // bundle (15 KB budget) and become extra text nodes in each of up to 10,000 entries.
    // prettier-ignore
    const base = (content: unknown) =>
      html`<section part="base" class="timeline ${this.layout === 'compact' ? 'compact' : 'vertical'}" lang=${locale}>${
        name || founded
          ? html`<p part="caption">${name && founded ? msg(html`${html`<b>${name}</b>`} founded in ${founded}`, { id: 'timeline-caption-founded' }) : name ? html`<b>${name}</b>` : msg(str`Founded in ${founded}`, { id: 'timeline-founded' })}</p>`
          : nothing
      }${content}</section>`;
    if (!model.entries.length) return base(renderEmpty(msg('No conferences yet.')));

    // The attributes set the scope; the reader's search narrows it down.
    const matches = filterEntries(this.order === 'oldest' ? model.entries : model.newest, {
      countries: listAttribute(this.country?.toUpperCase()),
      from: whole(this.from),
      to: whole(this.to),
      words: this.search ? queryWords(this.query) : [],
    });
    // limit="0" means no limit, as an empty list with a "Show all" button would contradict itself.
    const limit = whole(this.limit) || undefined;
    const limited = !this.showAll && limit !== undefined && matches.length > limit;
    const shown = limited ? matches.slice(0, limit) : matches;
    const total = matches.length;
    const count = formatNumber(total);
    const conferences = plural(total, {
      one: msg(str`${count} conference`, { id: 'timeline-count.one' }),
      few: msg(str`${count} conferences`, { id: 'timeline-count.few' }),
      many: msg(str`${count} conferences`, { id: 'timeline-count.many' }),
      two: msg(str`${count} conferences`, { id: 'timeline-count.two' }),
      other: msg(str`${count} conferences`, { id: 'timeline-count.other' }),
    });
    const showAll = plural(total, {
      one: msg(str`Show ${count} conference`, { id: 'timeline-show-all.one' }),
      few: msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.few' }),
      many: msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.many' }),
      two: msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.two' }),
      other: msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.other' }),
    });
    const context: EntryContext = {
      locale,
      todayKey: (this.now && parseIsoDate(this.now)) || today(),
      dateFormat: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
      countries: new Map(),
      highlight: new Set(listAttribute(this.highlightCity).map(foldForSearch)),
    };
    // prettier-ignore
    return base(html`${this.search
        ? html`<p part="controls"><label for="search">${msg('Search conferences')}</label><input part="search-input" id="search" type="search" .value=${this.query} @input=${(event: Event) =>
            (this.query = (event.target as HTMLInputElement).value)} /></p><p part="count" role="status">${conferences}</p>`
        : nothing}${shown.length
        ? html`<ol part="years">${groupByYear(shown).map(
            (group) =>
              html`<li part="year-group"><h3 part="year">${group.year}</h3><ol part="list">${group.entries.map((entry) => this.renderEntry(entry, context))}</ol></li>`,
          )}</ol>`
        : renderEmpty(msg('No conferences match.'))}${limited
        ? html`<button part="show-all-button" class="button secondary" @click=${this.onShowAll}>${showAll}</button>`
        : nothing}`);
  }

  /** The entry as one sentence: "Spring 2016 · St. Pölten, Austria · Communicating with the public…". */
  private renderEntry(entry: TimelineEntry, context: EntryContext): TemplateResult {
    const { first, last, year, season } = entry;
    const { locale, countries } = context;
    const code = entry.country;
    let country = code && countries.get(code);
    if (code && !country) countries.set(code, (country = countryName(code, locale)));
    const upcoming = first > context.todayKey;
    const highlighted = context.highlight.size > 0 && cityNames(entry).some((name) => context.highlight.has(name));
    const place = text(entry.city, locale) + (country ? `, ${country}` : '');
    const topic = text(entry.topic, locale);
    const format = context.dateFormat;
    const exact = entry.exact;
    const parts = `conference ${upcoming ? 'upcoming' : 'past'}${highlighted ? ' highlighted' : ''}`;
    const when = exact
      ? last
        ? format.formatRange(utcDate(first), utcDate(last))
        : format.format(utcDate(first))
      : seasonLabel(season, year);
    const url = entry.url ?? nothing;
    const summary = entry.summary
      ? html`<span part="summary" class="summary" .textContent=${text(entry.summary, locale)}></span>`
      : nothing;
    const extra =
      upcoming || entry.summary
        ? html`${upcoming ? html` <span part="upcoming-label" class="tag">${msg('Upcoming')}</span>` : nothing}${summary}`
        : nothing;
    // One template instance per entry (not one per piece) and texts set as
    // properties (no marker comments) keep 10,000 entries quick; the topic is
    // an <a> without href, which is not a link, when there is no URL.
    /* eslint-disable lit-a11y/accessible-name -- the link text is set through .textContent */
    // prettier-ignore
    return highlighted
      ? html`<li part=${parts}><b part="when" .textContent=${when}></b> · <mark part="place" .textContent=${place}></mark> · <a part="topic" href=${url} .textContent=${topic}></a>${extra}</li>`
      : html`<li part=${parts}><b part="when" .textContent=${when}></b> · <span part="place" .textContent=${place}></span> · <a part="topic" href=${url} .textContent=${topic}></a>${extra}</li>`;
    /* eslint-enable lit-a11y/accessible-name */
  }

  private async onShowAll(): Promise<void> {
    this.showAll = true;
    await this.updateComplete;
    // The button is gone: put focus on the first conference it revealed.
    const target = this.renderRoot.querySelectorAll<HTMLElement>('[part~=conference]')[whole(this.limit) ?? 0];
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }
}
