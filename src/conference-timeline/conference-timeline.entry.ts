import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Season } from '../core/i18n/calendar.js';
import { utcDate } from '../core/i18n/calendar.js';
import type { LocalizedText, ResolvedText } from '../core/i18n/text.js';
import { countryName, otherLang, resolveLocalized } from '../core/i18n/text.js';
import type { TimelineEntry } from './conference-timeline.data.js';
import { cityNames } from './conference-timeline.filter.js';

/** What one render needs for every entry: resolved once, not 10,000 times. */
export interface EntryContext {
  locale: string;
  todayKey: number;
  dateFormat: Intl.DateTimeFormat;
  countries: Map<string, string>;
  highlight: Set<string>;
}

/** resolveLocalized with a fast path for the common case, a text in exactly the widget's locale. */
const resolve = (value: LocalizedText | undefined, locale: string): ResolvedText =>
  typeof value === 'object' && value[locale] ? { text: value[locale] } : resolveLocalized(value, locale);

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

/** The entry as one sentence: "Spring 2016 · St. Pölten, Austria · Communicating with the public…". */
export function renderEntry(entry: TimelineEntry, context: EntryContext): TemplateResult {
  const { first, last, year, season } = entry;
  const { locale, countries } = context;
  const code = entry.country;
  let country = code && countries.get(code);
  if (code && !country) countries.set(code, (country = countryName(code, locale)));
  const upcoming = first > context.todayKey;
  const highlighted = context.highlight.size > 0 && cityNames(entry).some((name) => context.highlight.has(name));
  const city = resolve(entry.city, locale);
  const topic = resolve(entry.topic, locale);
  const cityLang = otherLang(city, locale);
  const topicLang = otherLang(topic, locale) ?? nothing;
  const format = context.dateFormat;
  const parts = `conference ${upcoming ? 'upcoming' : 'past'}${highlighted ? ' highlighted' : ''}`;
  const when = entry.exact
    ? last
      ? format.formatRange(utcDate(first), utcDate(last))
      : format.format(utcDate(first))
    : seasonLabel(season, year);
  const url = entry.url ?? nothing;
  const summaryText = entry.summary && resolve(entry.summary, locale);
  const summary = summaryText
    ? html`<span
        part="summary"
        class="summary"
        lang=${otherLang(summaryText, locale) ?? nothing}
        .textContent=${summaryText.text}
      ></span>`
    : nothing;
  const extra =
    upcoming || summaryText
      ? html`${upcoming ? html` <span part="upcoming-label" class="tag">${msg('Upcoming')}</span>` : nothing}${summary}`
      : nothing;
  const countryText = country ? `, ${country}` : '';
  // One template instance per entry (not one per piece) and texts set as
  // properties (no marker comments) keep 10,000 entries quick; a city in a
  // fallback language takes the slower path with its own lang. The topic is
  // an <a> without href, which is not a link, when there is no URL.
  const place = cityLang
    ? highlighted
      ? html`<mark part="place">${foreign(city, cityLang)}${countryText}</mark>`
      : html`<span part="place">${foreign(city, cityLang)}${countryText}</span>`
    : undefined;
  /* eslint-disable lit-a11y/accessible-name -- the link text is set through .textContent */
  // prettier-ignore
  return place
    ? html`<li part=${parts}><b part="when" .textContent=${when}></b> · ${place} · <a part="topic" href=${url} lang=${topicLang} .textContent=${topic.text}></a>${extra}</li>`
    : highlighted
      ? html`<li part=${parts}><b part="when" .textContent=${when}></b> · <mark part="place" .textContent=${city.text + countryText}></mark> · <a part="topic" href=${url} lang=${topicLang} .textContent=${topic.text}></a>${extra}</li>`
      : html`<li part=${parts}><b part="when" .textContent=${when}></b> · <span part="place" .textContent=${city.text + countryText}></span> · <a part="topic" href=${url} lang=${topicLang} .textContent=${topic.text}></a>${extra}</li>`;
  /* eslint-enable lit-a11y/accessible-name */
}
