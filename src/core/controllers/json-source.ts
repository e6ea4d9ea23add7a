import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadError } from '../data/problems.js';
import { describeLoadError, describeSkipped, errorSource } from '../data/problems.js';
import { emit } from '../events.js';
import { warnOnce } from '../element.js';
import { absoluteUrl, fetchJson, hasFallbackContent, inlineJson, srcSeenEarly, toLoadError } from '../data/source.js';
import type { Checked, Issue } from '../data/validate.js';
import { parseJson } from '../data/parse-json.js';

/** Where a JSON source is. `loading` is a state of its own, never an empty error. */
export type SourceState<T> =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; value: T; issues: Issue[]; source: string }
  | { status: 'error'; error: LoadError };

/** `detail` of `city-load`. */
export interface LoadEventDetail {
  /** The URL loaded, or `inline` / `property` / `attributes`. */
  source: string;
}

/** `detail` of `city-error`. */
export interface ErrorEventDetail {
  source: string;
  /** HTTP status when the server answered with an error. */
  status?: number;
  /** An English description, for logs. */
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'city-load': CustomEvent<LoadEventDetail>;
    'city-error': CustomEvent<ErrorEventDetail>;
  }
}

/** What the source reads on each update; a change of any of them loads again. */
export interface SourceArgs {
  /** The `.data` property: wins over everything. */
  data: unknown;
  /** The `src` attribute: used when there is neither `.data` nor an inline script. */
  src?: string;
  /** Anything else whose change means "build the model again" (e.g. attributes of an attribute-only badge). */
  extra?: readonly unknown[];
}

export interface JsonSourceOptions<T> {
  args(): SourceArgs;
  /**
   * Validates parsed JSON into the model, reporting problems by JSON path. A
   * promise (a long list checked in slices, so no task blocks the page) keeps
   * the state at `loading` until it settles; one that rejects (the checker's
   * code did not load) is a loading error with a retry.
   */
  check(json: unknown): Checked<T> | Promise<Checked<T>>;
  /** A model without any JSON (attributes alone), when the element allows it. */
  fallback?(): Checked<T> | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

const sameArgs = (a: SourceArgs, b: SourceArgs): boolean =>
  a.data === b.data &&
  a.src === b.src &&
  (a.extra ?? []).length === (b.extra ?? []).length &&
  (a.extra ?? []).every((value, index) => Object.is(value, b.extra?.[index]));

/**
 * Loads an element's JSON, modelled on `@lit/task` (arguments, an AbortSignal,
 * a status per outcome) without its bytes: the `.data` property, else an
 * inline `<script type="application/json">` child, else `src`, fetched once per
 * URL for the whole page. A newer source aborts the stale request; every
 * outcome fires a typed `city-load` or `city-error` on the host.
 */
export class JsonSource<T> implements ReactiveController {
  state: SourceState<T> = { status: 'idle' };
  /** Whether the host has light-DOM content to show while loading. */
  hasFallback = false;

