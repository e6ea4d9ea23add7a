import { nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CityElement, warnOnce } from '../element.js';
import { renderLoading } from '../data/status.js';
import type { Checked } from '../data/validate.js';
import { withLocale } from '../i18n/runtime.js';
import { DraftsController } from '../controllers/drafts.js';
import type { SendOutcome } from '../controllers/submission.js';
import { SubmissionController } from '../controllers/submission.js';
import { FormConfigController } from './config.js';
import type { Failure } from './failure.js';
import { canRetry, failureText, serverErrors } from './failure.js';
import type { FieldContext, FieldError, FieldTable, FieldValue } from './field-table.js';
import { draftOf, payloadOf, rowsOf, validateFields } from './field-table.js';
import { fieldsTemplate } from './fields.js';
import type { FormOptions } from './form-parts.js';
import {
  configIssuesTemplate,
  confirmationTemplate,
  errorSummaryTemplate,
  failureTemplate,
  formTemplate,
} from './form-parts.js';
import type { Encoding, Payload } from './submit.js';
import { encodings, postableAction } from './submit.js';
import type { SubmitErrorEventDetail, SubmitEventDetail, SubmittedEventDetail } from './events.js';
import { errorDetail } from './events.js';

export type { SubmitErrorEventDetail, SubmitEventDetail, SubmittedEventDetail } from './events.js';

const focusSoon = async (host: CityElement, selector: string) => {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
};

/**
 * What both forms share, as a thin base over three controllers: the JSON
 * configuration, the draft and the submission. A form supplies its field
 * table (`V` names the fields), its configuration checker (`C`), the
 * settings its table reads (`S`: the configuration with attributes applied),
 * and what it shows once sent.
 */
export abstract class CityFormElement<V extends object, C, S = C> extends CityElement {
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
  /** A submission sooner than this after the form appeared waits ("Sending…") until the time is up. */
  @property({ attribute: 'min-fill-seconds', type: Number }) minFillSeconds = 3;
  /** Time limit of one attempt to send, in seconds. */
  @property({ attribute: 'timeout-seconds', type: Number }) timeoutSeconds = 10;
  /** Extra attempts after a network error, 408, 429 or a server error (5xx). */
  @property({ type: Number }) retries = 2;

  @state() protected values: Partial<V> = {};
  @state() protected errors: FieldError[] = [];

  protected abstract readonly table: FieldTable<V, S>;
  protected readonly submission = new SubmissionController(this);
  protected readonly configuration: FormConfigController<C>;
  private readonly drafts: DraftsController;
  private honeypot = '';
  /** When the form was shown on this page (a restored draft counts from here too). */
  private shownAt = 0;
  private sentValues: Partial<V> = {};

  constructor(kind: string, check: (json: unknown) => Checked<C>, empty: () => C) {
    super();
    this.configuration = new FormConfigController(this, check, empty, () => ({ data: this.data, src: this.src }));
    this.drafts = new DraftsController(this, kind, () => ({ id: this.id, action: this.action, src: this.src }));
  }

  /** The configuration with this element's attributes applied, as the field table sees it. */
  protected abstract settings(config: C): S;
  /** What a form adds to every payload beyond its fields (e.g. the consent text). */
  protected extraPayload(_ctx: FieldContext<V, S>): Payload {
    return {};
  }
  /** Renames body fields for form encoding. */
  protected fieldNames(): Record<string, string> {
    return {};
  }
  /** What to do without `action`; returns a `mailto:` URL when it can. */
  protected mailto(_ctx: FieldContext<V, S>, _rows: [string, string][]): string | undefined {
    return undefined;
  }
  /** A friendlier message for a particular failure (e.g. HTTP 409). */
  protected failureMessage(_failure: Failure): string | undefined {
    return undefined;
  }

  protected context(values = this.values): FieldContext<V, S> | undefined {
    const loaded = this.configuration.loaded;
    return loaded && { config: this.settings(loaded.config), values, locale: this.locale };
  }

  /** The values that were sent (what the server stored), as the field table sees them. */
  protected sentContext(): FieldContext<V, S> | undefined {
    return this.context(this.sentValues);
  }

