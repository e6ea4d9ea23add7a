import { css } from 'lit';

export const styles = css`
  :host {
    /* About a card with a role or two (the skeleton's four lines fit in it). */
    --_reserved-height: 11em;
    max-width: var(--city-badge-max-width, 40em);
  }

  :host([variant='pill']) {
    display: inline-block;
    max-width: 100%;
    --_reserved-height: 3.5em;
    /* The surface the host paints follows the pill's round ends (1.25em at 0.875em). */
    border-radius: 1.09375em;
  }

  p,
  ul {
    margin: 0;
  }

  .badge {
    display: flex;
    gap: 0.75em 1em;
    align-items: flex-start;
    color: var(--_text);
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
  }

  .card {
    flex-wrap: wrap;
    padding: 1em 1.25em;
    border-radius: var(--_radius);
  }

  .pill {
    align-items: center;
    padding: 0.25em 0.875em 0.25em 0.375em;
    /* Round at one line, not an ellipse when a narrow column wraps it. */
    border-radius: 1.25em;
    font-size: 0.875em;
  }

  .pill:not(:has(.logo)) {
    padding-inline-start: 0.875em;
  }

  .logo {
    flex: none;
    width: auto;
    max-width: min(8em, 100%);
    height: 3em;
    object-fit: contain;
  }

  .pill .logo {
    height: 1.75em;
    max-width: 4em;
  }

  .text {
    flex: 1 1 12em;
    min-width: 0;
    display: grid;
    gap: var(--city-paragraph-spacing, 0.25em);
  }

  .pill .text {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
    flex-basis: auto;
  }

  .label {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .pill .label {
    display: inline;
    font-size: 1em;
  }

  .name {
    font-size: 1.25em;
    font-weight: 700;
  }

  .pill .name {
    font-size: 1em;
  }

  .full-name,
  .member,
  .counts {
    color: var(--_muted);
  }

  .roles {
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25em;
  }

  .pill .roles {
    display: inline;
  }

  .pill .role {
    display: inline;
  }

  /* The dot is seen, not spoken (an empty alternative text; without that syntax, the dot alone). */
  .pill .role + .role::before {
    content: ' · ';
    content: ' · ' / '';
  }

  .card .role {
    padding-inline-start: 1em;
    position: relative;
  }

  .card .role::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.6em;
    width: 0.4em;
    height: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
  }

  /* Kept on one line where it fits, wrapped only where a column is narrower than "since 1986". */
  .since {
    display: inline-block;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .card .role::before {
      background: CanvasText;
    }
  }
`;