  private lastArgs?: SourceArgs;
  private request?: AbortController;
  /** A check that takes its time (its code or the country names are on their way); settles with it. */
  checking?: Promise<unknown>;
  /** After "Try again", focus follows into the result so keyboard users are not dropped to <body>. */
  private focusAfterLoad = false;
  private reported?: unknown;
  /** The request asked for at connection, until the first load joins it. */
  private early?: AbortController;
  private earlyTimer?: ReturnType<typeof setTimeout>;
  /** The abort of a disconnected element's requests, due in the next task unless it comes back. */
  private leaving?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: Host,
    private readonly options: JsonSourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hasFallback = hasFallbackContent(this.host);
    // Moved in the page (out and back within a task): its request goes on.
    const moved = this.leaving !== undefined;
    clearTimeout(this.leaving);
    this.leaving = undefined;
    // Back in the page after its request was aborted (it was out for longer): ask again.
    if (this.state.status === 'loading' && this.lastArgs && !moved) this.reload();
    // In a task of its own: a request costs 8–20 ms on a slow phone (4× CPU), and with the shadow
    // root and its styles, connecting made a long task.
    else if (this.state.status === 'idle') this.earlyTimer = setTimeout(() => this.askEarly());
    // An update that ran while the element was out of the page asked for nothing (hostUpdate): now it may.
    if (!this.lastArgs || !sameArgs(this.options.args(), this.lastArgs)) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.earlyTimer);
    // Not at once: a widget moved in the page (a CMS reordering blocks, a framework re-parenting it)
    // is out and back within a task, and aborting made it fetch its data twice.
    this.leaving = setTimeout(() => {
      this.leaving = undefined;
      this.request?.abort();
      this.early?.abort();
      this.early = undefined;
    });
  }

  /**
   * Asks for `src` as the element connects. A widget in another language
   * waits for its texts before its first update; its data need not wait with
   * it. The load in that update joins the same request (fetchJson shares it).
   */
  private askEarly(): void {
    // The first update may have come first, and asked (or this was asked before a move).
    if (this.state.status !== 'idle' || this.early) return;
    const { data, src } = this.options.args();
    // An element in the page before its file ran had its src seen to there (core/data/early.ts).
    if (srcSeenEarly.has(this.host) || data !== undefined || !src || inlineJson(this.host) !== undefined) return;
    const early = (this.early = new AbortController());
    fetchJson(absoluteUrl(src, this.host.ownerDocument.baseURI), early.signal).catch(() => undefined);
  }

  hostUpdate(): void {
    // Lit still runs an update that was due when the element left the page: no request for a widget
    // no one sees (a CMS preview or a single-page app that adds and removes it at once).
    if (!this.host.isConnected) return;
    const args = this.options.args();
    if (this.lastArgs && sameArgs(args, this.lastArgs)) return;
    this.lastArgs = args;
    this.reload();
  }

  hostUpdated(): void {
    if (!this.focusAfterLoad) return;
    // Only a focus still in the widget (or lost with the node that had it) is moved: a reader who
    // went on elsewhere while it loaded keeps their place.
    const active = this.host.ownerDocument.activeElement;
    if (active && active !== this.host.ownerDocument.body && !this.host.matches(':focus-within')) {
      this.focusAfterLoad = false;
      return;
    }
    const root = this.host.shadowRoot ?? this.host;
    if (this.state.status === 'loading') {
      // The retry button is gone while it loads: its loading state holds the focus, not <body>.
      const loading = root.querySelector<HTMLElement>('[part~="loading"]');
      if (loading) loading.tabIndex = -1;
      return loading?.focus();
    }
    this.focusAfterLoad = false;
    const target =
      root.querySelector<HTMLElement>('[part~="retry-button"]') ??
      root.querySelector<HTMLElement>('[part~="base"], [part~="error"], [part~="empty"]');
    if (target && target.localName !== 'button') target.tabIndex = -1;
    target?.focus();
  }

  /** Reads the source again; `fresh` (the retry button) skips the page-wide cache and moves focus after. */
  reload(fresh = false): void {
    // The load below joins the request asked for at connection (same URL); then that one lets go.
    const early = this.early;
    this.early = undefined;
    try {
      this.focusAfterLoad = fresh;
      this.request?.abort();
      this.request = undefined;
      const { data, src } = (this.lastArgs = this.options.args());
      const request = (this.request = new AbortController());
      if (data !== undefined) return this.accept(data, 'property', request.signal);
      const inline = inlineJson(this.host);
      if (inline !== undefined) {
        const parsed = parseJson(inline);
        return parsed.error !== undefined
          ? this.fail({ kind: 'json', source: 'inline <script type="application/json">', message: parsed.error })
          : this.accept(parsed.value, 'inline', request.signal);
      }
      if (!src) return this.idle();
      const url = absoluteUrl(src, this.host.ownerDocument.baseURI);
      this.set({ status: 'loading', url });
      fetchJson(url, request.signal, fresh).then(
        (json) => request.signal.aborted || this.accept(json, url, request.signal),
        (error: unknown) => request.signal.aborted || this.fail(toLoadError(error, url)),
      );
    } finally {
      early?.abort();
    }
  }

  /** Checks the JSON now, or, for a check that takes its time, when it is done (unless a newer source took over). */
  private accept(json: unknown, source: string, signal: AbortSignal): void {
    const checked = this.options.check(json);
    if (!(checked instanceof Promise)) return this.settle(checked, source);
    this.set({ status: 'loading', url: source });
    // A check that could not run (its code did not load) is a loading failure, worth a retry.
    const checking = checked.then(
      (result) => signal.aborted || this.settle(result, source),
      (error: unknown) =>
        signal.aborted ||
        // The browser names the module that did not come ("Failed to fetch dynamically imported module: <url>").
        this.fail({
          kind: 'network',
          url: /\bhttps?:\/\/\S+/.exec(String(error))?.[0] ?? source,
          message: String(error),
        }),
    );
    this.checking = checking;
    void checking.then(() => this.checking === checking && (this.checking = undefined));
  }

  private idle(): void {
    const fromAttributes = this.options.fallback?.();
    if (fromAttributes) return this.settle(fromAttributes, 'attributes');
    this.set({ status: 'idle' });
  }

  private settle(checked: Checked<T>, source: string): void {
    if (checked.value === undefined) return this.fail({ kind: 'invalid', source, issues: checked.issues });
    this.set({ status: 'ready', value: checked.value, issues: checked.issues, source });
    // Once per checked document: a re-render with the same data does not repeat the report.
    if (checked.issues.length > 0 && this.reported !== checked) {
      this.reported = checked;
      const report = describeSkipped(this.host.localName, source, checked.issues);
      // A file's report comes once a page, however many widgets read it (four badges said it four
      // times); a widget's own data (`.data`, inline) is reported each time it is given.
      if (source === 'property' || source === 'inline') console.warn(report);
      else warnOnce(report);
    }
    emit<LoadEventDetail>(this.host, 'city-load', { source });
  }

  private fail(error: LoadError): void {
    this.set({ status: 'error', error });
    const message = describeLoadError(error);
    console.warn(`<${this.host.localName}>: ${message}`);
    emit<ErrorEventDetail>(this.host, 'city-error', {
      source: errorSource(error),
      status: error.kind === 'http' ? error.status : undefined,
      message,
    });
  }

  private set(state: SourceState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
