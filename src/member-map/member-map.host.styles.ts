import { css } from 'lit';

/** The host's settings, which the loading state already needs (its reserved height); the rest comes with the parts. */
export const hostStyles = css`
  :host {
    /* The map and the lines around it (counts, key): the list comes after them. */
    --_reserved-height: calc(var(--_map-height) + 5em);
    /* At most as tall as the widget is wide (cqw: the map's container): a narrow column at large
       text got a strip taller than the screen with the cities in a band across its middle. */
    --_map-height: var(--city-member-map-height, min(26em, 100cqw));
    --_sea: var(--city-member-map-sea, color-mix(in srgb, var(--_accent) 7%, var(--_surface)));
    --_land: var(--city-member-map-land, var(--_subtle));
    --_member-land: var(--city-member-map-member-land, color-mix(in srgb, var(--_accent) 22%, var(--_surface)));
    --_marker: var(--city-member-map-marker, var(--_accent));
    --_founding: var(--city-member-map-founding, light-dark(#a3400b, #ffb870));
  }
`;
