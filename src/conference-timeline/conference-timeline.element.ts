import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CityDataElement } from '../core/data-element.js';
import { warnOnce } from '../core/base-element.js';
import type { Season } from '../core/calendar.js';
import { dayKey, isoDate, parseIsoDate, today, utcDate } from '../core/calendar.js';
import { formatNumber, plural } from '../core/localize.js';
import { renderEmpty, renderError } from '../core/status.js';
import { countryName, foldForSearch, resolveText } from '../core/text.js';
import type { Checked } from '../core/validate.js';
import { baseStyles, tokens } from '../core/tokens.css.js';
import type { TimelineEntry, TimelineModel } from './conference-timeline.data.js';
import { checkConferences } from './conference-timeline.data.js';
import { cityNames, filterEntries, groupByYear, listAttribute, orderedEntries, queryWords } from './conference-timeline.filter.js';
import { styles } from './conference-timeline.styles.js';

export type TimelineOrder = 'newest' | 'oldest';
export type TimelineLayout = 'vertical' | 'compact';
const orders: readonly TimelineOrder[] = ['newest', 'oldest'];
const layouts: readonly TimelineLayout[] = ['vertical', 'compact'];

/** Detail of `city-filter-change`. */
export interface FilterChangeDetail {
  /** The search text as typed. */
  query: string;
  /** The country chosen in the country filter, or `''` for all. */
  country: string;
  /** How many conferences match. */
  count: number;
}

