import { css } from 'lit';

export const styles = css`
  :host {
    --_reserved-height: 12em;
    --_rail: var(--city-timeline-rail-color, var(--_border));
    --_highlight: var(--city-timeline-highlight, light-dark(#fff4c2, #4a3d00));
    max-width: var(--city-timeline-max-width, 48em);
  }

  p,
  ol,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  .timeline {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  /* A dark or automatic theme brings its own surface: the page behind may be light. */
  :host([theme='dark']) .timeline,
  :host([theme='auto']) .timeline {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .caption {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    align-items: baseline;
  }

  .network {
    font-weight: 700;
  }

  .founded {
    color: var(--_muted);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: end;
  }

  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }

  .field.grow {
    flex: 1 1 14em;
  }

  label {
    font-size: 0.875em;
    font-weight: 600;
  }

  input,
  select {
    min-height: 2.75em;
    max-width: 100%;
    padding: 0.375em 0.625em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .count {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .years,
  .list {
    padding: 0;
    list-style: none;
  }

  .years {
    display: grid;
    gap: calc(var(--_space) * 1);
  }

  .year {
    font-size: 1.25em;
    line-height: 1.25;
    font-weight: 700;
  }

  .list {
    display: grid;
    gap: 0.5em;
    margin-top: 0.5em;
  }

  /* vertical: a rail with a dot per conference */
  .vertical .list {
    border-inline-start: 0.125em solid var(--_rail);
    margin-inline-start: 0.375em;
  }

  .vertical .conference {
    position: relative;
    padding-block: 0.125em;
    padding-inline: 1.25em 0;
  }

  .vertical .conference::before {
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

  .vertical .conference.past::before {
    background: var(--_accent);
  }

  /* compact: the year beside its conferences, one line each */
  .compact .years {
    gap: 0.5em;
  }

  .compact .year-group {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    column-gap: 0.75em;
    align-items: baseline;
  }

  .compact .year {
    font-size: 1em;
  }

  .compact .list {
    gap: 0.125em;
    margin-top: 0;
  }

  .compact .conference {
    font-size: 0.9375em;
  }

  .when {
    font-weight: 600;
    white-space: nowrap;
  }

  .vertical .topic {
    font-weight: 600;
  }

  .past .when {
    color: var(--_muted);
  }

  .highlighted {
    border-radius: var(--_radius);
    background: var(--_highlight);
  }

  mark {
    background: transparent;
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 0.125em;
    text-underline-offset: 0.2em;
  }

  .tag {
    display: inline-block;
    padding: 0 0.5em;
    border: 0.0625em solid var(--_accent);
    border-radius: 999em;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }

  .summary {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .compact .summary {
    display: none;
  }

  .show-all {
    justify-self: start;
  }

  .conference:focus-visible,
  .conference:focus {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  @media (forced-colors: active) {
    .vertical .list {
      border-color: CanvasText;
    }
    .vertical .conference::before {
      border-color: CanvasText;
    }
    .vertical .conference.past::before {
      background: CanvasText;
    }
    .highlighted {
      outline: 0.125em solid Highlight;
    }
  }
`;
