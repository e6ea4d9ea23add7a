import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { FieldError } from '../core/forms/form-element.js';
import { CityFormElement, isEmail, isInternationalPhone, isoDateFromToday } from '../core/forms/form-element.js';
import { formStyles } from '../core/forms/form.styles.js';
import type { Payload } from '../core/forms/submit.js';
import { mailtoUrl } from '../core/forms/submit.js';
import { plural } from '../core/i18n/localize.js';
import { resolveText } from '../core/i18n/text.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import type { Checked } from '../core/data/validate.js';
import type { DelegationConfig } from './delegation-form.data.js';
import { checkDelegation, defaultGroupSize } from './delegation-form.data.js';
import { styles } from './delegation-form.styles.js';

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
 * @attr min-fill-seconds - A submission sooner than this after the form appeared is treated as automated (default 3).
 * @attr timeout-seconds - Time limit of one attempt to send (default 10).
 * @attr retries - Extra attempts after a network error or HTTP 5xx (default 2).
 * @attr src - URL of the optional `delegation` JSON.
 *
 * @event city-submit - Before sending; cancellable (`preventDefault()` to take over). `detail`: `{ payload, submissionId, action, encoding }`.
 * @event city-submitted - The server confirmed (`via: 'http'`, `status`, `response`) or the e-mail was opened (`via: 'mailto'`, `mailto`).
 * @event city-submit-error - Not sent: `reason` is `network`, `timeout`, `http` (with `status`, `message`), `honeypot`, `too-fast` or `no-action`.
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
 * @csspart mailto-link - The e-mail link of the fallback.
 * @csspart again-button - Starts a new request.
 * @csspart loading - The placeholder while the JSON configuration loads.
 * @csspart issues - Problems in the JSON configuration (the form then uses its defaults).
 *
 * @cssproperty [--city-form-max-width=40em] Widest the form grows.
 */
export class CityDelegationForm extends CityFormElement<DelegationConfig> {
  static override styles = [tokens, baseStyles, formStyles, styles];

  /** Where the e-mail goes when there is no `action` (overrides the JSON's `contactEmail`). */
  @property({ attribute: 'contact-email' }) contactEmail?: string;

  /** How many days ahead a visit must be requested (overrides the JSON's `minLeadDays`). */
  @property({ attribute: 'min-lead-days', type: Number }) minLeadDays?: number;

  protected readonly formName = 'delegation';

  protected check(json: unknown): Checked<DelegationConfig> {
    return checkDelegation(json);
  }

  protected emptyConfig(): DelegationConfig {
    return { interests: [], groupSize: { ...defaultGroupSize } };
  }

  private leadDays(config: DelegationConfig): number {
    const days = this.minLeadDays ?? config.minLeadDays ?? 0;
    return Number.isFinite(days) && days > 0 ? Math.floor(days) : 0;
  }

  private formatDate(iso: string): string {
    const [year, month, day] = iso.split('-').map(Number);
    const date = new Date(year, month - 1, day);
    return Number.isNaN(date.getTime())
      ? iso
      : new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(date);
  }

