import { css } from 'lit';

/**
 * What both forms share: fields and hints, the consent checkbox and the
 * hidden honeypot. Errors (shown only after "Send") and the confirmation
 * have their styles in errors.ts and confirmation.ts, loaded with the sending
 * code; what only one form has (the delegation form's groups, short fields,
 * date and time fields) is in that form's styles.
 *
 * @cssproperty [--city-form-max-width=40em] Widest a form grows.
 */
export const formStyles = css`
  :host {
    max-width: var(--city-form-max-width, 40em);
  }

  p,
  fieldset {
    margin: 0;
  }

  /* Columns as wide as the form, never as wide as a field's content (a date box at 200 % text). */
  .form,
  .field {
    grid-template-columns: minmax(0, 1fr);
  }

  /* The theme paints the host's surface: the fields keep off its edges and rounded corners
     (as the map's and the timeline's content do). */
  .form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    padding: 0.75em;
  }

  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }

  fieldset {
    padding: 0;
    border: 0;
    /* A fieldset is as wide as its widest word by default: at 200 % text in a narrow column
       that pushes fields past the widget's edge. */
    min-width: 0;
  }

  legend,
  label {
    font-weight: 600;
  }

  legend {
    padding: 0;
    margin-bottom: 0.25em;
  }

  .hint {
    color: var(--_muted);
  }

  input:not([type='checkbox'], [type='radio']),
  textarea {
    width: 100%;
    /* One height for text, date and time fields (their intrinsic heights differ). */
    height: 2.75em;
    padding: 0.4em 0.6em;
    border: 0.125em solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  textarea {
    height: auto;
    min-height: 2.75em;
    resize: vertical;
  }

  /* In the text's em, not the browser's small control font: they grow with the reader's text size. */
  input[type='checkbox'],
  input[type='radio'] {
    font-size: inherit;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .choice {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75em;
  }

  .choice label {
    font-weight: 400;
  }

  /* Out of the flow and out of sight where it stands (visually hidden, and hidden): moved off screen,
     it would widen a page (right to left, or one that unsets the host's styles) and leave its first
     screen empty. */
  .trap {
    visibility: hidden;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }

  .status {
    color: var(--_muted);
  }
`;
