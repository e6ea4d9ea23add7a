import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { LoadedConfig } from './config.js';
import type { FieldError } from './field-table.js';
import { honeypotTemplate } from './fields.js';

/*
 * The parts around a form's fields, as pure templates: the notice of
 * configuration problems, the GOV.UK error summary, the failure with its
 * retry button (the confirmation is in sending.ts,
 * loaded with the sending code). The form element supplies the state.
 */

/** Problems in the configuration: the form still works with its defaults. */
export function configIssuesTemplate(loaded: LoadedConfig<unknown>): TemplateResult | typeof nothing {
  if (!loaded.problem && loaded.issues.length === 0) return nothing;
  return html`<details part="issues" class="issues">
    <summary>${msg('This form has problems in its settings; it works with its defaults.')}</summary>
    <ul class="issue-list">
      ${loaded.problem ? html`<li>${loaded.problem}</li>` : nothing}
      ${loaded.issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
    </ul>
  </details>`;
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

/** Why sending failed (every field is kept), with a retry button when retrying can help. */
export function failureTemplate(text: string, retry: (() => void) | undefined): TemplateResult {
  return html`<div part="failure" class="error failure" role="alert" tabindex="-1">
    <p class="error-title">${text}</p>
    ${
      retry
        ? html`<button part="retry-button" class="button" type="button" @click=${retry}>${msg('Try again')}</button>`
        : nothing
    }
  </div>`;
}

/** What a form element says about its form. */
export interface FormOptions {
  /** Shown after the summary and the failure, before the fields (an intro, a pitch). */
  before?: unknown;
  /** How fields that share a `wrap` are grouped. */
  wraps?: Record<string, (content: TemplateResult[]) => TemplateResult>;
  privacyUrl?: string;
  submitLabel: string;
  className?: string;
}

/** The form: summary and failure first, the fields, the honeypot, then the submit button and its status. */
export function formTemplate(
  options: FormOptions,
  state: {
    locale: string;
    sending: boolean;
    onInput: (event: Event) => void;
    onSubmit: (event: Event) => void;
    top: unknown;
    fields: unknown;
  },
): TemplateResult {
  const busy = state.sending ? 'true' : 'false';
  return html`<form
    part="base form"
    class="form ${options.className ?? ''}"
    novalidate
    lang=${state.locale}
    aria-busy=${busy}
    @input=${state.onInput}
    @change=${state.onInput}
    @submit=${state.onSubmit}
  >
    ${state.top} ${options.before} ${state.fields} ${honeypotTemplate()}
    <div class="actions">
      <!-- aria-disabled, not disabled: a disabled button would drop keyboard focus to <body> while sending. -->
      <button part="submit-button" class="button" type="submit" aria-disabled=${busy}>${options.submitLabel}</button>
      <span part="status" class="status" role="status">${state.sending ? msg('Sending…') : nothing}</span>
    </div>
  </form>`;
}
