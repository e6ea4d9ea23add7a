import { nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { CityElement } from '../element.js';
import type { SourceState } from '../controllers/json-source.js';
import { JsonSource } from '../controllers/json-source.js';
import type { Checked, Issue } from './validate.js';
import { renderHeld } from './light-dom.js';
import type { IssueViews } from './status.js';
import { renderEmpty, renderError, renderIssues, renderLoading, renderNoSource } from './status.js';
import { LazyModule } from '../lazy.js';

export type { ErrorEventDetail, LoadEventDetail } from '../controllers/json-source.js';

/** The lists of problems by JSON path, loaded once data has some to show. */
const issueViews = new LazyModule<IssueViews>(() => import('./issue-list.js'));

/** How long loading goes on before the skeleton shows. */
const loadingDelayMs = 200;

/**
 * How long a widget may wait for its data before the console says it has none:
 * a page may set `.data` a moment later (a framework's effect, its own fetch).
 */
const noDataWarningMs = 2000;

/**
 * A widget whose content is JSON: the `src` and `data` it documents, and a
 * {@link JsonSource} that loads them, plus the status rendering every data
 * widget shares. The loading itself lives in the controller.
 */
export abstract class CityDataElement<T> extends CityElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
  };

  /** URL of the JSON data (same origin, or a host that allows CORS). */
  src?: string;

  /** The data as an object; takes precedence over an inline script and `src`. */
  data?: unknown;

  protected readonly source = new JsonSource<T>(this, {
    args: () => ({ data: this.data, src: this.src, extra: this.sourceExtra() }),
    check: (json) => this.check(json),
    fallback: () => this.modelFromAttributes(),
  });

  /** The error shown in place of the content (renderEmptyList, a badge whose entry is unusable), which then needs no notice of skipped entries. */
  private skippedAll?: TemplateResult;
  private firstTask?: Promise<unknown>;
  /** Whether the loading state may show: after a moment of loading (see renderData). */
  private loadingDue = false;
  private loadingTimer?: ReturnType<typeof setTimeout>;
  private noDataTimer?: ReturnType<typeof setTimeout>;

  /**
   * The first update waits for a task of its own. Connecting asks for the
   * data and the code (and parses the styles); with the first render in the
   * same task, the two made a long task on a slow phone (4× CPU).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return (this.firstTask ??= new Promise((resolve) => setTimeout(resolve))).then(() => super.scheduleUpdate());
  }

  /** `updateComplete` includes a check under way, so a `.data` widget has rendered its content. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.source.checking ?? (issueViews.module ? undefined : issueViews.pending);
    return pending
      ? pending.then(
          () => this.getUpdateComplete(),
          () => done,
        )
      : done;
  }

  /** Validates parsed JSON into the widget's model, reporting problems by JSON path. */
  protected abstract check(json: unknown): Checked<T> | Promise<Checked<T>>;

  /** A model built from attributes alone, for widgets that allow it. */
  protected modelFromAttributes(): Checked<T> | undefined {
    return undefined;
  }

  /** Values besides `src`/`data` whose change rebuilds the model (attribute-only widgets). */
  protected sourceExtra(): readonly unknown[] {
    return [];
  }

  /** The source's state, with the model as `model` (the shape the widgets render from). */
  protected get dataState(): SourceState<T> & { model?: T } {
    const state = this.source.state;
    return state.status === 'ready' ? { ...state, model: state.value } : state;
  }

  /**
   * The issue lists, asked for the first time data has problems to show
   * (until they come, a sentence without the list shows).
   */
  private issueViews(): IssueViews | undefined {
    if (!issueViews.module)
      issueViews.load().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    return issueViews.module;
  }

  /** Re-reads the data source (`fresh` skips the page-wide cache, as "Try again" does). */
  reload(fresh = false): void {
    this.source.reload(fresh);
  }

  /**
   * An empty list: when entries were there but every one was skipped, the
   * problems as a format error (a blank list would hide them); else `text`.
   */
  protected renderEmptyList(text: string): TemplateResult {
    const state = this.source.state;
    const issues = state.status === 'ready' ? state.issues : [];
    return issues.length === 0 ? renderEmpty(text) : this.renderSkipped(issues);
  }

  /**
   * Entries that were all skipped (or the one a widget was asked for): their
   * problems as a format error in place of the content, which then needs no
   * notice of skipped entries under it.
   */
  protected renderSkipped(issues: Issue[]): TemplateResult {
    const state = this.source.state;
    return (this.skippedAll = renderError(
      { kind: 'invalid', source: state.status === 'ready' ? state.source : 'data', issues },
      this.editor,
      undefined,
      this.issueViews(),
    ));
  }

  /**
   * Whether the skeleton shows now: not in the first moment of loading, which
   * holds its height empty. Data that comes within it is shown at once, with
   * no skeleton first: a loading state for a blink is noise to the eye, and
   * its text and lines delayed the content by tens of ms on a slow phone. The
   * light-DOM fallback is not held back (it would vanish for that moment),
   * nor the state on a later load.
   */
  private loadingShows(): boolean {
    this.loadingTimer ??= setTimeout(() => {
      this.loadingDue = true;
      if (this.source.state.status === 'loading') this.requestUpdate();
    }, loadingDelayMs);
    return this.loadingDue;
  }

  /** The problems that concern what the widget shows: all, unless it shows a part of its data. */
  protected shownIssues(issues: Issue[]): Issue[] {
    return issues;
  }

  /**
   * Renders loading, error and "no data configured", or the model through
   * `renderModel` with a notice of skipped problems, if any.
   */
  protected renderData(renderModel: (model: T) => TemplateResult | TemplateResult[], skeletonLines = 3): unknown {
    const state = this.source.state;
    // The skeleton's height is held empty until it shows (no text to lay out, no lines to animate).
    if (this.textsPending) return renderHeld(this.source.hasFallback);
    switch (state.status) {
      case 'loading':
        return this.source.hasFallback || this.loadingShows()
          ? renderLoading(this.source.hasFallback, skeletonLines)
          : renderHeld(false);
      case 'error':
        return renderError(
          state.error,
          this.editor,
          () => this.source.reload(true),
          state.error.kind === 'invalid' ? this.issueViews() : undefined,
        );
      case 'idle':
        this.noDataTimer ??= setTimeout(() => {
          if (this.isConnected && this.source.state.status === 'idle') {
            console.warn(
              `<${this.localName}> has no data: set src, the .data property or an inline <script type="application/json">.`,
            );
          }
        }, noDataWarningMs);
        return renderNoSource(this.localName, this.editor);
      case 'ready': {
        const content = renderModel(state.value);
        const issues = content === this.skippedAll ? [] : this.shownIssues(state.issues);
        return [content, issues.length ? renderIssues(issues, this.editor, this.issueViews()) : nothing];
      }
    }
  }
}
