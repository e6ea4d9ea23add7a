import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { warnOnce } from '../element.js';
import { CityElement } from '../element.js';
import { describeLoadError, errorSource } from '../data/problems.js';
import { renderLoading } from '../data/status.js';
import { JsonSource } from '../controllers/json-source.js';
import type { ChoiceSpec, FieldSpec, FieldValue } from './fields.js';
import { choicesTemplate, consentTemplate, fieldTemplate, honeypotTemplate } from './fields.js';
import type { Draft, Encoding, Payload, SpamReason, SubmitResult } from './submit.js';
import { clearDraft, encodings, loadDraft, newSubmissionId, saveDraft, spamCheck, submit } from './submit.js';
import type { Checked, Issue } from '../data/validate.js';

export type { ChoiceSpec, FieldSpec, FieldValue } from './fields.js';
export { isEmail, isInternationalPhone, isoDateFromToday } from './fields.js';

/** Where a form is: being filled in, sending, sent (confirmed), or failed (fields kept). */
export type FormPhase = 'editing' | 'sending' | 'sent' | 'failed';

/** A validation error; the message is rendered lazily so it follows the current locale. */
export interface FieldError {
  field: string;
  message: () => string;
}

export interface SubmitEventDetail {
  payload: Payload;
  submissionId: string;
  /** The endpoint, or undefined when the form falls back to e-mail. */
  action?: string;
  encoding: Encoding;
}

/** `detail` of `city-submitted`. */
export interface SubmittedEventDetail extends SubmitEventDetail {
  via: 'http' | 'mailto';
  status?: number;
  /** The server's parsed answer. */
  response?: unknown;
  /** The `mailto:` URL when the form fell back to e-mail. */
  mailto?: string;
}

/** `detail` of `city-submit-error`. */
export interface SubmitErrorEventDetail extends SubmitEventDetail {
  reason: 'network' | 'timeout' | 'http' | SpamReason | 'no-action';
  status?: number;
  message?: string;
}

const focusSoon = async (host: CityFormElement<unknown>, selector: string) => {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
};

/**
 * What both forms share: optional JSON config (attributes override it),
 * values kept in a sessionStorage draft, GOV.UK-style validation with an error
 * summary that takes focus, a honeypot and a minimum fill time, and sending
 * through core/submit with one idempotency key until a confirmed send.
 */
export abstract class CityFormElement<C> extends CityElement {
  /** URL of the optional JSON configuration (same origin, or a host that allows CORS). */
  @property({ reflect: true }) src?: string;

  /** The configuration as an object; wins over an inline script and `src`. */
  @property({ attribute: false }) data?: unknown;

  /** URL the form posts to. */
  @property({ reflect: true }) action?: string;

  /** Body encoding: `json` (default) or `form` (`application/x-www-form-urlencoded`). */
  @property({ reflect: true }) encoding: Encoding = 'json';

  /** Address of the privacy policy linked from the consent checkbox (overrides the JSON). */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** A submission sooner than this after the form appeared is treated as automated. */
  @property({ attribute: 'min-fill-seconds', type: Number }) minFillSeconds = 3;

  /** Time limit of one attempt to send, in seconds. */
  @property({ attribute: 'timeout-seconds', type: Number }) timeoutSeconds = 10;

  /** Extra attempts after a network error or a server error (5xx). */
  @property({ type: Number }) retries = 2;

  @state() protected phase: FormPhase = 'editing';
  @state() protected values: Record<string, FieldValue> = {};
  @state() protected errors: FieldError[] = [];
  @state() protected failure?: { message: () => string; retry: boolean };
  /** The payload of the confirmed submission, for the confirmation. */
  protected sentPayload?: Payload;

  /** Kept until a send is confirmed, so a retry never creates a second record. */
  protected submissionId = newSubmissionId();
  private startedAt = Date.now();
  private sendingSince = 0;
  private honeypot = '';

