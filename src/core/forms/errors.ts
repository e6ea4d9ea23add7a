import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FieldContext, FieldError, SendingTable } from './field-table.js';
import { isRequired, shownFields, textOf, valueOf } from './field-table.js';

/*
 * Errors appear only after "Send", so their rules, summary and styles load
 * with the sending code (the fields render their own messages, form-parts
 * and fields.ts).
 */

const isEmpty = (value: unknown) =>
  typeof value === 'boolean' ? !value : Array.isArray(value) ? value.length === 0 : textOf(value) === '';

/** Every error, in the order of the fields (the GOV.UK summary's order). */
export function validateFields<V, C>(table: SendingTable<V, C>, ctx: FieldContext<V, C>): FieldError[] {
  return shownFields(table, ctx).flatMap(([field, def]): FieldError[] => {
    const value = valueOf(field, def, ctx);
    if (isEmpty(value)) {
      return isRequired(def, ctx) && def.missing ? [{ field, message: () => def.missing!(ctx) }] : [];
    }
    const text = textOf(value);
    return def.check?.(text, ctx) !== undefined ? [{ field, message: () => def.check!(text, ctx)! }] : [];
  });
}

/**
 * The errors as the summary lists them. A server may name a field this form does not have (a
 * renamed field, a key of its own such as `request`): that entry links nowhere, and its message
 * alone ("This field is not part of the form.", "must be a whole number") says nothing a person can
 * place, so it gets the lead-in every refused request has ("The request was not accepted: …").
 * The field's key is never shown.
 */
export function summaryErrors(errors: FieldError[], hasField: (field: string) => boolean): FieldError[] {
  return errors.map((error) =>
    hasField(error.field)
      ? error
      : {
          ...error,
          message: () => {
            const message = error.message();
            return msg(str`The request was not accepted: ${message}`);
          },
        },
  );
}

/**
 * The GOV.UK error summary: a group named by its title, announced as an
 * alert, with a link to each field that has one (a server may name others).
 */
export function errorSummaryTemplate(
  errors: FieldError[],
  hasField: (field: string) => boolean,
  focusField: (event: Event, field: string) => void,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div
    part="error-summary"
    class="error-summary"
    role="group"
    aria-labelledby="error-summary-title"
    tabindex="-1"
  >
    <div role="alert">
      <p id="error-summary-title" class="summary-title">${msg('There is a problem')}</p>
      <ul>
        ${errors.map(({ field, message }) =>
          hasField(field)
            ? html`<li><a href="#f-${field}" @click=${(event: Event) => focusField(event, field)}>${message()}</a></li>`
            : html`<li>${message()}</li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/** Follows a summary link: scrolls the field into view and focuses it (the page's URL stays as it is). */
export function focusField(root: ParentNode, event: Event, name: string): void {
  event.preventDefault();
  const field = root.querySelector<HTMLElement>(`[name="${name}"]`);
  field?.scrollIntoView?.({ block: 'center' });
  field?.focus({ preventScroll: true });
}

/** Fields in error and the summary. */
export const errorStyles = css`
  .has-error {
    border-inline-start: 0.3125em solid var(--_danger);
    padding-inline-start: 0.75em;
  }

  .has-error input:not([type='checkbox'], [type='radio']),
  .has-error textarea {
    border-color: var(--_danger);
  }

  .field-error,
  .summary-title {
    color: var(--_danger);
    font-weight: 700;
  }

  /* The sides and the list's indent give way in a narrow column at large text (320 px at 200 %),
     where 1.25em of each left the messages a few letters a line. */
  .error-summary {
    padding: 1em min(1.25em, 5%);
    border: 0.25em solid var(--_danger);
    border-radius: var(--_radius);
  }

  .summary-title {
    font-size: 1.125em;
    margin-bottom: 0.5em;
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: min(1.25em, 8%);
  }

  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .has-error,
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
