/**
 * What turns data into a list — the checker, the filters and the entry
 * template — loaded by the element as it connects, in parallel with its data,
 * instead of with the element's own file.
 */
export { checkConferences, checkConferencesInSlices, isLongList } from './conference-timeline.data.js';
export { filterEntries, groupByYear, listAttribute, queryWords } from './conference-timeline.filter.js';
export { renderEntry, todayKey } from './conference-timeline.entry.js';
