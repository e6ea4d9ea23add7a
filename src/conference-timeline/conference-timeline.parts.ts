/**
 * What turns data into a list — the checker and the list's view (filters,
 * years, entries) — loaded by the element as it connects, in parallel with its data,
 * instead of with the element's own file.
 */
export { checkConferences, checkConferencesInSlices, isLongList } from './conference-timeline.data.js';
export { growFrom, renderTimeline, whole } from './conference-timeline.view.js';
export { warmEntry } from './conference-timeline.entry.js';
export { listStyles } from './conference-timeline.list.styles.js';