  /** The request as label/value rows (the confirmation, the e-mail). */
  protected rows(ctx: FieldContext<V, S>): [string, string][] {
    return rowsOf(this.table, ctx);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = this.drafts.load();
    if (draft && Object.keys(this.values).length === 0) this.values = draft as Partial<V>;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('encoding') && !encodings.includes(this.encoding)) {
      warnOnce(`<${this.localName}> encoding="${this.encoding}" is not known; use one of: ${encodings.join(', ')}.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.shownAt && this.configuration.loaded) this.shownAt = Date.now();
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const name = input.name as keyof V & string;
    if (!name) return;
    if (input.dataset.trap !== undefined) {
      this.honeypot = input.value;
      return;
    }
    let value: FieldValue = input.type === 'checkbox' ? input.checked : input.value;
    if (input.dataset.group !== undefined) {
      value = Array.from(
        this.renderRoot.querySelectorAll<HTMLInputElement>(`[name="${name}"]:checked`),
        (box) => box.value,
      );
    }
    this.values = { ...this.values, [name]: value };
    this.drafts.save(draftOf(this.table, this.values));
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  /** Validates and sends the form (what the submit button does). A second click within a second is ignored. */
  async send(): Promise<void> {
    const ctx = this.context();
    if (!ctx || this.submission.busy) return;
    this.errors = validateFields(this.table, ctx);
    if (this.errors.length > 0) return void focusSoon(this, '[part~="error-summary"]');
    const { failure } = this.submission;
    // Never refuse a fast person: a submission before the minimum fill time waits for it, as one
    // after a 429 waits for the time the server gave.
    const retryAt = (failure?.kind === 'busy' && failure.retryAt) || 0;
    const sendAt = Math.max(retryAt, this.shownAt + this.minFillSeconds * 1000, Date.now());
    const payload: Payload = {
      ...withLocale(this.locale, () => this.extraPayload(ctx)),
      ...payloadOf(this.table, ctx),
      locale: this.locale,
    };
    const detail: SubmitEventDetail = {
      payload,
      ...this.submission.prepare(payload),
      action: postableAction(this.action, this.ownerDocument.baseURI),
      encoding: this.encoding,
    };
    if (!this.emit<SubmitEventDetail>('city-submit', detail, { cancelable: true })) return;
    this.sentValues = this.values;
    if (!detail.action) {
      const mailto = withLocale(this.locale, () => this.mailto(ctx, rowsOf(this.table, ctx)));
      if (!mailto) {
        warnOnce(`<${this.localName}> has no http(s) action: set action to the URL the form posts to.`);
        const failure: Failure = { ok: false, kind: 'no-action' };
        this.submission.fail(failure);
        return this.failed(detail, failure);
      }
      this.openMailto(mailto);
      this.submission.confirm(payload);
      this.emit<SubmittedEventDetail>('city-submitted', { ...detail, via: 'mailto', mailto });
      return void focusSoon(this, '[part~="confirmation"]');
    }
    const outcome = await this.submission.send({
      action: detail.action,
      base: this.ownerDocument.baseURI,
      encoding: this.encoding,
      payload,
      // Bots are told apart by the receiver: the honeypot's value and the fill time go with every request.
      extra: { website: this.honeypot, fillMs: Math.round(sendAt - this.shownAt) },
      fieldNames: this.fieldNames(),
      timeoutMs: Math.max(1, this.timeoutSeconds) * 1000,
      attempts: 1 + Math.max(0, Math.min(5, Math.floor(this.retries))),
      notBefore: sendAt,
    });
    this.settle(detail, outcome);
  }

  private settle(detail: SubmitEventDetail, outcome: SendOutcome): void {
    if (!outcome.ok) return this.failed(detail, outcome);
    this.drafts.clear();
    this.emit<SubmittedEventDetail>('city-submitted', {
      ...detail,
      via: 'http',
      status: outcome.status,
      response: outcome.body,
    });
    void focusSoon(this, '[part~="confirmation"]');
  }

  private failed(detail: SubmitEventDetail, failure: Failure): void {
    this.emit<SubmitErrorEventDetail>('city-submit-error', errorDetail(detail, failure));
    if (failure.kind !== 'invalid') return void focusSoon(this, '[part~="failure"]');
    this.errors = serverErrors(failure.fieldErrors, this.fieldNames());
    void focusSoon(this, '[part~="error-summary"]');
  }

  /** Sends again after a failure: the same key for the same values, after any wait the server asked for. */
  retry(): Promise<void> {
    return this.send();
  }

  /** Opens the e-mail program (the host page can cancel `city-submit` to do otherwise). */
  protected openMailto(url: string): void {
    globalThis.location.assign(url);
  }

  /** Back to an empty form for another submission (the "send another" button). */
  reset(): void {
    this.drafts.clear();
    this.values = {};
    this.errors = [];
    this.submission.reset();
    this.shownAt = Date.now();
    void focusSoon(this, 'input:not([data-trap]), textarea');
  }

  private focusField(event: Event, name: string): void {
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`);
    field?.scrollIntoView?.({ block: 'center' });
    field?.focus({ preventScroll: true });
  }

  /** Loading (the light-DOM fallback or a skeleton), else a notice of configuration problems and the form. */
  protected renderWithConfig(render: (ctx: FieldContext<V, S>) => unknown): unknown {
    const loaded = this.configuration.loaded;
    const ctx = this.context();
    return loaded && ctx
      ? [configIssuesTemplate(loaded), render(ctx)]
      : renderLoading(this.configuration.hasFallback, 8);
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.submission.phase === 'failed' ? this.submission.failure : undefined;
    // Field errors from the server are in the error summary instead.
    if (!failure || failure.kind === 'invalid') return nothing;
    const text = this.failureMessage(failure) ?? failureText(failure, this.locale);
    return failureTemplate(text, canRetry(failure) ? () => void this.retry() : undefined);
  }

  protected errorFor(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message();
  }

  /** The form: summary and failure first, the fields of the table, the honeypot, then the submit button. */
  protected renderForm(ctx: FieldContext<V, S>, options: FormOptions): TemplateResult {
    return formTemplate(options, {
      locale: this.locale,
      sending: this.submission.phase === 'sending',
      onInput: (event) => this.onInput(event),
      onSubmit: (event) => this.onSubmit(event),
      top: [
        errorSummaryTemplate(
          this.errors,
          (field) => field in this.table,
          (event, field) => this.focusField(event, field),
        ),
        this.renderFailure(),
      ],
      fields: fieldsTemplate(this.table, ctx, (field) => this.errorFor(field), options.wraps ?? {}, options.privacyUrl),
    });
  }

  /** The confirmation box, focused when shown. */
  protected renderConfirmation(title: string, content: unknown, label: string): TemplateResult {
    return confirmationTemplate(title, content, { label, locale: this.locale, reset: () => this.reset() });
  }
}