  /** Short name of the form, used in the draft key (`delegation`, `newsletter`). */
  protected abstract readonly formName: string;
  /** The configuration when no JSON is given. */
  protected abstract emptyConfig(): C;
  protected abstract validate(config: C): FieldError[];
  protected abstract payload(config: C): Payload;
  /** Field names for form encoding. */
  protected fieldNames(): Record<string, string> {
    return {};
  }
  /** What to do without `action`; returns a `mailto:` URL when it can. */
  protected mailto(_config: C, _payload: Payload): string | undefined {
    return undefined;
  }
  /** A friendlier message for a particular failure (e.g. HTTP 409). */
  protected failureMessage(_result: SubmitResult): (() => string) | undefined {
    return undefined;
  }

  /** Loads the optional configuration; without one the form works with its defaults (no warning). */
  private readonly configSource = new JsonSource<C>(this, {
    args: () => ({ data: this.data, src: this.src }),
    check: (json) => this.check(json),
    optional: true,
  });
  private loadedFor?: { state: unknown; loaded?: { config: C; issues: Issue[]; problem?: string } };

  /** Checks parsed JSON into the configuration, reporting problems by JSON path. */
  protected abstract check(json: unknown): Checked<C>;

  /** The configuration in use, when it is loaded. */
  protected get config(): C | undefined {
    return this.loaded?.config;
  }

  /**
   * The configuration in use with the problems found in it; undefined while it
   * loads. A form that cannot read its configuration still works, with its
   * defaults, and says what went wrong (the source already told the console).
   */
  private get loaded(): { config: C; issues: Issue[]; problem?: string } | undefined {
    const state = this.configSource.state;
    if (this.loadedFor?.state === state) return this.loadedFor.loaded;
    let loaded: { config: C; issues: Issue[]; problem?: string } | undefined;
    if (state.status === 'ready') loaded = { config: state.value, issues: state.issues };
    else if (state.status === 'idle') loaded = { config: this.emptyConfig(), issues: [] };
    else if (state.status === 'error') {
      const { error } = state;
      loaded = {
        config: this.emptyConfig(),
        issues: error.kind === 'invalid' ? error.issues : [],
        problem:
          error.kind === 'invalid'
            ? `${errorSource(error)}: it does not have the expected format`
            : describeLoadError(error),
      };
    }
    this.loadedFor = { state, loaded };
    return loaded;
  }

  /** Loading (the light-DOM fallback or a skeleton), else a notice of configuration problems and the form. */
  protected renderWithConfig(render: (config: C) => unknown): unknown {
    const loaded = this.loaded;
    if (!loaded) return renderLoading(this.configSource.hasFallback, 8);
    return [
      loaded.problem || loaded.issues.length > 0
        ? html`<details part="issues" class="issues">
            <summary>${msg('This form has problems in its settings; it works with its defaults.')}</summary>
            <ul class="issue-list">
              ${loaded.problem ? html`<li>${loaded.problem}</li>` : nothing}
              ${loaded.issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
            </ul>
          </details>`
        : nothing,
      render(loaded.config),
    ];
  }

