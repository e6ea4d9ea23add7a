import { nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ReactiveElement, TemplateResult } from 'lit';
import { warnOnce } from '../element.js';
import { emit } from '../events.js';
import { addStyles } from '../styles/add-styles.js';
import { secondaryButtonStyles } from '../styles/data.css.js';
import { withLocale } from '../i18n/runtime.js';
import { endpointUrl, SubmissionController } from '../controllers/submission.js';
import type { SendOutcome } from '../controllers/submission.js';
import type { SubmitErrorEventDetail, SubmitEventDetail, SubmittedEventDetail } from './events.js';
import { errorDetail } from './events.js';
import type { Failure } from './failure.js';
import { canRetry, failureText, serverErrors, waitText } from './failure.js';
import { errorStyles, errorSummaryTemplate, focusField, summaryErrors, validateFields } from './errors.js';
import type { FieldContext, FieldError, FieldRulesTable, FieldTable, SendingTable } from './field-table.js';
import { payloadOf, withRules } from './rules.js';
import { confirmationStyles, rowsOf } from './confirmation.js';
import { failureTemplate } from './form-parts.js';
import type { Encoding, Payload } from './submit.js';
import { postableAction } from './submit.js';

const encodings: readonly Encoding[] = ['json', 'form'];

/*
 * Everything after "Send": the request, the server's answer, the failure
 * messages and the confirmation. Loaded apart from the form (see
 * CityFormElement); the sender works on the form element itself (SendingHost).
 */

/**
 * The form element as its sender sees it: its settings, and the members of
 * CityFormElement (protected from the page) that the sender reads and calls.
 * The sender works on the element itself: no object of callbacks to build
 * in the form's own code.
 */
export interface SendingHost<V, S> extends ReactiveElement {
  action?: string;
  encoding: Encoding;
  minFillSeconds: number;
  timeoutSeconds: number;
  retries: number;
  reset(): void;
  table: FieldTable<V, S>;
  context(values?: Partial<V>): FieldContext<V, S> | undefined;
  /** When the form was shown (epoch ms). */
  shownAt: number;
  /** The errors shown by the fields and in the summary (a reactive property). */
  errors: FieldError[];
  drafts: { clear(): void };
  /** Opens the e-mail program with a `mailto:` URL. */
  openMailto(url: string): void;
  /** Focuses the element with this part once rendered. */
  focusSoon(part: string): void;
}

/** A confirmed submission: what was sent (the values the server stored) and its answer. */
export interface Sent<V> {
  values: Partial<V>;
  payload: Payload;
  status: number;
  reference?: string;
}

/** What each form adds to sending; `E` is the form element (its public properties). */
export interface FormHooks<V, S, E = HTMLElement> {
  /** What the fields do after "Send" (validation, the values sent, the confirmation's rows). */
  rules: FieldRulesTable<V, S>;
  /** What a form adds to every payload beyond its fields (e.g. the consent text). */
  extraPayload?(element: E, ctx: FieldContext<V, S>, table: SendingTable<V, S>): Payload;
  /** Renames body fields for form encoding. */
  fieldNames?(element: E): Record<string, string>;
  /** What to do without `action`: a `mailto:` URL when the form can write one. */
  mailto?(ctx: FieldContext<V, S>, rows: [string, string][]): string | undefined;
  /** A friendlier message for a particular failure (e.g. HTTP 409). */
  failureMessage?(failure: Failure, ctx?: FieldContext<V, S>): string | undefined;
  /** The confirmation; `ctx` holds the values that were sent, `rows` them as label/value pairs. */
  renderSent(
    element: E,
    ctx: FieldContext<V, S>,
    sent: Sent<V> & { rows: [string, string][]; reset: () => void },
  ): TemplateResult;
}

/**
 * Whether an event would change a checkbox or radio button (a click, Space, an
 * arrow key in a radio group): what a form that is sending cancels, since
 * `readonly` does not apply to them. Tab and the rest still work.
 */
function lockedChoice(event: Event): boolean {
  const input = event.target as HTMLInputElement;
  if (input.localName !== 'input' || (input.type !== 'checkbox' && input.type !== 'radio')) return false;
  if (event.type === 'click') return true;
  const key = (event as KeyboardEvent).key;
  return key === ' ' || (input.type === 'radio' && key.startsWith('Arrow'));
}

