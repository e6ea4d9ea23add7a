import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { safeUrl } from '../safe-url.js';
import type { FieldContext, FieldDef, FieldTable } from './field-table.js';
import { isRequired, shownFields, valueOf } from './field-table.js';

/*
 * The pieces of a form, as pure templates: a label, hint and error beside
 * every control, linked by aria-describedby inside the same shadow root
 * (ARIA references cannot cross shadow roots). The form element supplies
 * values and errors; these know no element.
 */

const describedBy = (id: string, hint: unknown, error: unknown): string | typeof nothing =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

const hintTemplate = (id: string, hint: unknown) =>
  hint ? html`<p id="${id}-hint" part="hint" class="hint">${hint}</p>` : nothing;

function errorTemplate(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<p id="${id}-error" part="field-error" class="field-error">
        <span class="visually-hidden">${msg('Error:')}</span> ${error}
      </p>`
    : nothing;
}

/** A label that says "(optional)" when the field is not required. */
const labelText = (label: string, required: boolean) => (required ? label : `${label} ${msg('(optional)')}`);

/** One field of a table, as its kind of control. */
export function fieldTemplate<V, C>(
  name: string,
  def: FieldDef<V, C>,
  ctx: FieldContext<V, C>,
  error: string | undefined,
  privacyUrl?: string,
  locked = false,
): TemplateResult {
  const id = `f-${name}`;
  const required = isRequired(def, ctx);
  const value = valueOf(name as keyof V, def, ctx);
  const invalid = error ? 'true' : nothing;
  const hint = def.hint?.(ctx);
  const label = def.label(ctx);
  const css = `field ${def.size ?? ''} ${error ? 'has-error' : ''}`;
  if (def.type === 'consent') {
    // The privacy policy's link is the consent's hint; none when its URL is not allowed.
    const url = safeUrl(privacyUrl);
    return html`<div part="field consent" class="${css} consent">
      ${errorTemplate(id, error)}
      <div class="choice">
        <input
          part="checkbox"
          id=${id}
          type="checkbox"
          name=${name}
          aria-required="true"
          aria-readonly=${locked ? 'true' : nothing}
          aria-describedby=${describedBy(id, url, error)}
          aria-invalid=${invalid}
          .checked=${value === true}
        />
        <label for=${id}>${label}</label>
      </div>
      ${hintTemplate(id, url && html`<a part="privacy-link" href=${url}>${msg('privacy policy')}</a>`)}
    </div>`;
  }
  if (def.options) {
    const multiple = def.type === 'checkbox';
    const chosen = (option: string) => (Array.isArray(value) ? value.includes(option) : value === option);
    return html`<fieldset part="fieldset" class="${css} choices" aria-describedby=${describedBy(id, hint, error)}>
      <legend part="label">${labelText(label, required)}</legend>
      ${hintTemplate(id, hint)} ${errorTemplate(id, error)}
      ${def.options(ctx).map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return html`<div class="choice">
          <input
            part=${def.type}
            id=${optionId}
            type=${def.type}
            name=${name}
            value=${option.value}
            ?required=${required && !multiple}
            aria-readonly=${locked && multiple ? 'true' : nothing}
            ?data-group=${multiple}
            aria-invalid=${invalid}
            .checked=${chosen(option.value)}
          />
          <label for=${optionId} lang=${option.lang ?? nothing}>${option.text}</label>
        </div>`;
      })}
    </fieldset>`;
  }
  const text = typeof value === 'string' ? value : '';
  const described = describedBy(id, hint, error);
  // The textarea's template is on one line: the template minifier leaves a literal with a
  // <textarea> as written (whitespace in one is its text), indentation and all.
  return html`<div part="field" class=${css}>
    <label part="label" for=${id}>${labelText(label, required)}</label>
    ${hintTemplate(id, hint)} ${errorTemplate(id, error)}
    ${
      def.type === 'textarea'
        ? // prettier-ignore
          html`<textarea part="input" id=${id} name=${name} rows="4" ?readonly=${locked} ?required=${required} aria-describedby=${described} aria-invalid=${invalid} .value=${text}></textarea>`
        : html`<input
            part="input"
            id=${id}
            name=${name}
            type=${def.type}
            autocomplete=${def.autocomplete ?? nothing}
            inputmode=${def.inputmode ?? nothing}
            min=${def.min?.(ctx) ?? nothing}
            spellcheck=${def.type === 'email' ? 'false' : nothing}
            ?readonly=${locked}
            ?required=${required}
            aria-describedby=${described}
            aria-invalid=${invalid}
            .value=${text}
          />`
    }
  </div>`;
}

/**
 * Every shown field of a table, in order; consecutive fields with the same
 * `wrap` go through `wraps[wrap]` together (a fieldset with a legend, a row).
 * `locked` (while sending) makes text fields read-only; the form keeps
 * checkboxes and radio buttons as they are (see `lockedChoice` in sending.ts).
 */
export function fieldsTemplate<V, C>(
  table: FieldTable<V, C>,
  ctx: FieldContext<V, C>,
  errorFor: (field: string) => string | undefined,
  wraps: Record<string, (content: TemplateResult[]) => TemplateResult>,
  privacyUrl?: string,
  locked = false,
): unknown[] {
  const groups: { wrap?: string; items: TemplateResult[] }[] = [];
  for (const [name, def] of shownFields(table, ctx)) {
    const item = fieldTemplate(name, def, ctx, errorFor(name), privacyUrl, locked);
    const last = groups.at(-1);
    if (def.wrap && last?.wrap === def.wrap) last.items.push(item);
    else groups.push({ wrap: def.wrap, items: [item] });
  }
  return groups.map(({ wrap, items }) => (wrap && wraps[wrap] ? wraps[wrap](items) : items));
}

/** A field people and assistive technology never meet; bots fill it in. */
export function honeypotTemplate(): TemplateResult {
  // prettier-ignore
  return html`<div class="trap visually-hidden" aria-hidden="true"><label for="f-website">Website (leave empty)</label><input id="f-website" name="website" data-trap tabindex="-1" autocomplete="off"></div>`;
}

/** Today plus `days`, as an ISO date (yyyy-mm-dd) in the reader's time zone. */
export function isoDateFromToday(days: number, now = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
