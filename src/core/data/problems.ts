import type { Issue } from './validate.js';

/** Why data could not be shown. */
export type LoadError =
  | {
      kind: 'network';
      url: string;
      message: string;
      /** The URL is on another origin (CORS may block it). */ crossOrigin?: boolean;
      /** The server did not answer within the time limit: a busy server rather than a lost connection. */
      timeout?: boolean;
    }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'json'; source: string; message: string }
  | { kind: 'invalid'; source: string; issues: Issue[] };

/**
 * A network failure or a server error is worth retrying; a 404 or bad JSON is not.
 * The statuses are net/attempt.ts's `isRetryable` rule, written again: imported from
 * there, it made the kit load one more shared chunk at once (24.1 KB in 19 files
 * against 23.8 KB in 18). A change to either rule is a change to both.
 */
export const isRetryable = (error: LoadError): boolean =>
  error.kind === 'network' ||
  (error.kind === 'http' && (error.status >= 500 || error.status === 429 || error.status === 408));

/**
 * A busy server (429, or 503): the loader waits out its `Retry-After` before asking again,
 * and readers are told it is busy.
 */
export const isBusy = (status: number): boolean => status === 429 || status === 503;

/** The URL or source name the error is about. */
export const errorSource = (error: LoadError): string =>
  error.kind === 'network' || error.kind === 'http' ? error.url : error.source;

/** One problem per line, `  path: message`: the format of every console report. */
export const describeIssues = (issues: readonly Issue[]): string =>
  issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');

/** An English description of a load error, for the console and the `city-error` event. */
export function describeLoadError(error: LoadError): string {
  switch (error.kind) {
    case 'network':
      return error.crossOrigin
        ? `could not read ${error.url} (${error.message}); the other site may not allow reading it from this page (CORS)`
        : `could not reach ${error.url} (${error.message})`;
    case 'http':
      return `${error.url} answered HTTP ${error.status}`;
    case 'json':
      return `${error.source} is not valid JSON: ${error.message}`;
    case 'invalid':
      return `the data from ${error.source} does not match the format:\n${describeIssues(error.issues)}`;
  }
}

/** The console report of data that was usable with some parts skipped. */
export const describeSkipped = (tagName: string, source: string, issues: readonly Issue[]): string =>
  `<${tagName}>: ${issues.length} problem(s) in the data from ${source}:\n${describeIssues(issues)}`;
