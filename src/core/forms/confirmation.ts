/*
 * The confirmation after a form was sent: the box (focused when shown), its
 * styles, and the request as label/value rows (also the mailto: message).
 * Loaded with the sending code.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import type { FieldContext, PayloadValue, SendingTable } from './field-table.js';
import { shownFields } from './field-table.js';
import { sentValue } from './rules.js';

/** The request as label/value rows, for the confirmation and the e-mail (empty values left out). */
export function rowsOf<V, C>(table: SendingTable<V, C>, ctx: FieldContext<V, C>): [string, string][] {
  return shownFields(table, ctx)
    .flatMap(([field, def]): [string, PayloadValue][] =>
      def.row === false ? [] : [def.row ? def.row(ctx) : [def.label(ctx), sentValue(def, field, ctx)]],
    )
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([label, value]) => [label, String(value)]);
}

/** The confirmation's styles, added to the form's own when the sender arrives. */
export const confirmationStyles = css`
  .confirmation {
    --_success: var(--city-color-success, light-dark(#1e6b34, #8fd6a0));
    display: grid;
    gap: 0.75em;
    justify-items: start;
    /* Narrower sides in a narrow column at large text, as the error summary's. */
    padding: 1em min(1.25em, 5%);
    border: 0.125em solid var(--_success);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .confirmation-title {
    font-size: 1.125em;
    font-weight: 700;
    color: var(--_success);
  }

  .summary {
    display: grid;
    grid-template-columns: minmax(8em, auto) 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }

  .summary dt {
    font-weight: 600;
  }

  .summary dd {
    margin: 0;
    white-space: pre-line;
  }

  @media (max-width: 30em) {
    .summary {
      grid-template-columns: 1fr;
    }
    .summary dd {
      margin-bottom: 0.5em;
    }
  }

  @media (forced-colors: active) {
    .confirmation {
      border-color: CanvasText;
    }
  }
`;

/**
 * The confirmation box, focused when shown: a group named by its title, so taking focus announces
 * the title once, and the recap is there to read on (as a live region it was all read out, and
 * again for the focus).
 */
export function confirmationTemplate(
  title: string,
  content: unknown,
  again: { label: string; locale: string; reset: () => void },
): TemplateResult {
  return html`<div
    part="base confirmation"
    class="confirmation"
    role="group"
    aria-labelledby="confirmation-title"
    tabindex="-1"
    lang=${again.locale}
  >
    <p class="confirmation-title" id="confirmation-title">${title}</p>
    ${content}
    <button part="again-button" class="button secondary" type="button" @click=${again.reset}>${again.label}</button>
  </div>`;
}