  protected validate(config: DelegationConfig): FieldError[] {
    const errors: FieldError[] = [];
    const check = (field: string, ok: boolean, message: () => string) => {
      if (!ok) errors.push({ field, message });
    };
    const value = (name: string) => this.value(name);
    check('institution', value('institution') !== '', () => msg('Enter the name of the institution'));
    check('contactName', value('contactName') !== '', () => msg('Enter the name of the contact person'));
    const email = value('email');
    check('email', email !== '', () => msg('Enter an e-mail address'));
    if (email)
      check('email', isEmail(email), () => msg('Enter an e-mail address in the correct format, like name@example.org'));
    const phone = value('phone');
    check('phone', phone !== '', () => msg('Enter a phone number'));
    if (phone)
      check('phone', isInternationalPhone(phone), () =>
        msg('Enter a phone number in international form, like +420 123 456 789'),
      );
    const date = value('date');
    const earliest = isoDateFromToday(this.leadDays(config));
    check('date', date !== '', () => msg('Enter the requested date'));
    if (date) check('date', /^\d{4}-\d{2}-\d{2}$/.test(date), () => msg('Enter a real date'));
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      check('date', date >= earliest, () => msg(str`The requested date must be ${this.formatDate(earliest)} or later`));
    }
    check('time', value('time') !== '', () => msg('Enter the requested time'));
    const interest = this.values.interest;
    if (config.interests.length > 0) {
      check('interest', typeof interest === 'string' && interest !== '', () =>
        msg('Choose the main point of interest'),
      );
      if (interest === 'other')
        check('interestText', value('interestText') !== '', () => msg('Describe the main point of interest'));
    } else {
      check('interestText', value('interestText') !== '', () => msg('Enter the main point of interest'));
    }
    const { min, max } = config.groupSize;
    const size = value('groupSize');
    const count = Number(size);
    check('groupSize', size !== '', () => msg('Enter the size of the group'));
    if (size) {
      check('groupSize', /^\d+$/.test(size) && count >= min && count <= max, () =>
        msg(str`Enter the size of the group as a whole number from ${min} to ${max}`),
      );
    }
    check('consent', this.values.consent === true, () =>
      msg('Agree to the processing of your personal data to send the request'),
    );
    return errors;
  }

  protected payload(config: DelegationConfig): Payload {
    const interest = typeof this.values.interest === 'string' ? this.values.interest : '';
    return {
      institution: this.value('institution'),
      contactName: this.value('contactName'),
      email: this.value('email'),
      phone: this.value('phone').replace(/\s+/g, ' '),
      date: this.value('date'),
      time: this.value('time'),
      interest: config.interests.some((entry) => entry.id === interest) ? interest : undefined,
      interestText: this.value('interestText') || undefined,
      groupSize: Number(this.value('groupSize')),
      message: this.value('message') || undefined,
      consent: true,
      locale: this.locale,
    };
  }

  /** The request as label/value rows, in the current locale (confirmation and e-mail). */
  private rows(config: DelegationConfig, payload: Payload): [string, string][] {
    const interest = config.interests.find((entry) => entry.id === payload.interest);
    const interestText = [interest ? resolveText(interest.label, this.locale) : '', String(payload.interestText ?? '')]
      .filter(Boolean)
      .join(' – ');
    const rows: [string, unknown][] = [
      [msg('Name of the institution'), payload.institution],
      [msg('Contact person'), payload.contactName],
      [msg('E-mail'), payload.email],
      [msg('Phone'), payload.phone],
      [msg('Requested date'), this.formatDate(String(payload.date))],
      [msg('Requested time'), payload.time],
      [msg('Main point of interest'), interestText],
      [msg('Size of the group'), payload.groupSize],
      [msg('Message'), payload.message],
    ];
    return rows
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([label, value]) => [label, String(value)]);
  }

  private recipient(config: DelegationConfig): string | undefined {
    return this.contactEmail?.trim() || config.contactEmail;
  }

  protected override mailto(config: DelegationConfig, payload: Payload): string | undefined {
    const to = this.recipient(config);
    if (!to) return undefined;
    const body = [
      msg('Request for a delegation visit'),
      '',
      ...this.rows(config, payload).map(([label, value]) => `${label}: ${value}`),
    ].join('\n');
    return mailtoUrl(to, msg(str`Delegation visit request: ${payload.institution}`), body);
  }

  protected override render(): unknown {
    return this.renderWithConfig((config) =>
      this.phase === 'sent' ? this.renderSent(config) : this.renderRequest(config),
    );
  }

  private renderRequest(config: DelegationConfig): TemplateResult {
    const { min, max } = config.groupSize;
    const lead = this.leadDays(config);
    const hasOther = config.interests.some((entry) => entry.id === 'other');
    const intro = resolveText(config.intro, this.locale);
    // Said at once, not after a visitor has filled in everything: the editor can fix it.
    const unsendable =
      !this.action && !this.recipient(config)
        ? html`<p part="error" class="error">
            ${msg('This form has no address to send to: set its action or contact-email attribute.')}
          </p>`
        : nothing;
    const fields = html`
      ${unsendable} ${intro ? html`<p part="intro" class="intro">${intro}</p>` : nothing}
      ${this.renderField({ name: 'institution', required: true, label: msg('Name of the institution'), autocomplete: 'organization' })}
      <fieldset part="fieldset" class="group">
        <legend part="label">${msg('Contact person')}</legend>
        ${this.renderField({ name: 'contactName', required: true, label: msg('Name'), autocomplete: 'name' })}
        ${this.renderField({ name: 'email', required: true, label: msg('E-mail'), type: 'email', autocomplete: 'email' })}
        ${this.renderField({
          name: 'phone',
          label: msg('Phone'),
          hint: msg('In international form, like +420 123 456 789'),
          type: 'tel',
          autocomplete: 'tel',
        })}
      </fieldset>
      <div class="row">
        ${this.renderField({
          name: 'date',
          label: msg('Requested date'),
          hint:
            lead > 0
              ? plural(lead, {
                  one: msg(str`At least ${lead} day in advance`, { id: 'lead-days.one' }),
                  few: msg(str`At least ${lead} days in advance`, { id: 'lead-days.few' }),
                  many: msg(str`At least ${lead} days in advance`, { id: 'lead-days.many' }),
                  two: msg(str`At least ${lead} days in advance`, { id: 'lead-days.two' }),
                  other: msg(str`At least ${lead} days in advance`, { id: 'lead-days.other' }),
                })
              : undefined,
          type: 'date',
          min: isoDateFromToday(lead),
          size: 'short',
        })}
        ${this.renderField({ name: 'time', required: true, label: msg('Requested time'), type: 'time', size: 'short' })}
      </div>
      ${
        config.interests.length > 0
          ? html`${this.renderChoices(
              {
                name: 'interest',
                legend: msg('Main point of interest'),
                options: config.interests.map((entry) => ({
                  value: entry.id,
                  label: resolveText(entry.label, this.locale),
                })),
              },
              (value) => this.values.interest === value,
            )}
            ${this.renderField({
              name: 'interestText',
              label: msg('Details of your interest (optional)'),
              hint: hasOther ? msg('Required if you choose Other') : undefined,
              type: 'textarea',
            })}`
          : this.renderField({ name: 'interestText', required: true, label: msg('Main point of interest') })
      }
      ${this.renderField({
        name: 'groupSize',
        label: msg('Size of the group'),
        hint: msg(str`Number of people, from ${min} to ${max}`),
        inputmode: 'numeric',
        autocomplete: 'off',
        size: 'short',
      })}
      ${this.renderField({ name: 'message', label: msg('Message (optional)'), type: 'textarea' })}
      ${this.renderConsent(msg('I agree to the processing of my personal data'), this.privacyUrl ?? config.privacyUrl)}
    `;
    return this.renderForm(fields, msg('Send request'));
  }

  private renderSent(config: DelegationConfig): TemplateResult {
    const payload = this.sentPayload ?? {};
    const mailto = this.action ? undefined : this.mailto(config, payload);
    const summary = html`<dl part="summary" class="summary">
      ${this.rows(config, payload).map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>`;
    const content = mailto
      ? html`<p>${msg('Your e-mail program should open with the request. If it did not, use this link:')}</p>
          <p>
            <a part="mailto-link" href=${mailto}
              >${msg(str`Send the request by e-mail to ${this.recipient(config)}`)}</a
            >
          </p>
          ${summary}`
      : html`<p>${msg(str`Thank you. We have received your request and will reply to ${String(payload.email)}.`)}</p>
          ${summary}`;
    return this.renderConfirmation(
      mailto ? msg('Your request is ready to send') : msg('Request sent'),
      content,
      msg('Send another request'),
    );
  }
}
