import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { warnOnce } from '../core/element.js';
import type { FieldContext } from '../core/forms/field-table.js';
import type { LazyFormModule } from '../core/forms/form-element.js';
import { CityFormElement } from '../core/forms/form-element.js';
import type { FormOptions } from '../core/forms/form-parts.js';
import { formStyles } from '../core/forms/form.styles.js';
import { resolveLocalized } from '../core/i18n/text.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import type { NewsletterConfig } from './newsletter-signup.data.js';
import type { SignupSettings, SignupValues } from './newsletter-signup.fields.js';
import { signupFields } from './newsletter-signup.fields.js';
import { styles } from './newsletter-signup.styles.js';

export type SignupVariant = 'card' | 'inline';
const variants: readonly SignupVariant[] = ['card', 'inline'];

type Ctx = FieldContext<SignupValues, SignupSettings>;

/**
 * @tagname city-newsletter-signup
 * @summary A consent-first newsletter signup: e-mail (and optionally a name and
 * list choices), an explicit consent linked to the privacy policy, and the
 * double opt-in message after a successful signup.
 *
 * @slot - No-JavaScript fallback, shown until the signup has rendered.
 *
 * @attr action - URL the signup posts to.
 * @attr encoding - `json` (default) or `form` (application/x-www-form-urlencoded, for a mail service's plain form endpoint).
 * @attr privacy-url - The privacy policy linked from the consent checkbox (overrides the JSON).
 * @attr min-fill-seconds - A submission sooner than this after the form appeared waits ("Sending…") until the time is up (default 3).
 * @attr timeout-seconds - Time limit of one attempt to send (default 10).
 * @attr retries - Extra attempts after a network error, HTTP 408, 429 or 5xx (default 2).
 * @attr label - Accessible name of the form landmark; default: the submit button's text ("Subscribe"). Names two forms of a kind on one page apart.
 * @attr src - URL of the optional `newsletter` JSON.
 *
 * @event city-submit - Before sending; cancellable (`preventDefault()` to take over). `detail`: `{ payload, submissionId, action, encoding }`.
 * @event city-submitted - The server confirmed the signup. `detail` adds `{ via: 'http', status, response }`.
 * @event city-submit-error - Not subscribed: `reason` is `network`, `timeout`, `http` (with `status`, e.g. 409, `message`, `fieldErrors` of a 422, `retryAt` of a 429), `redirect` (the address answered with a web page such as a sign-in page) or `no-action`.
 * @event city-load - The JSON configuration was loaded.
 * @event city-error - The JSON configuration could not be loaded or is unusable.
 *
 * @csspart base - The form, or the confirmation.
 * @csspart form - The form.
 * @csspart pitch - The pitch text (card).
 * @csspart error-summary - "There is a problem" with a link to each field in error.
 * @csspart failure - Why the signup failed (with the retry button when retrying can help).
 * @csspart retry-button - Sends again with the same idempotency key.
 * @csspart field - A label, hint, error and control.
 * @csspart fieldset - The list choices.
 * @csspart label - A field's label or legend.
 * @csspart hint - A field's hint.
 * @csspart field-error - A field's error message.
 * @csspart input - A text field.
 * @csspart checkbox - A checkbox.
 * @csspart consent - The consent field.
 * @csspart privacy-link - The link to the privacy policy.
 * @csspart submit-button - "Subscribe".
 * @csspart status - "Sending…".
 * @csspart confirmation - The confirmation, focused after the signup.
 * @csspart again-button - Subscribes another address.
 * @csspart loading - The placeholder while the JSON configuration loads.
 * @csspart issues - Problems in the JSON configuration (the signup then uses its defaults).
 *
 * @cssproperty [--city-form-max-width=40em] Widest the signup grows.
 */
export class CityNewsletterSignup extends CityFormElement<SignupValues, NewsletterConfig, SignupSettings> {
  static override styles = [tokens, baseStyles, formStyles, styles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    pitch: {},
    askName: { attribute: 'ask-name', type: Boolean },
    successMessage: { attribute: 'success-message' },
    fieldEmail: { attribute: 'field-email' },
    fieldName: { attribute: 'field-name' },
    fieldLists: { attribute: 'field-lists' },
  };

  /** `card` (default, with the pitch) or `inline`, one row that fits a footer. */
  variant: SignupVariant = 'card';

  /** Why to subscribe (card); overrides the JSON's `pitch`. */
  pitch?: string;

  /** Asks for an optional name too. */
  askName = false;

  /** Shown after a successful signup instead of "Check your inbox to confirm your subscription". */
  successMessage?: string;

  /** Name of the e-mail field in form encoding (e.g. `EMAIL`); `email` by default. */
  fieldEmail?: string;

  /** Name of the name field in form encoding (e.g. `FNAME`); `name` by default. */
  fieldName?: string;

  /** Name of the list field in form encoding, repeated once per list; `lists` by default. */
  fieldLists?: string;

  protected readonly table = signupFields;

  constructor() {
    super('newsletter', () => ({ lists: [] }));
  }

  protected loadLazyModule(): Promise<LazyFormModule<SignupValues, NewsletterConfig, SignupSettings>> {
    return import('./newsletter-signup.lazy.js');
  }

  protected settings(config: NewsletterConfig): SignupSettings {
    return { ...config, askName: this.askName, privacyUrl: this.privacyUrl ?? config.privacyUrl };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant') && !variants.includes(this.variant)) {
      warnOnce(`<city-newsletter-signup> variant="${this.variant}" is not known; use one of: ${variants.join(', ')}.`);
    }
  }

  protected formOptions(ctx: Ctx): FormOptions {
    const card = this.variant !== 'inline';
    // The attribute is in the page's language; the data's text, in the language it was found in.
    const pitch = this.pitch !== undefined ? { text: this.pitch } : resolveLocalized(ctx.config.pitch, this.locale);
    // Said at once, not after a reader has filled it in: the editor can fix it (a signup has no e-mail fallback).
    const unaddressed = !this.action?.trim();
    if (unaddressed) warnOnce(`<${this.localName}> has no action: set it to the URL the signup posts to.`);
    return {
      before: html`${
        unaddressed
          ? html`<p part="error" class="error">
              ${msg('This form has no address to send to: set its action attribute.')}
            </p>`
          : nothing
      }${card && pitch.text ? html`<p part="pitch" class="pitch" lang=${pitch.lang ?? nothing}>${pitch.text}</p>` : nothing}`,
      privacyUrl: ctx.config.privacyUrl,
      submitLabel: msg('Subscribe'),
      className: card ? 'card' : 'inline',
    };
  }
}