  /**
   * sessionStorage key of this form's draft: one per form name, element id (or,
   * without one, its position among forms of its kind) and page, so a footer
   * signup and a signup in the page keep their own drafts.
   */
  protected get draftKey(): string {
    const root = this.getRootNode() as ParentNode;
    const place = this.id || String(Array.from(root.querySelectorAll?.(this.localName) ?? []).indexOf(this));
    return `city-draft:${this.formName}:${place}:${globalThis.location?.pathname ?? ''}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = loadDraft(this.draftKey);
    if (draft && Object.keys(this.values).length === 0) {
      this.values = draft;
      // A person who typed before the reload has spent the time already; the
      // minimum fill time is for bots that post at once.
      this.startedAt = 0;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('encoding') && !encodings.includes(this.encoding)) {
      warnOnce(`<${this.localName}> encoding="${this.encoding}" is not known; use one of: ${encodings.join(', ')}.`);
    }
  }

  protected value(name: string): string {
    const value = this.values[name];
    return typeof value === 'string' ? value.trim() : '';
  }

  protected setValue(name: string, value: FieldValue): void {
    this.values = { ...this.values, [name]: value };
    // The consent is asked again every time; it is never part of a draft.
    const draft: Draft = { ...this.values };
    delete draft.consent;
    saveDraft(this.draftKey, draft);
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!input.name) return;
    if (input.dataset.trap !== undefined) {
      this.honeypot = input.value;
    } else if (input.type === 'checkbox' && input.dataset.group !== undefined) {
      const boxes = this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`);
      this.setValue(
        input.name,
        Array.from(boxes)
          .filter((box) => box.checked)
          .map((box) => box.value),
      );
    } else {
      this.setValue(input.name, input.type === 'checkbox' ? input.checked : input.value);
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  /** Validates and sends the form (what the submit button does). */
  async send(): Promise<void> {
    const config = this.config;
    const now = Date.now();
    // A second click within a second of a send, or during one, is ignored.
    if (!config || this.phase === 'sending' || now - this.sendingSince < 1000) return;
    this.failure = undefined;
    this.errors = this.validate(config);
    if (this.errors.length > 0) {
      await focusSoon(this, '[part~="error-summary"]');
      return;
    }
    const payload = this.payload(config);
    const detail: SubmitEventDetail = {
      payload,
      submissionId: this.submissionId,
      action: this.action || undefined,
      encoding: this.encoding,
    };
    const spam = spamCheck(this.honeypot, this.startedAt, this.minFillSeconds, now);
    if (spam) {
      this.failSubmission(
        { ...detail, reason: spam },
        () => msg('The form was not sent. Please check your entries and send it again.'),
        false,
      );
      return;
    }
    if (!this.emit<SubmitEventDetail>('city-submit', detail, { cancelable: true })) return;
    if (!detail.action) {
      const mailto = this.mailto(config, payload);
      if (!mailto) {
        warnOnce(`<${this.localName}> has no action attribute: set it to the URL the form posts to.`);
        this.failSubmission(
          { ...detail, reason: 'no-action' },
          () => msg('This form cannot be sent: it has no address to send to.'),
          false,
        );
        return;
      }
      this.openMailto(mailto);
      this.confirmSubmission(payload, { ...detail, via: 'mailto', mailto }, false);
      return;
    }
    this.phase = 'sending';
    this.sendingSince = now;
    const result = await submit({
      action: detail.action,
      base: this.ownerDocument.baseURI,
      encoding: this.encoding === 'form' ? 'form' : 'json',
      payload,
      submissionId: this.submissionId,
      fieldNames: this.fieldNames(),
      timeout: Math.max(1, this.timeoutSeconds) * 1000,
      retries: Math.max(0, Math.min(5, Math.floor(this.retries))),
    });
    if (result.ok) {
      this.confirmSubmission(payload, { ...detail, via: 'http', status: result.status, response: result.body }, true);
      return;
    }
    const retryable = result.kind !== 'http' || (result.status ?? 0) >= 500;
    const friendly = this.failureMessage(result);
    const serverMessage = result.kind === 'http' && !retryable ? result.message : undefined;
    this.failSubmission(
      { ...detail, reason: result.kind, status: result.status, message: result.message },
      friendly ??
        (serverMessage
          ? () => msg(str`The request was not accepted: ${serverMessage}`)
          : result.kind === 'http' && retryable
            ? () => msg('The server could not take the form just now. Your entries are kept; try again in a moment.')
            : retryable
              ? () => msg('The form could not be sent. Your entries are kept; check the connection and try again.')
              : () => msg(str`The form was not accepted (HTTP ${result.status}).`)),
      retryable,
    );
  }

  /** Sends again after a failure, under the same idempotency key. */
  retry(): Promise<void> {
    this.sendingSince = 0;
    return this.send();
  }

  /** Opens the e-mail program (the host page can cancel `city-submit` to do otherwise). */
  protected openMailto(url: string): void {
    globalThis.location.assign(url);
  }

  private failSubmission(detail: SubmitErrorEventDetail, message: () => string, retry: boolean): void {
    this.phase = 'failed';
    this.failure = { message, retry };
    this.sendingSince = 0;
    this.emit<SubmitErrorEventDetail>('city-submit-error', detail);
    void focusSoon(this, '[part~="failure"]');
  }

  private confirmSubmission(payload: Payload, detail: SubmittedEventDetail, confirmed: boolean): void {
    this.sentPayload = payload;
    this.phase = 'sent';
    if (confirmed) {
      clearDraft(this.draftKey);
      this.submissionId = newSubmissionId();
    }
    this.emit<SubmittedEventDetail>('city-submitted', detail);
    void focusSoon(this, '[part~="confirmation"]');
  }

  /** Back to an empty form for another submission (the "send another" button). */
  reset(): void {
    clearDraft(this.draftKey);
    this.values = {};
    this.errors = [];
    this.failure = undefined;
    this.phase = 'editing';
    this.startedAt = Date.now();
    void focusSoon(this, 'input:not([data-trap]), textarea');
  }

  protected errorFor(name: string): string | undefined {
    return this.errors.find((error) => error.field === name)?.message();
  }

  private focusField(event: Event, name: string): void {
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`);
    field?.scrollIntoView?.({ block: 'center' });
    field?.focus({ preventScroll: true });
  }

  /** The GOV.UK error summary: first in the form, links to each field, focused on submit. */
  protected renderErrorSummary(): TemplateResult | typeof nothing {
    if (this.errors.length === 0) return nothing;
    return html`<div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <p id="error-summary-title" class="summary-title">${msg('There is a problem')}</p>
        <ul>
          ${this.errors.map(
            (error) =>
              html`<li>
                <a href="#f-${error.field}" @click=${(event: Event) => this.focusField(event, error.field)}
                  >${error.message()}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  /** A labelled text field with its hint and its error, all in this shadow root. */
  protected renderField(spec: FieldSpec): TemplateResult {
    const value = this.values[spec.name];
    return fieldTemplate(spec, typeof value === 'string' ? value : '', this.errorFor(spec.name));
  }

  /** Radios (one choice) or checkboxes (several) in a fieldset. */
  protected renderChoices(spec: ChoiceSpec, checked: (value: string) => boolean): TemplateResult {
    return choicesTemplate(spec, checked, this.errorFor(spec.name));
  }

  /** The consent checkbox (never pre-ticked) with a link to the privacy policy. */
  protected renderConsent(label: string, privacyUrl: string | undefined): TemplateResult {
    return consentTemplate(label, privacyUrl, this.values.consent === true, this.errorFor('consent'));
  }

  /** The failed state: what went wrong, every field kept, and a retry button when retrying can help. */
  protected renderFailure(): TemplateResult | typeof nothing {
    if (!this.failure) return nothing;
    return html`<div part="failure" class="error failure" role="alert" tabindex="-1">
      <p class="error-title">${this.failure.message()}</p>
      ${
        this.failure.retry
          ? html`<button part="retry-button" class="button" type="button" @click=${() => this.retry()}>
              ${msg('Try again')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** The form around the fields: summary and failure first, honeypot, then the submit button. */
  protected renderForm(fields: unknown, submitLabel: string, className = ''): TemplateResult {
    const sending = this.phase === 'sending';
    return html`<form
      part="base form"
      class="form ${className}"
      novalidate
      lang=${this.locale}
      aria-busy=${sending ? 'true' : 'false'}
      @input=${this.onInput}
      @change=${this.onInput}
      @submit=${this.onSubmit}
    >
      ${this.renderErrorSummary()} ${this.renderFailure()} ${fields} ${honeypotTemplate()}
      <div class="actions">
        <!-- aria-disabled, not disabled: a disabled button would drop keyboard focus to <body> while sending. -->
        <button part="submit-button" class="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${submitLabel}
        </button>
        <span part="status" class="status" role="status">${sending ? msg('Sending…') : nothing}</span>
      </div>
    </form>`;
  }

  /** The confirmation box, focused when shown. */
  protected renderConfirmation(title: string, content: unknown, againLabel: string): TemplateResult {
    return html`<div part="base confirmation" class="confirmation" role="status" tabindex="-1" lang=${this.locale}>
      <p class="confirmation-title">${title}</p>
      ${content}
      <button part="again-button" class="button secondary" type="button" @click=${() => this.reset()}>
        ${againLabel}
      </button>
    </div>`;
  }
}
