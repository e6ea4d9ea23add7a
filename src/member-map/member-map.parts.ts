/**
 * What turns data into the widget's content — the checker, the grouping by
 * country, the list and the map's panel with their styles — loaded by the
 * element as it connects, in parallel with its data (and the map's drawing
 * code), instead of with the element's own file.
 */
export { checkAndGroup } from './member-list.js';
export { renderMemberMap } from './member-map.view.js';
export { listStyles } from './member-map.styles.js';
export { mapControllers } from './member-map.controllers.js';
