import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchWithRetry, RequestFailure } from '../net/retry.js';
import type { Encoding, Payload } from '../forms/submit.js';
import { encodeBody, newSubmissionId } from '../forms/submit.js';
import type { SendFailure, SendOutcome } from './submission-answer.js';
import { readAnswer } from './submission-answer.js';

export type { SendFailure, SendOutcome, ServerFieldError } from './submission-answer.js';

/** Where a submission is: being filled in, sending (or waiting to), sent, or failed (fields kept). */
export type SubmissionPhase = 'editing' | 'sending' | 'sent' | 'failed';

export interface SendRequest {
  /** The endpoint, absolute or relative to `base`. */
  action: string;
  base: string;
  encoding: Encoding;
  payload: Payload;
  /** Sent with the payload but not part of what identifies the submission (e.g. the fill time). */
  extra?: Payload;
  /** Renames body fields for form encoding, e.g. `{ email: 'EMAIL' }`. */
  fieldNames?: Record<string, string>;
  /** Time limit of one attempt, in ms. */
  timeoutMs: number;
  /** Attempts in all (the first included). */
  attempts: number;
  /** Not sent before this time (epoch ms): the minimum fill time, or a server's Retry-After. */
  notBefore?: number;
}

/** The endpoint a submission goes to, absolute: what it is sent to, and what a lost answer is kept under. */
export const endpointUrl = (action: string, base: string): string => new URL(action, base).href;

/** Answers that leave open whether the server stored the request. */
const uncertain = (outcome: SendOutcome): boolean =>
  !outcome.ok && (outcome.kind === 'network' || outcome.kind === 'timeout' || outcome.kind === 'http');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === globalThis.location?.origin;
  } catch {
    return false;
  }
}

/**
 * Sends a form's submissions. One idempotency key per submission (header
 * `Idempotency-Key` and body `submissionId`), kept across retries of the same
 * values so the server stores the request once. Values edited after an answer
 * was lost go out as a new submission under a new key whose `replaces` names
 * the first key that may be stored: the confirmation then shows exactly what
 * the server stored under the key it confirmed.
 */
export class SubmissionController implements ReactiveController {
  phase: SubmissionPhase = 'editing';
  /** The last failure, while `phase` is `failed`. */
  failure?: SendFailure;
  /** The confirmed submission, while `phase` is `sent`. */
  sent?: { payload: Payload; outcome: Extract<SendOutcome, { ok: true }> };

  /** The idempotency key of the values now in the form. */
  key = newSubmissionId();
  /** The first key of this submission that the server may have stored, if an answer was lost. */
  private replaces?: string;
  private lastBody?: string;
  private sendingSince = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True while a send is under way or was started less than a second ago (a double click). */
  get busy(): boolean {
    return this.phase === 'sending' || Date.now() - this.sendingSince < 1000;
  }

  /**
   * The key and `replaces` the given values will be sent under (a new key when they changed). With
   * the endpoint `url`, a lost answer from before a reload of the page counts too: the same values
   * go out under its key again, edited ones name it in `replaces`.
   */
  prepare(payload: Payload, url?: string): { submissionId: string; replaces?: string } {
    const body = JSON.stringify(payload);
    const lost = url && this.lastBody === undefined && !this.replaces && this.lost(url);
    if (lost) {
      this.replaces = lost.key;
      if (lost.body === body) this.key = lost.key;
    }
    if (this.lastBody !== undefined && this.lastBody !== body) {
      this.key = newSubmissionId();
      this.lastBody = undefined;
    }
    return { submissionId: this.key, replaces: this.replaces };
  }

  /** Sends `request.payload` (after {@link prepare}); resolves with the outcome, also kept in `failure`/`sent`. */
  async send(request: SendRequest): Promise<SendOutcome> {
    const url = endpointUrl(request.action, request.base);
    const { submissionId, replaces } = this.prepare(request.payload, url);
    this.set('sending');
    this.sendingSince = Date.now();
    const wait = (request.notBefore ?? 0) - Date.now();
    if (wait > 0) await sleep(wait);
    const json = request.encoding !== 'form';
    const { body, contentType } = encodeBody(
      { ...request.payload, ...request.extra, submissionId, replaces },
      json ? 'json' : 'form',
      request.fieldNames,
    );
    const headers: Record<string, string> = { 'Content-Type': contentType, Accept: 'application/json' };
    // A custom header makes a cross-origin request preflighted, which a plain
    // form endpoint of a mail service refuses: form encoding to another origin
    // carries the key in the body only.
    if (json || sameOrigin(url)) headers['Idempotency-Key'] = submissionId;
    this.lastBody = JSON.stringify(request.payload);
    let outcome: SendOutcome;
    try {
      const result = await fetchWithRetry(
        url,
        { method: 'POST', headers, body, credentials: 'same-origin' },
        { attempts: request.attempts, timeoutMs: request.timeoutMs },
      );
      outcome = readAnswer(result, json);
    } catch (error) {
      outcome =
        error instanceof RequestFailure
          ? { ok: false, kind: error.kind, message: error.message }
          : { ok: false, kind: 'network', message: String(error) };
    }
    this.sendingSince = 0;
    if (outcome.ok) {
      this.sent = { payload: request.payload, outcome };
      this.failure = undefined;
      this.renew();
      this.lost(url, null);
      this.set('sent');
    } else {
      if (uncertain(outcome)) {
        this.replaces ??= submissionId;
        this.lost(url, { key: this.replaces, body: this.lastBody });
      }
      this.failure = outcome;
      this.set('failed');
    }
    return outcome;
  }

  /** A failure that happened before sending (e.g. no address): shown like any other. */
  fail(outcome: SendFailure): void {
    this.failure = outcome;
    this.set('failed');
  }

  /** Confirmed without a request (the e-mail fallback). */
  confirm(payload: Payload): void {
    this.sent = { payload, outcome: { ok: true, status: 0, body: undefined } };
    this.set('sent');
  }

  /** Back to editing a new, empty submission. */
  reset(): void {
    this.failure = undefined;
    this.sent = undefined;
    this.renew();
    this.set('editing');
  }

  /**
   * The first key of a request to `url` whose answer was lost (and the values sent under it), kept
   * in sessionStorage: the person may reload the page (the draft brings the values back) and send
   * again. Sets it, or clears it with null; storage that is blocked keeps it for the page's life only.
   */
  private lost(url: string, lost?: { key: string; body?: string } | null): { key: string; body?: string } | undefined {
    try {
      const item = `city-lost-answer:${(this.host as unknown as Element).localName}:${url}`;
      if (lost === undefined)
        return (JSON.parse(sessionStorage.getItem(item) ?? 'null') as { key: string }) ?? undefined;
      if (lost) sessionStorage.setItem(item, JSON.stringify(lost));
      else sessionStorage.removeItem(item);
    } catch {
      // blocked or damaged: as before a reload
    }
    return undefined;
  }

  private renew(): void {
    this.key = newSubmissionId();
    this.replaces = undefined;
    this.lastBody = undefined;
  }

  private set(phase: SubmissionPhase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}
