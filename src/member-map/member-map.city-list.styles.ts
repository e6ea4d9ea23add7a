import { css } from 'lit';

/**
 * The city list's styles (the panel, its controls, the groups and rows), with
 * the content's forced-colours and print rules, which must come after them.
 * Composed into member-map.styles.ts's listStyles.
 */
export const cityListStyles = css`
  .list-panel {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-width: 0;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
  }

  /* A field narrows with the column (200 % text in a narrow one), its box with it. */
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-width: 0;
    gap: 0.125em;
    flex: 1 1 8.75em;
  }

  /* Text in the sizes and weights the rest of the map uses: each other one is a font the browser
     looks up the first time it lays it out (4–11 ms on a slow phone, 4× CPU, in that frame). */
  .field-label {
    font-weight: 700;
  }

  /* The text's own size (16 px by default): a smaller field makes iOS zoom the page on focus. */
  input,
  select {
    max-width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .results:empty {
    display: none;
  }

  .results,
  .hint {
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* With no match the list is hidden: its own display would keep it, an empty list, on screen and for screen readers. */
  .groups[hidden] {
    display: none;
  }

  .groups {
    contain: content;
    min-height: 0;
    grid-template-columns: minmax(0, 1fr);
    padding: 0.125em 0.25em 0.25em;
    display: grid;
    gap: 0.75em;
  }

  /* Long lists: countries off screen are laid out and painted only when scrolled to (they stay
     in the accessibility tree and find-in-page; the list is long from its first rows on, so that
     growing it never restyles the rows already there). Not each city's row as well: the list
     renders only rows near the screen anyway, and a row's own skip made each frame that added
     rows lay out up to three times (in 8 runs at 10,000 members, 4× CPU: longest task 53.5 ms
     at the median without it, 63.5 ms with it). */
  .large .group {
    content-visibility: auto;
    /* A stand-in height only: one value for both axes made 20em the skipped groups' width too, and
       the list's column at least that wide (rows past the edge of a 320 px column). */
    contain-intrinsic-size: none auto 20em;
  }

  .country-name {
    display: block;
    margin-block-end: 0.25em;
    font-weight: 700;
    color: var(--_muted);
  }

  .city {
    /* Scrolled into view with a little room, not flush against the list's edge. */
    scroll-margin-block: 1.5em;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    width: 100%;
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    border: 0.0625em solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .city::before {
    margin-inline-end: 0;
  }

  .city:hover,
  .city[data-active] {
    background: var(--_subtle);
    border-color: var(--_border);
  }

  .city[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
  }

  .city.highlighted .city-name {
    font-weight: 700;
  }

  .city-name {
    flex: 1 1 auto;
    min-width: 0;
  }

  .tag {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .unplaced {
    font-style: italic;
  }

  .joined {
    margin-inline-start: auto;
    font-size: 0.875em;
    color: var(--_muted);
    white-space: nowrap;
  }

  .details {
    display: grid;
    gap: 0.25em;
    padding: 0.25em 0.5em 0.5em 1.6em;
    font-size: 0.875em;
  }

  .no-match {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    padding: 1em;
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  .more-rows {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .key::before,
    .city::before,
    .key.founding::before,
    .city.founding::before {
      background: CanvasText;
      /* A background is otherwise forced to Canvas: the glyphs would vanish. */
      forced-color-adjust: none;
    }
    .city[aria-pressed='true'],
    .city[data-active] {
      border-color: Highlight;
    }
    /* A border's colour alone hardly tells the chosen city apart here. */
    .city[aria-pressed='true'] .city-name {
      font-weight: 700;
      text-decoration: underline;
    }
    .map {
      border-color: CanvasText;
    }
  }

  /* On paper: every city of the list, not a scroll box's part of it, and no controls. */
  @media print {
    .list-panel,
    .view-both .list-panel,
    .groups {
      max-height: none;
      overflow: visible;
    }
    .controls,
    .hint,
    .more-rows button {
      display: none;
    }
  }
`;
