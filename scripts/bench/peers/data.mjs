// Data for the peer comparisons: the demo's sample files as they are, the same
// conferences in TimelineJS's format, and generated lists of 10,000 items.
import { readFileSync } from 'node:fs';

const demoData = (name) => JSON.parse(readFileSync(new URL(`../../../demo/data/${name}`, import.meta.url), 'utf8'));
export const sampleConferences = demoData('conferences.json');
export const sampleMembers = demoData('members.json');

const english = (text) => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]));
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The same conferences as TimelineJS 3 slides: year, "City, Country" and the topic, in English. */
export function timelineJsData(data) {
  return {
    events: data.conferences.map((conference) => ({
      start_date: { year: String(conference.year) },
      group: conference.season,
      text: {
        headline: `${english(conference.city)}, ${countryNames.of(conference.country)}`,
        text: english(conference.topic),
      },
    })),
  };
}

const countries = ['AT', 'CZ', 'DE', 'HU', 'PL', 'SK', 'FR', 'IT', 'RO', 'BG', 'HR', 'AL', 'SI'];
const seasons = ['spring', 'autumn'];

/** `count` conferences over 40 years, half with a localized city name. */
export const manyConferences = (count) => ({
  network: sampleConferences.network,
  conferences: Array.from({ length: count }, (_, index) => ({
    year: 1990 + (index % 40),
    season: seasons[index % 2],
    city: index % 2 ? `City ${index}` : { cs: `Město ${index}`, en: `City ${index}` },
    country: countries[index % countries.length],
    topic: { cs: `Téma ${index}: doprava a odpady ve městech`, en: `Topic ${index}: transport and waste in cities` },
  })),
});

/** `count` member cities spread over central Europe. */
export const manyMembers = (count) => ({
  network: { ...sampleMembers.network, memberCount: count, countryCount: countries.length },
  members: Array.from({ length: count }, (_, index) => ({
    id: `city-${index}`,
    city: `City ${index}`,
    country: countries[index % countries.length],
    lat: 41 + ((index * 7919) % 1200) / 100,
    lon: 2 + ((index * 104729) % 2400) / 100,
    joined: 1995 + (index % 30),
  })),
});
