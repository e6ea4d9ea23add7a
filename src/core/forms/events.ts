import type { SendFailure, ServerFieldError } from '../controllers/submission.js';
import type { Encoding, Payload } from './submit.js';

/** `detail` of `city-submit` (cancellable: the host page can take the submission over). */
export interface SubmitEventDetail {
  payload: Payload;
  /** The idempotency key (also sent as the `Idempotency-Key` header and as `submissionId`). */
  submissionId: string;
  /** The first key of this submission that may be stored, when an answer was lost and the values changed since. */
  replaces?: string;
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
  /** `redirect`: the address answered with a web page (a sign-in page, a firewall) instead of taking the form. */
  reason: 'network' | 'timeout' | 'http' | 'redirect' | 'no-action';
  status?: number;
  message?: string;
  /** The server's field errors (422, problem+json). */
  fieldErrors?: ServerFieldError[];
  /** When the server allows another attempt (from `Retry-After` of a 429), in epoch ms. */
  retryAt?: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'city-submit': CustomEvent<SubmitEventDetail>;
    'city-submitted': CustomEvent<SubmittedEventDetail>;
    'city-submit-error': CustomEvent<SubmitErrorEventDetail>;
  }
}

/** The `city-submit-error` detail of a failure (429 and 422 keep the reason `http` they always had). */
export function errorDetail(detail: SubmitEventDetail, failure: SendFailure): SubmitErrorEventDetail {
  const { kind } = failure;
  return {
    ...detail,
    reason: kind === 'busy' || kind === 'invalid' ? 'http' : kind,
    status: 'status' in failure ? failure.status : undefined,
    message: 'message' in failure ? failure.message : undefined,
    fieldErrors: kind === 'invalid' ? failure.fieldErrors : undefined,
    retryAt: kind === 'busy' ? failure.retryAt : undefined,
  };
}
