import type { PropertyDeclarations } from 'lit';
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { LazyFormModule } from '../core/forms/form-element.js';
import { CityFormElement } from '../core/forms/form-element.js';
import type { FieldContext } from '../core/forms/field-table.js';
import type { FormOptions } from '../core/forms/form-parts.js';
import { formStyles } from '../core/forms/form.styles.js';
import { resolveLocalized } from '../core/i18n/text.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import type { DelegationConfig } from './delegation-form.data.js';
import type { DelegationValues } from './delegation-form.fields.js';
import { maxGroupSize, minGroupSize } from './delegation-form.defaults.js';
import { delegationFields } from './delegation-form.fields.js';
import { styles } from './delegation-form.styles.js';

type Ctx = FieldContext<DelegationValues, DelegationConfig>;

/**
 * @tagname city-delegation-form
 * @summary A delegation-visit request: institution; contact name, e-mail and
 * phone; requested date, time and main point of interest; group size; an
 * optional message and consent. Sends JSON or form data to `action` (with
 * retries and one idempotency key), or writes an e-mail when there is none.
 *
 * @slot - No-JavaScript fallback (e.g. "write to …"), shown until the form has rendered.
 *
 * @attr action - URL the form posts to; without it the form opens an e-mail to `contact-email`.
 * @attr encoding - `json` (default) or `form` (application/x-www-form-urlencoded).
 * @attr privacy-url - The privacy policy linked from the consent checkbox (overrides the JSON).
 * @attr min-fill-seconds - A submission sooner than this after the form appeared waits ("Sending…") until the time is up (default 3).
 * @attr timeout-seconds - Time limit of one attempt to send (default 10).
 * @attr retries - Extra attempts after a network error, HTTP 408, 429 or 5xx (default 2).
 * @attr label - Accessible name of the form landmark; default: the submit button's text ("Send request"). Names two forms of a kind on one page apart.
 * @attr src - URL of the optional `delegation` JSON.
 *
 * @event city-submit - Before sending; cancellable (`preventDefault()` to take over). `detail`: `{ payload, submissionId, action, encoding }`.
 * @event city-submitted - The server confirmed (`via: 'http'`, `status`, `response`; a `reference` in the response is shown) or the e-mail was opened (`via: 'mailto'`, `mailto`).
 * @event city-submit-error - Not sent: `reason` is `network`, `timeout`, `http` (with `status`, `message`, `fieldErrors` of a 422, `retryAt` of a 429), `redirect` (the address answered with a web page such as a sign-in page) or `no-action`.
 * @event city-load - The JSON configuration was loaded.
 * @event city-error - The JSON configuration could not be loaded or is unusable.
 *
 * @csspart base - The form, or the confirmation.
 * @csspart form - The form.
 * @csspart intro - The introduction from the JSON.
 * @csspart error-summary - "There is a problem" with a link to each field in error.
 * @csspart failure - Why sending failed, with the retry button.
 * @csspart retry-button - Sends again with the same idempotency key.
 * @csspart field - A label, hint, error and control.
 * @csspart fieldset - A group of radios or checkboxes.
 * @csspart label - A field's label or legend.
 * @csspart hint - A field's hint.
 * @csspart field-error - A field's error message.
 * @csspart input - A text field.
 * @csspart radio - A radio button.
 * @csspart checkbox - A checkbox.
 * @csspart consent - The consent field.
 * @csspart privacy-link - The link to the privacy policy.
 * @csspart submit-button - "Send request".
 * @csspart status - "Sending…".
 * @csspart confirmation - The confirmation, focused after sending.
 * @csspart summary - The request as label/value pairs in the confirmation.
 * @csspart reference - "Your reference is …" when the server gave one.
 * @csspart mailto-link - The e-mail link of the fallback.
 * @csspart again-button - Starts a new request.
 * @csspart loading - The placeholder while the JSON configuration loads.
 * @csspart issues - Problems in the JSON configuration (the form then uses its defaults).
 *
 * @cssproperty [--city-form-max-width=40em] Widest the form grows.
 */
export class CityDelegationForm extends CityFormElement<DelegationValues, DelegationConfig> {
  static override styles = [tokens, baseStyles, formStyles, styles];
  static override properties: PropertyDeclarations = {
    contactEmail: { attribute: 'contact-email' },
    minLeadDays: { attribute: 'min-lead-days', type: Number },
  };

  /** Where the e-mail goes when there is no `action` (overrides the JSON's `contactEmail`). */
  contactEmail?: string;

  /** How many days ahead a visit must be requested (overrides the JSON's `minLeadDays`). */
  minLeadDays?: number;

  protected readonly table = delegationFields;

  constructor() {
    super('delegation', () => ({ interests: [], groupSize: { min: minGroupSize, max: maxGroupSize } }));
  }

  protected loadLazyModule(): Promise<LazyFormModule<DelegationValues, DelegationConfig, DelegationConfig>> {
    return import('./delegation-form.lazy.js');
  }

  protected settings(config: DelegationConfig): DelegationConfig {
    return {
      ...config,
      minLeadDays: this.minLeadDays ?? config.minLeadDays,
      contactEmail: this.contactEmail?.trim() || config.contactEmail,
      privacyUrl: this.privacyUrl ?? config.privacyUrl,
    };
  }

  protected formOptions(ctx: Ctx): FormOptions {
    const { config } = ctx;
    // With the language it is in: an English introduction on a Polish page is read as English.
    const intro = resolveLocalized(config.intro, this.locale);
    return {
      // Said at once, not after a visitor has filled in everything: the editor can fix it.
      before: html`${
        !this.action && !config.contactEmail
          ? html`<p part="error" class="error">
              ${msg('This form has no address to send to: set its action or contact-email attribute.')}
            </p>`
          : nothing
      }
      ${intro.text ? html`<p part="intro" class="intro" lang=${intro.lang ?? nothing}>${intro.text}</p>` : nothing}`,
      wraps: {
        contact: (content) =>
          html`<fieldset part="fieldset" class="group">
            <legend part="label">${msg('Contact person')}</legend>
            ${content}
          </fieldset>`,
        when: (content) => html`<div class="row">${content}</div>`,
      },
      privacyUrl: config.privacyUrl,
      submitLabel: msg('Send request'),
    };
  }
}
