import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { warnOnce } from '../core/element.js';
import type { FieldError } from '../core/forms/form-element.js';
import { CityFormElement, isEmail } from '../core/forms/form-element.js';
import { formStyles } from '../core/forms/form.styles.js';
import type { Payload, SubmitResult } from '../core/forms/submit.js';
import { resolveText } from '../core/i18n/text.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import type { Checked } from '../core/data/validate.js';
import type { NewsletterConfig } from './newsletter-signup.data.js';
import { checkNewsletter } from './newsletter-signup.data.js';
import { styles } from './newsletter-signup.styles.js';

export type SignupVariant = 'card' | 'inline';
const variants: readonly SignupVariant[] = ['card', 'inline'];

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
 * @attr min-fill-seconds - A submission sooner than this after the form appeared is treated as automated (default 3).
 * @attr timeout-seconds - Time limit of one attempt to send (default 10).
 * @attr retries - Extra attempts after a network error or HTTP 5xx (default 2).
 * @attr src - URL of the optional `newsletter` JSON.
 *
 * @event city-submit - Before sending; cancellable (`preventDefault()` to take over). `detail`: `{ payload, submissionId, action, encoding }`.
 * @event city-submitted - The server confirmed the signup. `detail` adds `{ via: 'http', status, response }`.
 * @event city-submit-error - Not subscribed: `reason` is `network`, `timeout`, `http` (with `status`, e.g. 409, and `message`), `honeypot`, `too-fast` or `no-action`.
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
export class CityNewsletterSignup extends CityFormElement<NewsletterConfig> {
  static override styles = [tokens, baseStyles, formStyles, styles];

  /** `card` (default, with the pitch) or `inline`, one row that fits a footer. */
  @property({ reflect: true }) variant: SignupVariant = 'card';

  /** Why to subscribe (card); overrides the JSON's `pitch`. */
  @property() pitch?: string;

  /** Asks for an optional name too. */
  @property({ attribute: 'ask-name', type: Boolean }) askName = false;

  /** Shown after a successful signup instead of "Check your inbox to confirm your subscription". */
  @property({ attribute: 'success-message' }) successMessage?: string;

  /** Name of the e-mail field in form encoding (e.g. `EMAIL`); `email` by default. */
  @property({ attribute: 'field-email' }) fieldEmail?: string;

  /** Name of the name field in form encoding (e.g. `FNAME`); `name` by default. */
  @property({ attribute: 'field-name' }) fieldName?: string;

  /** Name of the list field in form encoding, repeated once per list; `lists` by default. */
  @property({ attribute: 'field-lists' }) fieldLists?: string;

  protected readonly formName = 'newsletter';

  protected check(json: unknown): Checked<NewsletterConfig> {
    return checkNewsletter(json);
  }

  protected emptyConfig(): NewsletterConfig {
    return { lists: [] };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant') && !variants.includes(this.variant)) {
      warnOnce(`<city-newsletter-signup> variant="${this.variant}" is not known; use one of: ${variants.join(', ')}.`);
    }
  }

  private chosenLists(config: NewsletterConfig): string[] {
    const chosen = this.values.lists;
    return Array.isArray(chosen) ? chosen : config.lists.filter((list) => list.default).map((list) => list.id);
  }

  protected validate(): FieldError[] {
    const errors: FieldError[] = [];
    const email = this.value('email');
    if (!email) errors.push({ field: 'email', message: () => msg('Enter your e-mail address') });
    else if (!isEmail(email)) {
      errors.push({
        field: 'email',
        message: () => msg('Enter an e-mail address in the correct format, like name@example.org'),
      });
    }
    if (this.values.consent !== true) {
      errors.push({
        field: 'consent',
        message: () => msg('Agree to the processing of your e-mail address to subscribe'),
      });
    }
    return errors;
  }

  protected payload(config: NewsletterConfig): Payload {
    return {
      email: this.value('email'),
      name: (this.askName && this.value('name')) || undefined,
      lists:
        config.lists.length > 0
          ? this.chosenLists(config).filter((id) => config.lists.some((list) => list.id === id))
          : undefined,
      consent: true,
      locale: this.locale,
    };
  }

  protected override fieldNames(): Record<string, string> {
    return { email: this.fieldEmail ?? '', name: this.fieldName ?? '', lists: this.fieldLists ?? '' };
  }

  protected override failureMessage(result: SubmitResult): (() => string) | undefined {
    return !result.ok && result.status === 409 ? () => msg('This address is already subscribed.') : undefined;
  }

  protected override render(): unknown {
    return this.renderWithConfig((config) =>
      this.phase === 'sent' ? this.renderSent(config) : this.renderSignup(config),
    );
  }

  private renderSignup(config: NewsletterConfig): TemplateResult {
    const card = this.variant !== 'inline';
    const pitch = this.pitch ?? resolveText(config.pitch, this.locale);
    const chosen = this.chosenLists(config);
    const fields = html`
      ${card && pitch ? html`<p part="pitch" class="pitch">${pitch}</p>` : nothing}
      ${this.renderField({ name: 'email', label: msg('E-mail address'), type: 'email', autocomplete: 'email', required: true })}
      ${this.askName ? this.renderField({ name: 'name', label: msg('Name (optional)'), autocomplete: 'name' }) : nothing}
      ${
        config.lists.length > 0
          ? this.renderChoices(
              {
                name: 'lists',
                legend: msg('Newsletters'),
                multiple: true,
                options: config.lists.map((list) => ({ value: list.id, label: resolveText(list.label, this.locale) })),
              },
              (id) => chosen.includes(id),
            )
          : nothing
      }
      ${this.renderConsent(
        msg('I agree to the processing of my e-mail address to receive the newsletter'),
        this.privacyUrl ?? config.privacyUrl,
      )}
    `;
    return this.renderForm(fields, msg('Subscribe'), card ? 'card' : 'inline');
  }

  private renderSent(config: NewsletterConfig): TemplateResult {
    const message =
      this.successMessage ??
      (resolveText(config.successMessage, this.locale) || msg('Check your inbox to confirm your subscription.'));
    return this.renderConfirmation(msg('Thank you'), html`<p>${message}</p>`, msg('Subscribe another address'));
  }
}
