import { css } from 'lit';

/* The list's styles: they load with the list's code (conference-timeline.parts.ts). Kept short on purpose. */
export const listStyles = css`
  p,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 1em;
  }

  /* One column as wide as the widget, never as wide as its widest piece (a search box at 200 % text). */
  .timeline {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--city-paragraph-spacing, 0.75em);
    /* The theme paints the host's surface: the content keeps off its edges and rounded corners. */
    padding: 0.75em;
  }

  [part~='year'] {
    font-weight: 700;
  }

  li + li {
    margin-top: 0.75em;
  }

  /* Years off screen skip layout until scrolled to: 10,000 conferences stay quick. Until a year
     has been laid out it is counted at about the height of a year with one or two conferences
     (the first frame counts every year so), so the list's height jumps little when it is. A height
     only: a stand-in width would hold a narrow column open. */
  [part~='year-group'] {
    content-visibility: auto;
    contain-intrinsic-size: none auto 6.5em;
  }

  /* The first years are on screen on most pages: laid out from the first frame, at their height
     at any width (a guess in em is right for one width only). */
  [part~='year-group']:nth-child(-n + 8) {
    content-visibility: visible;
  }

  [part~='past'] b {
    color: var(--_muted);
  }

  /* The label and the box share a line while they fit, and the box narrows to the column
     (its default width of 20 characters overflows a narrow column at 200 % text). */
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }

  /* In the theme's colours, as the map's search and the forms' fields: a dark theme set by the
     page (not by the system's setting) left it a white box. */
  input {
    min-height: 2.75em;
    min-width: 0;
    max-width: 100%;
    padding: 0.375em 0.5em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  ol ol > li + li {
    margin-top: 0.5em;
  }

  /* vertical: the year above a rail with a dot per conference */
  .vertical [part~='year'] {
    font-size: 1.25em;
  }

  .vertical ol ol {
    margin: 0.5em 0.375em 0;
    border-inline-start: 0.125em solid var(--city-timeline-rail-color, var(--_border));
  }

  .vertical ol ol > li {
    position: relative;
    padding-inline-start: 1.25em;
  }

  .vertical ol ol > li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4375em;
    top: 0.5em;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    border: 0.125em solid var(--_accent);
    background: var(--_surface);
  }

  .vertical [part~='past']::before {
    background: var(--_accent);
  }

  /* compact: the year beside its conferences */
  .compact > ol > li {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    gap: 0.75em;
  }

  .compact ol ol > li {
    margin: 0;
  }

  /* "Autumn 2012" moves to the next line as one piece, and wraps inside only when a line is
     narrower than it (200 % text in a narrow column). */
  li b {
    display: inline-block;
    max-width: 100%;
  }

  /* Highlighted host city: the theme's highlight, not the browser's yellow. */
  mark {
    padding: 0 0.125em;
    border-radius: 0.125em;
    background: var(--city-color-highlight, light-dark(#fde9a4, #5a4500));
    color: var(--_text);
  }

  a:not([href]) {
    color: inherit;
  }

  .summary {
    display: block;
    color: var(--_muted);
  }

  .tag {
    padding: 0 0.5em;
    border: 0.0625em solid;
    border-radius: 1em;
    color: var(--_accent);
    font-size: 0.875em;
  }

  .button {
    justify-self: start;
  }

  /* The list's end as its growth sees it: its last 20em, so that a list in a scrolling
     box grows when any of them shows, however the reader got there. */
  .more {
    height: 20em;
    margin-top: -20em;
    visibility: hidden;
  }

  /* Paper has no "Show all" button: it shows the entries past the limit, which the screen hides. */
  @media not print {
    .print-only {
      display: none;
    }
  }

  @media print {
    [part~='show-all-button'] {
      display: none;
    }
    [part~='year-group'] {
      content-visibility: visible;
    }
  }
`;
