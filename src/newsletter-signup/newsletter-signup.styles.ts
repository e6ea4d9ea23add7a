import { css } from 'lit';

export const styles = css`
  /* What the skeleton holds while the page's language loads: about the form's height (with a privacy link). */
  :host {
    --_reserved-height: 17em;
  }

  :host([variant='inline']) {
    max-width: var(--city-form-max-width, none);
    --_reserved-height: 11em;
  }

  .card {
    /* Less at the sides only when the text is large for the column: at 200 % text in 320 px, 1.25em
       a side left "Subscribe" and the consent's words too little room, and they broke in the middle
       (the host's overflow-wrap: anywhere breaks a word only when it does not fit its line). At the
       usual text size the sides keep 1.25em in any column from 290 px up. */
    padding: calc(var(--_space) * 1.25) min(calc(var(--_space) * 1.25), 7%);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .pitch {
    font-size: 1.0625em;
  }

  /* One row that fits a footer: the address and the button side by side, the
     list choices and the consent in a line below; a column on narrow screens. */
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em var(--_space);
  }

  .inline > * {
    flex: 1 1 100%;
  }

  .inline > .field:not(.choices, .consent) {
    flex: 1 1 14em;
  }

  .inline > .actions {
    flex: 0 1 auto;
  }

  /* Side by side only where there is room; narrow, the visual order stays the tab order. */
  @media (min-width: 40em) {
    .inline > * {
      order: 2;
    }
    .inline > .field:not(.choices, .consent) {
      order: 0;
    }
    .inline > .actions {
      order: 1;
    }
    /* What takes focus after a send (the summary, a failure) stays first, where the tab order has it. */
    .inline > [part~='error-summary'],
    .inline > [part~='failure'] {
      order: -1;
    }
  }

  .inline > .choices {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
  }

  .inline > .choices > legend {
    float: left;
    margin-inline-end: 0.5em;
  }
`;
