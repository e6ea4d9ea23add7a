import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

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
  // prettier-ignore
  return html`<div part="failure" class="error failure" role="alert" tabindex="-1"><p class="error-title">${text}</p>${
    retry ? html`<button part="retry-button" class="button" type="button" aria-disabled=${waiting ? 'true' : nothing} @click=${retry}>${msg('Try again')}</button>` : nothing}</div>`;
}

/** What a form element says about its form (CityFormElement renders it). */
export interface FormOptions {
  /** Shown after the summary and the failure, before the fields (an intro, a pitch). */
  before?: unknown;
  /** How fields that share a `wrap` are grouped. */
  wraps?: Record<string, (content: TemplateResult[]) => TemplateResult>;
  privacyUrl?: string;
  submitLabel: string;
  className?: string;
}

// The honeypot is a part around the fields too; it lives beside the fields it imitates. The form
// takes it from here: with sending.ts (lazy) reaching fields.ts only through this module, the kit's
// build (city-network-widgets.js) keeps the core in its file; without that path it split five core
// modules into shared chunks (some 1 KB more gzip and three more requests on every page with the kit).
export { honeypotTemplate } from './fields.js';
