/*
 * Never imported by a widget. The plural categories English does not have
 * (two, few, many), written here so that lit-localize extracts them for
 * translators and builds them into each locale's module, where plural()
 * (localize.ts) finds them by id. Each has the expressions of its message's
 * `other` form, in the same order, under the same names.
 */
import { msg, str } from '@lit/localize';

/** The extra categories of the badge's counts. */
export const corePluralForms = (shown: string, countriesShown: string): string[] => [
  msg(str`${shown} cities`, { id: 'badge-cities.two' }),
  msg(str`${shown} cities`, { id: 'badge-cities.few' }),
  msg(str`${shown} cities`, { id: 'badge-cities.many' }),
  msg(str`${countriesShown} countries`, { id: 'badge-countries.two' }),
  msg(str`${countriesShown} countries`, { id: 'badge-countries.few' }),
  msg(str`${countriesShown} countries`, { id: 'badge-countries.many' }),
];

/** The extra categories of the delegation form's lead-time hint. */
export const formPluralForms = (lead: number): string[] => [
  msg(str`At least ${lead} days in advance`, { id: 'lead-days.two' }),
  msg(str`At least ${lead} days in advance`, { id: 'lead-days.few' }),
  msg(str`At least ${lead} days in advance`, { id: 'lead-days.many' }),
];

/** The extra categories of the timeline's count and its "Show all" button. */
export const timelinePluralForms = (count: string): string[] => [
  msg(str`${count} conferences`, { id: 'timeline-count.two' }),
  msg(str`${count} conferences`, { id: 'timeline-count.few' }),
  msg(str`${count} conferences`, { id: 'timeline-count.many' }),
  msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.two' }),
  msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.few' }),
  msg(str`Show all ${count} conferences`, { id: 'timeline-show-all.many' }),
];

/** The extra categories of the member map's counts. */
export const mapPluralForms = (n: string, c: string): string[] => [
  msg(str`${n} cities`, { id: 'member-map-cities.two' }),
  msg(str`${n} cities`, { id: 'member-map-cities.few' }),
  msg(str`${n} cities`, { id: 'member-map-cities.many' }),
  msg(str`${c} countries`, { id: 'member-map-countries.two' }),
  msg(str`${c} countries`, { id: 'member-map-countries.few' }),
  msg(str`${c} countries`, { id: 'member-map-countries.many' }),
];
