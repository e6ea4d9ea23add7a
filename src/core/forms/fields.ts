import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { safeUrl } from '../safe-url.js';

/*
 * The pieces of a form, as pure templates: a label, hint and error beside
 * every control, linked by aria-describedby inside the same shadow root
 * (ARIA references cannot cross shadow roots). The form element supplies
 * values and errors; these know no element.
 */

export type FieldValue = string | boolean | string[];

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'textarea';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal';
  required?: boolean;
  min?: string;
  /** Extra class names, e.g. `short` for a narrow field. */
  size?: string;
}

export interface ChoiceSpec {
  name: string;
  legend: string;
  hint?: string;
  multiple?: boolean;
  options: { value: string; label: string }[];
}

/** `detail` of `city-submit` (cancellable: the host page can take the submission over). */
const describedBy = (id: string, hint: unknown, error: unknown): string | typeof nothing =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

function fieldError(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<p id="${id}-error" part="field-error" class="field-error">
        <span class="visually-hidden">${msg('Error:')}</span> ${error}
      </p>`
    : nothing;
}

/** A labelled text field (or textarea) with its hint and its error. */
export function fieldTemplate(spec: FieldSpec, value: string, error: string | undefined): TemplateResult {
  const id = `f-${spec.name}`;
  const described = describedBy(id, spec.hint, error);
  const invalid = error ? 'true' : nothing;
  return html`<div part="field" class="field ${spec.size ?? ''} ${error ? 'has-error' : ''}">
    <label part="label" for=${id}>${spec.label}</label>
    ${spec.hint ? html`<p id="${id}-hint" part="hint" class="hint">${spec.hint}</p>` : nothing} ${fieldError(id, error)}
    ${
      spec.type === 'textarea'
        ? html`<textarea
            part="input"
            id=${id}
            name=${spec.name}
            rows="4"
            ?required=${spec.required}
            aria-describedby=${described}
            aria-invalid=${invalid}
            .value=${value}
          ></textarea>`
        : html`<input
            part="input"
            id=${id}
            name=${spec.name}
            type=${spec.type ?? 'text'}
            autocomplete=${spec.autocomplete ?? nothing}
            inputmode=${spec.inputmode ?? nothing}
            min=${spec.min ?? nothing}
            spellcheck=${spec.type === 'email' ? 'false' : nothing}
            ?required=${spec.required}
            aria-describedby=${described}
            aria-invalid=${invalid}
            .value=${value}
          />`
    }
  </div>`;
}

/** Radios (one choice) or checkboxes (several) in a fieldset with its legend, hint and error. */
export function choicesTemplate(
  spec: ChoiceSpec,
  checked: (value: string) => boolean,
  error: string | undefined,
): TemplateResult {
  const id = `f-${spec.name}`;
  return html`<fieldset
    part="fieldset"
    class="field choices ${error ? 'has-error' : ''}"
    aria-describedby=${describedBy(id, spec.hint, error)}
  >
    <legend part="label">${spec.legend}</legend>
    ${spec.hint ? html`<p id="${id}-hint" part="hint" class="hint">${spec.hint}</p>` : nothing} ${fieldError(id, error)}
    ${spec.options.map(
      (option, index) =>
        html`<div class="choice">
          <input
            part="${spec.multiple ? 'checkbox' : 'radio'}"
            id=${index === 0 ? id : `${id}-${index}`}
            type=${spec.multiple ? 'checkbox' : 'radio'}
            name=${spec.name}
            value=${option.value}
            ?data-group=${spec.multiple}
            .checked=${checked(option.value)}
          />
          <label for=${index === 0 ? id : `${id}-${index}`}>${option.label}</label>
        </div>`,
    )}
  </fieldset>`;
}

/** The consent checkbox (never pre-ticked by default) with a link to the privacy policy. */
export function consentTemplate(
  label: string,
  privacyUrl: string | undefined,
  checked: boolean,
  error: string | undefined,
): TemplateResult {
  const id = 'f-consent';
  const url = safeUrl(privacyUrl);
  return html`<div part="field consent" class="field consent ${error ? 'has-error' : ''}">
    ${fieldError(id, error)}
    <div class="choice">
      <input
        part="checkbox"
        id=${id}
        type="checkbox"
        name="consent"
        required
        aria-describedby=${describedBy(id, url, error)}
        aria-invalid=${error ? 'true' : nothing}
        .checked=${checked}
      />
      <label for=${id}>${label}</label>
    </div>
    ${
      url
        ? html`<p id="${id}-hint" part="hint" class="hint">
            <a part="privacy-link" href=${url}>${msg('privacy policy')}</a>
          </p>`
        : nothing
    }
  </div>`;
}

/** A field people and assistive technology never meet; bots fill it in. */
export function honeypotTemplate(): TemplateResult {
  return html`<div class="trap" aria-hidden="true">
    <label for="f-website">Website (leave empty)</label>
    <input id="f-website" name="website" data-trap tabindex="-1" autocomplete="off" />
  </div>`;
}

/** An e-mail address of the usual shape (the server has the last word). */
export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);

/** A phone number in international form: `+`, country code, digits; spaces allowed. */
export const isInternationalPhone = (value: string): boolean => /^\+[1-9]\d{6,14}$/.test(value.replace(/ /g, ''));

/** Today plus `days`, as an ISO date (yyyy-mm-dd) in the reader's time zone. */
export function isoDateFromToday(days: number, now = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
