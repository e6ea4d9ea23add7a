import { html, nothing, render } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Season } from '../core/i18n/calendar.js';
import { utcDate } from '../core/i18n/calendar.js';
import type { LocalizedText, ResolvedText } from '../core/i18n/text.js';
import { otherLang, resolveLocalized } from '../core/i18n/text.js';
import { countryName } from '../core/i18n/lists.js';
import type { DayFormat } from '../core/i18n/long-date.js';
import { isKnownCountry } from '../core/data/countries.js';
import type { TimelineEntry } from './conference-timeline.data.js';
import { cityNames } from './conference-timeline.filter.js';

/** What one render needs for every entry: resolved once, not 10,000 times. */
export interface EntryContext {
  locale: string;
  todayKey: number;
  /** Made on first use: the first date format of a page loads the locale's calendar data (tens of ms on a phone). */
  dateFormat: () => DayFormat;
  countries: Map<string, string>;
  highlight: Set<string>;
}

/**
 * resolveLocalized with a fast path for the common case, a text in exactly the
 * widget's locale: the data's own key (a page that gave Object.prototype an `en`
 * showed it for every text without one).
 */
const resolve = (value: LocalizedText | undefined, locale: string): ResolvedText =>
  typeof value === 'object' && Object.hasOwn(value, locale) && value[locale]
    ? { text: value[locale] }
    : resolveLocalized(value, locale);

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

/** A text that fell back to another language: in a span with its own `lang`. */
const foreign = (resolved: ResolvedText, lang: string): TemplateResult =>
  html`<span lang=${lang} .textContent=${resolved.text}></span>`;

/**
 * The entry as one sentence: "Spring 2016 · St. Pölten, Austria · Communicating with the public…",
 * `position` of `size` in its year's list (the list on the page may hold only the first entries);
 * `printOnly` for an entry past the limit, which only paper shows.
 */
export function renderEntry(
  entry: TimelineEntry,
  context: EntryContext,
  position: number,
  size: number,
  printOnly = false,
): TemplateResult {
  const { first, last, year, season } = entry;
  const { locale, countries } = context;
  const code = entry.country;
  let country = code && countries.get(code);
  // A code that names no country (reported by the check) is shown as written, as in the member map.
  if (code && !country) countries.set(code, (country = isKnownCountry(code) ? countryName(code, locale) : code));
  const upcoming = first > context.todayKey;
  const highlighted = context.highlight.size > 0 && cityNames(entry).some((name) => context.highlight.has(name));
  const city = resolve(entry.city, locale);
  const topic = resolve(entry.topic, locale);
  const cityLang = otherLang(city, locale);
  const when = entry.exact
    ? last
      ? context.dateFormat().formatRange(utcDate(first), utcDate(last))
      : context.dateFormat().format(utcDate(first))
    : seasonLabel(season, year);
  const summary = entry.summary && resolve(entry.summary, locale);
  const countryText = country ? `, ${country}` : '';
  // A city in a fallback language is in a span with its own lang.
  const place = cityLang ? html`${foreign(city, cityLang)}${countryText}` : city.text + countryText;
  /* eslint-disable lit-a11y/accessible-name -- the link text is set through .textContent */
  // Kept on one line (prettier-ignore): white space would become text nodes in every entry.
  // The topic is an <a> without href, which is not a link, when there is no URL.
  // prettier-ignore
  return html`<li part="conference ${upcoming ? 'upcoming' : 'past'}${highlighted ? ' highlighted' : ''}" class=${printOnly ? 'print-only' : nothing} aria-posinset=${position} aria-setsize=${size}><b part="when" .textContent=${when}></b> · ${
    highlighted ? html`<mark part="place">${place}</mark>` : html`<span part="place">${place}</span>`} · <a part="topic" href=${entry.url ?? nothing} lang=${otherLang(topic, locale) ?? nothing} .textContent=${topic.text}></a>${
    upcoming ? html` <span part="upcoming-label" class="tag">${msg('Upcoming')}</span>` : nothing}${
    summary ? html`<span part="summary" class="summary" lang=${otherLang(summary, locale) ?? nothing} .textContent=${summary.text}></span>` : nothing}</li>`;
  /* eslint-enable lit-a11y/accessible-name */
}

/**
 * Lit prepares each template the first time it renders it, and the first
 * render of a long list also builds all the rest (its years, its filter): an
 * entry rendered off the page, in a task of its own while the list is
 * checked, takes the entry's share out of that first render.
 */
export function warmEntry(locale: string): void {
  const entry: TimelineEntry = {
    year: 2000,
    season: 'spring',
    first: 20000321,
    exact: false,
    index: 0,
    city: '',
    topic: '',
  };
  const context = {
    locale,
    todayKey: 0,
    dateFormat: () => new Intl.DateTimeFormat(),
    countries: new Map(),
    highlight: new Set<string>(),
  };
  render(renderEntry(entry, context, 1, 1), document.createElement('ol'));
}
