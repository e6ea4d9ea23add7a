/*
 * The map's drawing code, loaded only when a map is shown, side by side with
 * the outlines: layout, markers, labels, hit testing and the map's styles.
 * It imports nothing the element's entry imports at run time (Lit's tags come
 * in as arguments): the bundler then keeps it one chunk of its own instead of
 * moving code shared with the entry into a third file.
 */
export { mapLayout, memberAt } from './member-map.layout.js';
export { pathOfRings } from './projection.js';
export { drawMap } from './member-map.draw.js';
