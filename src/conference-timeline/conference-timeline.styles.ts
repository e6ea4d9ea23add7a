import { css } from 'lit';

/* With the element: what the loading state needs. */
export const hostStyles = css`
  :host {
    --_reserved-height: 12em;
    max-width: var(--city-timeline-max-width, 48em);
  }
`;
