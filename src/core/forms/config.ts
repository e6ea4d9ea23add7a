import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { SourceState } from '../controllers/json-source.js';
import { JsonSource } from '../controllers/json-source.js';
import { describeLoadError, errorSource } from '../data/problems.js';
import type { Checked, Issue } from '../data/validate.js';
import type { FormHooks, FormSender } from './sending.js';
import { addStyles } from '../styles/add-styles.js';
import { issueListStyles } from '../styles/data.css.js';

/** The configuration in use, the problems found in it, and why it could not be used at all. */
export interface LoadedConfig<C> {
  config: C;
  issues: Issue[];
  problem?: string;
}

/**
 * What a form loads apart from itself, when a person starts on it or when it
 * has a JSON configuration: the sender with the form's sending hooks (its
 * fields' rules among them), the configuration loader and the form's checker.
 */
export interface LazyFormModule<V, C, S> {
  FormSender: typeof FormSender;
  hooks: FormHooks<V, S>;
  FormConfigController: typeof FormConfigController;
  check: (json: unknown) => Checked<C>;
}

/**
 * A form's optional JSON configuration, read through the same JsonSource as
 * every data element (source order, shared request, abort, retry policy,
 * typed `city-load`/`city-error`). A form that cannot read its configuration
 * still works with its defaults and says what went wrong.
 */
export class FormConfigController<C> implements ReactiveController {
  private readonly source: JsonSource<C>;
  private derived?: { state: SourceState<C>; loaded?: LoadedConfig<C> };
  private readonly root: ShadowRoot | HTMLElement;
  /** Whether the submit button is still to take the focus back (see `readOnSend`). */
  private focusSubmit: boolean;

  /**
   * `readOnSend`: read on "Send", after the code that reads them could not be
   * loaded when the form appeared. The form then shows its settings (its
   * fields may change) and sends nothing yet: it says so until the form is
   * sent, and the submit button takes the focus back once the form is shown
   * again.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement & { data?: unknown; src?: string },
    check: (json: unknown) => Checked<C>,
    private readonly empty: () => C,
    private readOnSend = false,
  ) {
    this.source = new JsonSource<C>(host, { args: () => ({ data: host.data, src: host.src }), check });
    this.root = host.shadowRoot ?? host;
    this.focusSubmit = readOnSend;
    host.addController(this);
    // The note is for the next "Send": gone once the form is sent.
    if (readOnSend) {
      host.addEventListener(
        'city-submit',
        () => {
          this.readOnSend = false;
          host.requestUpdate();
        },
        { once: true },
      );
    }
  }

  hostUpdated(): void {
    const submit = this.focusSubmit && this.loaded && this.root.querySelector<HTMLElement>('#submit-button');
    if (!submit) return;
    this.focusSubmit = false;
    submit.focus();
  }

  /** Whether the host has light-DOM content to show while loading. */
  get hasFallback(): boolean {
    return this.source.hasFallback;
  }

  /** Undefined while the configuration loads. */
  get loaded(): LoadedConfig<C> | undefined {
    const state = this.source.state;
    if (this.derived?.state !== state) this.derived = { state, loaded: this.derive(state) };
    return this.derived.loaded;
  }

  /** Problems in the configuration: the form still works with its defaults. */
  renderIssues(): TemplateResult | typeof nothing {
    const { problem, issues = [] } = this.loaded ?? {};
    const read = this.readOnSend
      ? html`<p part="status" class="issues" role="status">
          ${msg('The settings are loaded now. Check the form, then send it again.')}
        </p>`
      : nothing;
    if (!problem && issues.length === 0) return read;
    addStyles(this.root, issueListStyles);
    return html`${read}
      <details part="issues" class="issues">
        <summary>${msg('This form has problems in its settings; it works with its defaults.')}</summary>
        <ul class="issue-list">
          ${problem ? html`<li>${problem}</li>` : nothing}
          ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
        </ul>
      </details>`;
  }

  private derive(state: SourceState<C>): LoadedConfig<C> | undefined {
    switch (state.status) {
      case 'loading':
        return undefined;
      case 'ready':
        return { config: state.value, issues: state.issues };
      case 'idle':
        return { config: this.empty(), issues: [] };
      case 'error': {
        const { error } = state;
        const invalid = error.kind === 'invalid';
        return {
          config: this.empty(),
          issues: invalid ? error.issues : [],
          problem: invalid ? `${errorSource(error)}: it does not have the expected format` : describeLoadError(error),
        };
      }
    }
  }
}
