import { askEarly, earlyLocale, fetchDataEarly } from '../core/data/early.js';
import { countryNamesReady } from '../core/i18n/lists.js';
import { partsLoader } from './conference-timeline.loader.js';

// Imported first by conference-timeline.ts, before Lit (see core/data/early.ts):
// the timelines in the page have their data, the checking and list code and
// the country names of their language asked for at once.
askEarly('city-conference-timeline', (timeline) => {
  partsLoader.prefetch();
  fetchDataEarly(timeline);
  void countryNamesReady(earlyLocale(timeline));
});
