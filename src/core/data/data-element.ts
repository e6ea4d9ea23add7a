import { property, state } from 'lit/decorators.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { CityElement } from '../element.js';
import type { LoadError } from './source.js';
import { describeLoadError, hasFallbackContent, readSource } from './source.js';
import type { Checked, Issue } from './validate.js';
import { renderEmpty, renderError, renderIssues, renderLoading, renderNoSource } from './status.js';

/** What a data-driven widget is showing. */
export type DataState<T> =
  | { status: 'empty-config' }
  | { status: 'loading' }
  | { status: 'error'; error: LoadError }
  | { status: 'ready'; model: T; issues: Issue[] };

export interface LoadEventDetail {
  /** The URL loaded, or `inline` / `property`. */
  source: string;
}

export interface ErrorEventDetail {
  source: string;
  /** HTTP status when the server answered with an error. */
  status?: number;
  message: string;
}

/**
 * A widget whose content comes from JSON: the `.data` property, else an inline
 * `<script type="application/json">` child, else the `src` URL.
 * A newer source aborts the stale request; problems become readable states.
 */
export abstract class CityDataElement<T> extends CityElement {
  /** URL of the JSON data (same origin, or a host that allows CORS). */
  @property({ reflect: true }) src?: string;

  /** The data as an object; takes precedence over an inline script and `src`. */
  @property({ attribute: false }) data?: unknown;

  @state() protected dataState: DataState<T> = { status: 'loading' };

  private abortController?: AbortController;
  /** After "Try again", focus follows into the result so keyboard users are not dropped to <body>. */
  private focusAfterLoad = false;
  private hasFallback = false;
  private warnedFor?: unknown;

  /** Validates parsed JSON into the widget's model, reporting problems by JSON path. */
  protected abstract check(json: unknown): Checked<T>;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusAfterLoad || this.dataState.status === 'loading') return;
    this.focusAfterLoad = false;
    const target =
      this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]') ??
      this.renderRoot.querySelector<HTMLElement>('[part~="base"], [part~="error"], [part~="empty"]');
    if (target && target.localName !== 'button') target.tabIndex = -1;
    target?.focus();
  }

  /** A model built from attributes alone, for widgets that allow it. */
  protected modelFromAttributes(): Checked<T> | undefined {
    return undefined;
  }

  /** Re-reads the data source (the retry button calls this; `fresh` skips the cache). */
  reload(fresh = false): void {
    this.focusAfterLoad = fresh;
    this.abortController?.abort();
    this.abortController = readSource(
      this,
      this.data,
      this.src,
      {
        loading: () => (this.dataState = { status: 'loading' }),
        json: (json, source) => this.settle(this.check(json), source),
        error: (error) => this.fail(error),
        none: () => {
          const fromAttributes = this.modelFromAttributes();
          if (fromAttributes) {
            this.settle(fromAttributes, 'attributes');
          } else {
            this.dataState = { status: 'empty-config' };
            console.warn(
              `<${this.localName}> has no data: set src, the .data property or an inline <script type="application/json">.`,
            );
          }
        },
      },
      fresh,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasFallback = hasFallbackContent(this);
    // Moved in the page while loading: the request was aborted on disconnect, so ask again.
    if (this.hasUpdated && this.dataState.status === 'loading') this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abortController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('src') || changed.has('data') || this.attributesChanged(changed)) {
      this.reload();
    }
  }

  /** Whether a change of attributes means the model must be rebuilt (attribute-only widgets). */
  protected attributesChanged(_changed: PropertyValues<this>): boolean {
    return false;
  }

  private settle(checked: Checked<T>, source: string): void {
    if (checked.value === undefined) {
      this.fail({ kind: 'invalid', source, issues: checked.issues });
      return;
    }
    this.dataState = { status: 'ready', model: checked.value, issues: checked.issues };
    if (checked.issues.length > 0 && this.warnedFor !== checked) {
      this.warnedFor = checked;
      console.warn(
        `<${this.localName}>: ${checked.issues.length} problem(s) in the data from ${source}:\n` +
          checked.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n'),
      );
    }
    this.emit<LoadEventDetail>('city-load', { source });
  }

  private fail(error: LoadError): void {
    this.dataState = { status: 'error', error };
    const source = error.kind === 'network' || error.kind === 'http' ? error.url : error.source;
    const message = describeLoadError(error);
    console.warn(`<${this.localName}>: ${message}`);
    this.emit<ErrorEventDetail>('city-error', {
      source,
      status: error.kind === 'http' ? error.status : undefined,
      message,
    });
  }

  /**
   * An empty list: when entries were there but every one was skipped, the
   * problems as a format error (a blank list would hide them); else `text`.
   */
  protected renderEmptyList(text: string): TemplateResult {
    const issues = this.dataState.status === 'ready' ? this.dataState.issues : [];
    return issues.length > 0
      ? renderError({ kind: 'invalid', source: this.src ?? 'data', issues }, undefined)
      : renderEmpty(text);
  }

  /**
   * Renders loading, error and the "no data configured" states, or the model
   * through `renderModel` (with a notice of skipped problems, if any).
   */
  protected renderData(renderModel: (model: T) => TemplateResult | TemplateResult[], skeletonLines = 3): unknown {
    const state = this.dataState;
    switch (state.status) {
      case 'loading':
        return renderLoading(this.hasFallback, skeletonLines);
      case 'error':
        return renderError(state.error, () => this.reload(true));
      case 'empty-config':
        return renderNoSource(this.localName);
      case 'ready':
        return [renderModel(state.model), renderIssues(state.issues)];
    }
  }
}
