import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { honeypotTemplate } from './fields.js';

/*
 * The parts around a form's fields, as pure templates: the note that the
 * settings could not be read and the failure with its retry button (the
 * settings' problems, the error summary and the confirmation load with the
 * code that reads the settings and sends: config.ts, errors.ts, sending.ts).
 * The form element supplies the state.
 */

/**
 * That the form shows its defaults because the code that reads its settings
 * could not be loaded. (The settings' own problems are listed by the code
 * that reads them, config.ts, under the same part.)
 */
export const unreadSettingsTemplate = (unread: boolean): TemplateResult | typeof nothing =>
  unread
    ? html`<p part="issues" class="issues">
        ${msg('The settings could not be loaded; sending the form tries again.')}
      </p>`
    : nothing;

/**
 * Why sending failed (every field is kept), with a retry button when retrying
 * can help; `waiting` while the retry waits for the time the server gave (the
 * button stays, so focus does not drop, but does nothing).
 */
export function failureTemplate(text: string, retry: (() => void) | undefined, waiting = false): TemplateResult {
  return html`<div part="failure" class="error failure" role="alert" tabindex="-1">
    <p class="error-title">${text}</p>
    ${
      retry
        ? html`<button
            part="retry-button"
            class="button"
            type="button"
            aria-disabled=${waiting ? 'true' : nothing}
            @click=${retry}
          >
            ${msg('Try again')}
          </button>`
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
    /** The form landmark's name when the page gives one (two signups on a page, named apart). */
    label?: string;
    sending: boolean;
    /** The status line while sending, when it is not "Sending…". */
    status?: string;
    /** A click or key on the form: while sending, checkboxes and radio buttons keep their state (text fields are read-only). */
    onChoice: (event: Event) => void;
    onInput: (event: Event) => void;
    onSubmit: (event: Event) => void;
    top: unknown;
    fields: unknown;
  },
): TemplateResult {
  const busy = state.sending ? 'true' : 'false';
  // A form landmark needs a name: without one, a screen reader's list of landmarks says only
  // "form", and two forms on a page sound alike. Neither form shows a title (the page's own heading
  // stands above it, outside the shadow root, where no ARIA reference reaches), so the name is the
  // visible text that says what the form is for in every variant: its submit button ("Subscribe",
  // "Send request"), translated with it, unless the page names the form (`label`).
  // The submit button is aria-disabled, not disabled, while sending: a disabled button would drop
  // keyboard focus to <body>. (Said here, not in the template: an HTML comment would ship.)
  return html`<form
    part="base form"
    class="form ${options.className ?? ''}"
    novalidate
    lang=${state.locale}
    aria-label=${state.label || nothing}
    aria-labelledby=${state.label ? nothing : 'submit-button'}
    aria-busy=${busy}
    @input=${state.onInput}
    @change=${state.onInput}
    @click=${state.onChoice}
    @keydown=${state.onChoice}
    @submit=${state.onSubmit}
  >
    ${state.top} ${options.before} ${state.fields} ${honeypotTemplate()}
    <div class="actions">
      <button id="submit-button" part="submit-button" class="button" type="submit" aria-disabled=${busy}>
        ${options.submitLabel}
      </button>
      <span part="status" class="status" role="status"
        >${state.sending ? (state.status ?? msg('Sending…')) : nothing}</span
      >
    </div>
  </form>`;
}