/** What one render needs for every entry: resolved once, not 10,000 times. */
interface EntryContext {
  locale: string;
  todayKey: number;
  dateFormat: Intl.DateTimeFormat;
  countries: Map<string, string>;
  highlight: Set<string>;
  upcoming: string;
}

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
 * @summary The network's thematic conferences by year: season or date, host
 * city and country, and topic; newest or oldest first, filtered by country,
 * years and a search, with upcoming conferences marked.
 *
 * @slot - No-JavaScript fallback (e.g. a plain list), shown until the timeline has rendered.
 *
 * @event city-load - The data was loaded and checked. `detail.source` is the URL, `inline` or `property`.
 * @event city-error - The data could not be loaded or is unusable. `detail`: `{ source, status?, message }`.
 * @event city-filter-change - The reader changed the search or the country filter. `detail`: `{ query, country, count }`.
 *
 * @csspart base - The timeline's outer box.
 * @csspart caption - The network's name and founding year.
 * @csspart controls - The search form (with the `search` attribute).
 * @csspart search-input - The search box.
 * @csspart country-select - The country filter.
 * @csspart order-select - The order choice.
 * @csspart count - The number of matching conferences (a polite live region).
 * @csspart years - The ordered list of years.
 * @csspart year-group - One year: its heading and its conferences.
 * @csspart year - A year's heading.
 * @csspart list - The ordered list of one year's conferences.
 * @csspart conference - One conference; also `upcoming` or `past`, and `highlighted` for a conference of `highlight-city`.
 * @csspart when - Season and year, or the date(s).
 * @csspart place - Host city and country.
 * @csspart topic - The topic (a link when the conference has a safe URL).
 * @csspart summary - The conference's summary.
 * @csspart upcoming-label - The "Upcoming" tag.
 * @csspart show-all-button - "Show all N conferences", with `limit`.
 * @csspart empty - The message shown when no conference is listed.
 * @csspart loading - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry-button - The button that reloads after a network error.
 * @csspart issues - The list of skipped problems in the data.
 *
 * @cssproperty [--city-timeline-max-width=48em] Widest the timeline grows.
 * @cssproperty [--city-timeline-rail-color=var(--city-color-border)] The line of the vertical layout.
 * @cssproperty [--city-timeline-highlight=light-dark(#fff4c2, #4a3d00)] Background of conferences of `highlight-city`.
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

  /** Show at most this many conferences, with a "Show all N conferences" button. */
  @property({ type: Number }) limit?: number;

  /** Show a search box (topic and city, in every language) with country and order filters. */
  @property({ type: Boolean, reflect: true }) search = false;

  /** Marks the conferences hosted by this city (any of its names; several separated by commas). */
  @property({ attribute: 'highlight-city' }) highlightCity?: string;

  /** `vertical` (default): a timeline with a rail; `compact`: dense lines. */
  @property({ reflect: true }) layout: TimelineLayout = 'vertical';

  /** "Today" as an ISO date (`2016-01-01`), for tests and stories; the reader's date when omitted. */
  @property() now?: string;

  /** Level of the year headings, 2–6 (default 3), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The reader's search text. */
  @state() private query = '';

  /** The reader's country choice (`''` for all). */
  @state() private countryChoice = '';

  @state() private showAll = false;

  /** How many conferences matched in the last render (for the event detail). */
  private matchCount = 0;

  protected check(json: unknown): Checked<TimelineModel> {
    return checkConferences(json);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('order') && !orders.includes(this.order)) {
      warnOnce(`<city-conference-timeline> order="${this.order}" is not known; use one of: ${orders.join(', ')}.`);
    }
    if (changed.has('layout') && !layouts.includes(this.layout)) {
      warnOnce(`<city-conference-timeline> layout="${this.layout}" is not known; use one of: ${layouts.join(', ')}.`);
    }
    if (changed.has('now') && this.now && !parseIsoDate(this.now)) {
      warnOnce(`<city-conference-timeline> now="${this.now}" is not an ISO date such as 2016-04-21; today is used.`);
    }
    for (const name of ['from', 'to', 'limit'] as const) {
      const value = this[name];
      if (changed.has(name) && value !== undefined && value !== null && !(Number.isInteger(value) && value >= 0)) {
        warnOnce(`<city-conference-timeline> ${name}="${this.getAttribute(name)}" is not a whole number; it is ignored.`);
      }
    }
  }

  private wholeNumber(value: number | undefined | null): number | undefined {
    return value !== undefined && value !== null && Number.isInteger(value) && value >= 0 ? value : undefined;
  }

  private todayKey(): number {
    return dayKey((this.now && parseIsoDate(this.now)) || today());
  }

  protected override render(): unknown {
    return this.renderData((model) => this.renderTimeline(model), 6);
  }

  private renderTimeline(model: TimelineModel): TemplateResult {
    const locale = this.locale;
    const state = this.dataState;
    const issues = state.status === 'ready' ? state.issues : [];
    if (model.entries.length === 0 && issues.length > 0) {
      return renderError({ kind: 'invalid', source: this.src ?? 'data', issues }, undefined);
    }
    const name = resolveText(model.network?.name, locale);
    const founded = model.network?.founded;
    const caption =
      name || founded !== undefined
        ? html`<p part="caption" class="caption">
            ${name ? html`<span class="network">${name}</span>` : nothing}
            ${founded !== undefined ? html`<span class="founded">${msg(str`founded in ${founded}`)}</span>` : nothing}
          </p>`
        : nothing;
    const base = (content: unknown) => html`<section
      part="base"
      class="timeline ${this.layout === 'compact' ? 'compact' : 'vertical'}"
      lang=${locale}
      aria-label=${name ? msg(str`Conferences of ${name}`) : msg('Conferences')}
    >
      ${caption}${content}
    </section>`;
    if (model.entries.length === 0) return base(renderEmpty(msg('No conferences yet.')));

    // The attributes set the scope; the reader's controls narrow it down.
    const scope = filterEntries(orderedEntries(model, this.order === 'oldest' ? 'oldest' : 'newest'), {
      countries: listAttribute(this.country).map((code) => code.toUpperCase()),
      from: this.wholeNumber(this.from),
      to: this.wholeNumber(this.to),
    });
    const words = this.search ? queryWords(this.query) : [];
    const countryChoice = this.search ? this.countryChoice : '';
    const matches = words.length || countryChoice ? filterEntries(scope, { words, countries: countryChoice ? [countryChoice] : [] }) : scope;
    const limit = this.wholeNumber(this.limit);
    const limited = !this.showAll && limit !== undefined && matches.length > limit;
    const shown = limited ? matches.slice(0, limit) : matches;
    const context = this.entryContext(locale, shown);
    const total = matches.length;
    this.matchCount = total;
    const totalShown = formatNumber(total);

    return base(html`
      ${this.search ? this.renderControls(scope, context) : nothing}
      ${this.search
        ? html`<p part="count" class="count" role="status">
            ${plural(total, {
              one: msg(str`${totalShown} conference`, { id: 'timeline-count.one' }),
              few: msg(str`${totalShown} conferences`, { id: 'timeline-count.few' }),
              many: msg(str`${totalShown} conferences`, { id: 'timeline-count.many' }),
              other: msg(str`${totalShown} conferences`, { id: 'timeline-count.other' }),
            })}
          </p>`
        : nothing}
      ${shown.length > 0
        ? html`<ol part="years" class="years">
            ${groupByYear(shown).map(
              (group) => html`<li part="year-group" class="year-group">
                ${this.renderHeading(group.year)}
                <ol part="list" class="list">
                  ${group.entries.map((entry) => this.renderEntry(entry, context))}
                </ol>
              </li>`,
            )}
          </ol>`
        : renderEmpty(words.length ? msg('No conferences match your search.') : msg('No conferences match the filters.'))}
      ${limited
        ? html`<button part="show-all-button" class="button secondary show-all" type="button" @click=${this.onShowAll}>
            ${plural(total, {
              one: msg(str`Show all ${totalShown} conferences`, { id: 'timeline-show-all.one' }),
              few: msg(str`Show all ${totalShown} conferences`, { id: 'timeline-show-all.few' }),
              many: msg(str`Show all ${totalShown} conferences`, { id: 'timeline-show-all.many' }),
              other: msg(str`Show all ${totalShown} conferences`, { id: 'timeline-show-all.other' }),
            })}
          </button>`
        : nothing}
    `);
  }

  private entryContext(locale: string, shown: readonly TimelineEntry[]): EntryContext {
    const countries = new Map<string, string>();
    for (const entry of shown) {
      const code = entry.conference.country;
      if (code !== undefined && !countries.has(code)) countries.set(code, countryName(code, locale));
    }
    return {
      locale,
      todayKey: this.todayKey(),
      dateFormat: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
      countries,
      highlight: new Set(listAttribute(this.highlightCity).map(foldForSearch)),
      upcoming: msg('Upcoming'),
    };
  }

  private renderHeading(year: number): TemplateResult {
    switch (this.headingLevel) {
      case 2:
        return html`<h2 part="year" class="year">${year}</h2>`;
      case 4:
        return html`<h4 part="year" class="year">${year}</h4>`;
      case 5:
        return html`<h5 part="year" class="year">${year}</h5>`;
      case 6:
        return html`<h6 part="year" class="year">${year}</h6>`;
      default:
        return html`<h3 part="year" class="year">${year}</h3>`;
    }
  }

  private when(entry: TimelineEntry, context: EntryContext): [string, string] {
    const { conference, first, last } = entry;
    if (conference.date) return [isoDate(first), context.dateFormat.format(utcDate(first))];
    if (conference.start) {
      const text = last ? context.dateFormat.formatRange(utcDate(first), utcDate(last)) : context.dateFormat.format(utcDate(first));
      return [isoDate(first), text];
    }
    return [conference.season ? isoDate(first).slice(0, 7) : String(entry.year), seasonLabel(conference.season, entry.year)];
  }

  private renderEntry(entry: TimelineEntry, context: EntryContext): TemplateResult {
    const { conference } = entry;
    const { locale } = context;
    const upcoming = entry.key > context.todayKey;
    const highlighted = context.highlight.size > 0 && cityNames(entry).some((name) => context.highlight.has(name));
    const [datetime, when] = this.when(entry, context);
    const city = resolveText(conference.city, locale);
    const place = conference.country ? `${city}, ${context.countries.get(conference.country) ?? conference.country}` : city;
    const topic = resolveText(conference.topic, locale);
    const summary = conference.summary ? resolveText(conference.summary, locale) : '';
    const parts = `conference ${upcoming ? 'upcoming' : 'past'}${highlighted ? ' highlighted' : ''}`;
    return html`<li part=${parts} class=${parts}>
      <time part="when" class="when" datetime=${datetime}>${when}</time> ·
      ${highlighted ? html`<mark part="place" class="place">${place}</mark>` : html`<span part="place" class="place">${place}</span>`} ·
      ${conference.url
        ? html`<a part="topic" class="topic" href=${conference.url}>${topic}</a>`
        : html`<span part="topic" class="topic">${topic}</span>`}${upcoming
        ? html` <span part="upcoming-label" class="tag">${context.upcoming}</span>`
        : nothing}${summary ? html`<span part="summary" class="summary">${summary}</span>` : nothing}
    </li>`;
  }

  private renderControls(scope: readonly TimelineEntry[], context: EntryContext): TemplateResult {
    const codes = new Set(scope.map((entry) => entry.conference.country).filter((code): code is string => !!code));
    const countries = [...codes]
      .map((code) => [code, context.countries.get(code) ?? countryName(code, context.locale)] as const)
      .sort((a, b) => a[1].localeCompare(b[1], context.locale));
    return html`<form part="controls" class="controls" role="search" aria-label=${msg('Filter conferences')} @submit=${(event: Event) => event.preventDefault()}>
      <div class="field grow">
        <label for="search">${msg('Search conferences')}</label>
        <input
          part="search-input"
          id="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @input=${(event: Event) => this.changeFilter({ query: (event.target as HTMLInputElement).value })}
        />
      </div>
      ${countries.length > 1
        ? html`<div class="field">
            <label for="country">${msg('Country')}</label>
            <select
              part="country-select"
              id="country"
              @change=${(event: Event) => this.changeFilter({ countryChoice: (event.target as HTMLSelectElement).value })}
            >
              <option value="" ?selected=${this.countryChoice === ''}>${msg('All countries')}</option>
              ${countries.map(([code, name]) => html`<option value=${code} ?selected=${this.countryChoice === code}>${name}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="field">
        <label for="order">${msg('Order')}</label>
        <select part="order-select" id="order" @change=${(event: Event) => (this.order = (event.target as HTMLSelectElement).value as TimelineOrder)}>
          <option value="newest" ?selected=${this.order !== 'oldest'}>${msg('Newest first')}</option>
          <option value="oldest" ?selected=${this.order === 'oldest'}>${msg('Oldest first')}</option>
        </select>
      </div>
    </form>`;
  }

  private async changeFilter(change: { query?: string; countryChoice?: string }): Promise<void> {
    if (change.query !== undefined) this.query = change.query;
    if (change.countryChoice !== undefined) this.countryChoice = change.countryChoice;
    await this.updateComplete;
    this.emit<FilterChangeDetail>('city-filter-change', { query: this.query, country: this.countryChoice, count: this.matchCount });
  }

  private async onShowAll(): Promise<void> {
    const first = this.wholeNumber(this.limit) ?? 0;
    this.showAll = true;
    await this.updateComplete;
    // The button is gone: put focus on the first conference it revealed.
    const target = this.renderRoot.querySelectorAll<HTMLElement>('li.conference')[first];
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }
}