/**
 * Sends a form through a SubmissionController (one idempotency key per
 * submission, retries, the server's answer read), fires `city-submit`,
 * `city-submitted` and `city-submit-error`, and renders the failure and the
 * confirmation.
 */
export class FormSender<V, S> {
  private readonly submission: SubmissionController;
  /** The form's table with its rules. */
  private readonly table: SendingTable<V, S>;
  private sent?: Sent<V>;

  constructor(
    private readonly host: SendingHost<V, S>,
    private readonly hooks: FormHooks<V, S>,
  ) {
    this.submission = new SubmissionController(host);
    this.table = withRules(host.table, hooks.rules);
    addStyles(host.renderRoot, errorStyles, confirmationStyles, secondaryButtonStyles);
  }

  get busy(): boolean {
    return this.submission.busy;
  }

  get phase(): SubmissionController['phase'] {
    return this.submission.phase;
  }

  /** Validates (errors go to the summary, which takes focus), then sends. */
  async send(ctx: FieldContext<V, S>): Promise<void> {
    const { table } = this;
    const { host: element } = this;
    const errors = validateFields(table, ctx);
    element.errors = errors;
    if (errors.length > 0) return element.focusSoon('error-summary');
    const { failure } = this.submission;
    const { shownAt } = element;
    // What a bot typed into the honeypot (a field people never meet: fields.ts), read as it is now.
    const honeypot = element.renderRoot.querySelector<HTMLInputElement>('[data-trap]')?.value ?? '';
    // Never refuse a fast person: a submission before the minimum fill time waits for it, as one
    // after a 429 waits for the time the server gave.
    const retryAt = (failure?.kind === 'busy' && failure.retryAt) || 0;
    const sendAt = Math.max(retryAt, shownAt + element.minFillSeconds * 1000, Date.now());
    const payload: Payload = {
      ...withLocale(ctx.locale, () => this.hooks.extraPayload?.(element, ctx, table)),
      ...payloadOf(table, ctx),
      locale: ctx.locale,
    };
    const action = postableAction(element.action, element.ownerDocument.baseURI);
    const detail: SubmitEventDetail = {
      payload,
      ...this.submission.prepare(payload, action && endpointUrl(action, element.ownerDocument.baseURI)),
      action,
      encoding: element.encoding,
    };
    if (!emit<SubmitEventDetail>(element, 'city-submit', detail, true)) return;
    if (!detail.action) return this.mailto(ctx, detail, payload);
    // An encoding the form does not know goes out as JSON; the editor hears of it as the form is sent.
    if (!encodings.includes(element.encoding)) {
      warnOnce(
        `<${element.localName}> encoding="${element.encoding}" is not known (sent as json); use one of: ${encodings.join(', ')}.`,
      );
    }
    const fieldNames = this.hooks.fieldNames?.(element) ?? {};
    const outcome = await this.submission.send({
      action: detail.action,
      base: element.ownerDocument.baseURI,
      encoding: element.encoding,
      payload,
      // Bots are told apart by the receiver: the honeypot's value and the fill time go with every request.
      extra: { website: honeypot, fillMs: Math.round(sendAt - shownAt) },
      fieldNames,
      timeoutMs: Math.max(1, element.timeoutSeconds) * 1000,
      attempts: 1 + Math.max(0, Math.min(5, Math.floor(element.retries))),
      notBefore: sendAt,
    });
    if (!outcome.ok) return this.failed(detail, outcome, fieldNames);
    this.confirmed(ctx, payload, outcome);
    element.drafts.clear();
    emit<SubmittedEventDetail>(element, 'city-submitted', {
      ...detail,
      via: 'http',
      status: outcome.status,
      response: outcome.body,
    });
  }

  /** Without an http(s) action: the e-mail fallback when the form has one, else a failure. */
  private mailto(ctx: FieldContext<V, S>, detail: SubmitEventDetail, payload: Payload): void {
    const { host: element } = this;
    const mailto = withLocale(ctx.locale, () => this.hooks.mailto?.(ctx, rowsOf(this.table, ctx)));
    if (!mailto) {
      warnOnce(`<${element.localName}> has no http(s) action: set action to the URL the form posts to.`);
      const failure: Failure = { ok: false, kind: 'no-action' };
      this.submission.fail(failure);
      return this.failed(detail, failure, {});
    }
    element.openMailto(mailto);
    this.submission.confirm(payload);
    this.confirmed(ctx, payload, { ok: true, status: 0, body: undefined });
    emit<SubmittedEventDetail>(element, 'city-submitted', { ...detail, via: 'mailto', mailto });
  }

