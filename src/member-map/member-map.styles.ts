import { css } from 'lit';
import { cityListStyles } from './member-map.city-list.styles.js';

/** The counts, the layout of map and list, and the map panel with its key. */
const panelStyles = css`
  p,
  ul {
    margin: 0;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  .member-map {
    container-type: inline-size;
    display: grid;
    gap: 0.75em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .counts {
    font-weight: 700;
  }

  .layout {
    display: grid;
    gap: 1em;
  }

  /* Side by side on wide screens: the map, then the list as tall as the map. */
  @container (min-width: 44em) {
    .view-both .layout {
      grid-template-columns: minmax(0, 3fr) minmax(15em, 2fr);
      align-items: start;
    }
    .view-both .list-panel {
      max-height: calc(var(--_map-height) + 2.5em);
    }
  }

  /* Narrow (a phone): the list grows with the page, not a scroll box inside it. */
  @container (min-width: 600px) {
    .list-panel {
      max-height: 40em;
    }
    .groups {
      overflow-y: auto;
    }
  }

  .map-panel {
    display: grid;
    gap: 0.375em;
    min-width: 0;
  }

  .map {
    position: relative;
    height: var(--_map-height);
    min-height: 8em;
    overflow: hidden;
    contain: strict;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_sea);
  }

  .map-status {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-start: 0.5em;
    max-width: calc(100% - 1em);
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875em;
    color: var(--_muted);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .key::before,
  .city::before {
    content: '';
    display: inline-block;
    flex: none;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_marker);
  }

  .key.founding::before,
  .city.founding::before {
    border-radius: 0;
    background: var(--_founding);
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
    width: 0.85em;
    height: 0.85em;
  }
`;

/**
 * The styles of the content (counts, map panel, list), adopted into the
 * shadow root when the parts arrive, before the content first renders; the
 * host's own, which the loading state needs, are in member-map.host.styles.ts.
 * The city list's come last: their forced-colours and print rules override both.
 */
export const listStyles = css`
  ${panelStyles}${cityListStyles}
`;
