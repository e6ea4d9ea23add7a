import { css } from 'lit';

/* The delegation form's own pieces, after the styles both forms share (core/forms/form.styles.ts). */
export const styles = css`
  /* What the skeleton holds while the page's language loads: about the form's height (68em in English
     at 40em wide, more in a narrow column or a longer language, more again with settings). */
  :host {
    --_reserved-height: 70em;
  }

  .intro {
    color: var(--_muted);
  }

  /* As wide as the form, never as wide as a field's content (as form.styles.ts has for fields). */
  .group {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  .group > legend {
    font-size: 1.125em;
    margin-bottom: 0.5em;
  }

  .short input {
    max-width: 12em;
  }

  /* Focus sits in a date or time field's inner parts (its picker button is
     not even :focus), so the field gets the ring all focused fields show. */
  input:is([type='date'], [type='time']):focus-within {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  /* The date and time fields' own parts: a ring of their own, not the browser's thin one. (The
     picker button takes no focus: the field's ring above stands for it.) */
  ::-webkit-datetime-edit-day-field:focus,
  ::-webkit-datetime-edit-month-field:focus,
  ::-webkit-datetime-edit-year-field:focus,
  ::-webkit-datetime-edit-hour-field:focus,
  ::-webkit-datetime-edit-minute-field:focus,
  ::-webkit-datetime-edit-ampm-field:focus {
    outline: 0.125em solid var(--_focus);
    outline-offset: 0.0625em;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 1.5);
  }

  .row > .field {
    flex: 1 1 10em;
  }
`;