  private confirmed(ctx: FieldContext<V, S>, payload: Payload, outcome: Extract<SendOutcome, { ok: true }>): void {
    this.sent = { values: ctx.values, payload, status: outcome.status, reference: outcome.reference };
    this.host.requestUpdate();
    this.host.focusSoon('confirmation');
  }

  private failed(detail: SubmitEventDetail, failure: Failure, fieldNames: Record<string, string>): void {
    const { host } = this;
    emit<SubmitErrorEventDetail>(host, 'city-submit-error', errorDetail(detail, failure));
    // Once the time a busy server gave has passed, "again in 2 seconds" gives way to "in a moment".
    if (failure.kind === 'busy' && failure.retryAt !== undefined) {
      setTimeout(() => host.requestUpdate(), Math.max(0, failure.retryAt - Date.now()) + 50);
    }
    if (failure.kind !== 'invalid') return host.focusSoon('failure');
    // In the form's order, as the summary of its own check lists them (GOV.UK): a server lists them as it likes.
    const order = Object.keys(this.table);
    const place = (field: string) => {
      const at = order.indexOf(field);
      return at < 0 ? order.length : at;
    };
    host.errors = serverErrors(failure.fieldErrors, fieldNames).sort((a, b) => place(a.field) - place(b.field));
    host.focusSoon('error-summary');
  }

  /** Back to editing a new, empty submission. */
  reset(): void {
    this.sent = undefined;
    this.submission.reset();
  }

  /** While a request is made, a click or key that would change a checkbox or radio button does nothing. */
  keepChoice(event: Event): void {
    if (this.phase === 'sending' && lockedChoice(event)) event.preventDefault();
  }

  /** The time a busy server gave, while a send waits for it ("Try again" or Send pressed before then). */
  private get waitingUntil(): number | undefined {
    const { phase, failure } = this.submission;
    const until = phase === 'sending' && failure?.kind === 'busy' ? failure.retryAt : undefined;
    return until !== undefined && until > Date.now() ? until : undefined;
  }

  /** The status line while a send waits for a busy server (not "Sending…": nothing is sent yet); else undefined. */
  statusText(): string | undefined {
    const until = this.waitingUntil;
    if (until === undefined) return undefined;
    const when = waitText(until, this.host.context()?.locale ?? 'en');
    return msg(str`Waiting for the server: the form will be sent by itself ${when}.`);
  }

  /** Why sending failed, with "Try again" when it can help; field errors from the server are in the summary instead. */
  renderFailure(retry: () => void): TemplateResult | typeof nothing {
    const { phase, failure } = this.submission;
    // "Try again" before the time a busy server gave waits for it: the reason stays in view.
    const waiting = this.waitingUntil !== undefined;
    if (!failure || failure.kind === 'invalid' || (phase !== 'failed' && !waiting)) return nothing;
    const ctx = this.host.context();
    const text = this.hooks.failureMessage?.(failure, ctx) ?? failureText(failure, ctx?.locale ?? 'en');
    return failureTemplate(text, canRetry(failure) ? retry : undefined, waiting);
  }

  /** The GOV.UK error summary of the form's errors (validation's or the server's). */
  renderSummary(errors: FieldError[]): TemplateResult | typeof nothing {
    const { host: element } = this;
    const hasField = (field: string) => field in this.table;
    return errorSummaryTemplate(summaryErrors(errors, hasField), hasField, (event, field) =>
      focusField(element.renderRoot, event, field),
    );
  }

  /** The confirmation of what was sent. */
  renderSent(current: FieldContext<V, S>): TemplateResult | undefined {
    const { sent } = this;
    if (!sent) return undefined;
    const ctx = this.host.context(sent.values) ?? current;
    const rows = rowsOf(this.table, ctx);
    return this.hooks.renderSent(this.host, ctx, { ...sent, rows, reset: () => this.host.reset() });
  }
}
