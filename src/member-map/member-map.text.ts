import { msg, str } from '@lit/localize';
import { plural } from '../core/i18n/localize.js';
import { formatNumber } from '../core/i18n/numbers.js';
import { isKnownCountry } from '../core/data/countries.js';
import type { Member, MemberNetwork } from './member-map.data.js';
import type { CountryGroup, ListedMember } from './member-list.js';
import { indexGroups } from './member-list.js';

/*
 * The map's counting sentences: English's one/other here, the forms other
 * languages add in core/i18n/plural-forms.ts. Call these while rendering
 * (msg() follows the element's locale).
 */

/** "N cities in M countries". */
function citiesInCountries(cities: number, countries: number): string {
  const n = formatNumber(cities);
  const c = formatNumber(countries);
  const citiesText = plural(cities, 'member-map-cities', [n], {
    one: msg(str`${n} city`, { id: 'member-map-cities.one' }),
    other: msg(str`${n} cities`, { id: 'member-map-cities.other' }),
  });
  const countriesText = plural(countries, 'member-map-countries', [c], {
    one: msg(str`${c} country`, { id: 'member-map-countries.one' }),
    other: msg(str`${c} countries`, { id: 'member-map-countries.other' }),
  });
  return msg(str`${citiesText} in ${countriesText}`, { id: 'member-map-counts' });
}

/**
 * What the list holds and, when the data gives larger totals, what the whole
 * network has: "Listed here: 17 cities in 6 countries. The whole network: 34 cities in 13 countries."
 */
export function countsText(groups: readonly CountryGroup[], network: MemberNetwork): string {
  const listed = groups.reduce((sum, group) => sum + group.members.length, 0);
  // A code that names no country (reported by the check) lists its cities, but counts as no country.
  const known = groups.filter((group) => isKnownCountry(group.code)).length;
  const here = citiesInCountries(listed, known);
  const members = network.memberCount ?? listed;
  const countries = network.countryCount ?? known;
  if (members === listed && countries === known) return here;
  const whole = citiesInCountries(members, countries);
  return `${msg(str`Listed here: ${here}.`)} ${msg(str`The whole network: ${whole}.`)}`;
}

/** "Cities shown: 3 of 17": a label agrees with neither number, so every language can say it. */
export function showingText(shown: number, total: number): string {
  const s = formatNumber(shown);
  const t = formatNumber(total);
  return msg(str`Cities shown: ${s} of ${t}`, { id: 'member-map-shown' });
}

/** "Not on the map: Opava, Graz.": the cities without coordinates (found by member-list.ts's bucketing), or ''. */
export function unplacedText(unplaced: readonly ListedMember[]): string {
  return unplaced.length ? msg(str`Not on the map: ${unplaced.map((entry) => entry.name).join(', ')}.`) : '';
}

/** Cities named in the map's text alternative at most; more are left to the list. */
const namedAtMost = 30;

/**
 * The map's text alternative, following the search and filter: what it shows,
 * the cities by country when few enough (or always, when there is no list),
 * the highlighted ones, and those it cannot place.
 */
export function mapLabel(input: {
  counts: string;
  /** "Cities shown: 3 of 17" while filtering, else ''. */
  showing: string;
  derived: { groups: readonly CountryGroup[]; visible: readonly CountryGroup[]; shown: ReadonlySet<Member> };
  /** "Not on the map: …" (unplacedText), or ''. */
  unplaced: string;
  highlighted: ReadonlySet<string>;
  hasList: boolean;
}): string {
  const { groups, visible, shown } = input.derived;
  const index = indexGroups(groups);
  // Only those the map shows now: a country filter that hides Opava leaves no "Highlighted: Opava".
  const highlighted = [...input.highlighted].flatMap((key) => {
    const entry = index.get(key);
    return entry && shown.has(entry.member) ? entry.name : [];
  });
  const byCountry = () =>
    visible.map((group) => `${group.name}: ${group.members.map((entry) => entry.name).join(', ')}`).join('; ');
  // The counts may be sentences of their own ("Listed here: … The whole network: …."): one full stop.
  const summary = (input.showing || input.counts).replace(/\.$/, '');
  return [
    msg(str`Map of member cities: ${summary}.`),
    // With no match the list is hidden too: say why the map is empty, not that the list agrees (or a lone ".").
    shown.size === 0
      ? msg('No city matches the search.')
      : !input.hasList || (input.showing && shown.size <= namedAtMost)
        ? `${byCountry()}.`
        : msg('The list has the same cities.'),
    highlighted.length ? msg(str`Highlighted: ${highlighted.join(', ')}.`) : '',
    input.unplaced,
  ]
    .filter(Boolean)
    .join(' ');
}
