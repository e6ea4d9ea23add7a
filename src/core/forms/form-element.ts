import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { CityElement, warnOnce } from '../element.js';
import { LazyModule } from '../lazy.js';
import { hasFallbackContent, inlineJson, renderHeld, renderLoading } from '../data/light-dom.js';
import { DraftsController } from '../controllers/drafts.js';
import type { FormConfigController, LazyFormModule, LoadedConfig } from './config.js';
import type { FieldContext, FieldError, FieldTable, FieldValue } from './field-table.js';
import { draftOf } from './field-table.js';
import { fieldsTemplate } from './fields.js';
import type { FormOptions } from './form-parts.js';
import { failureTemplate, honeypotTemplate, unreadSettingsTemplate } from './form-parts.js';
import type { FormSender, SendingHost } from './sending.js';
import type { Encoding } from './submit.js';

export type { SubmitErrorEventDetail, SubmitEventDetail, SubmittedEventDetail } from './events.js';
export type { LazyFormModule } from './config.js';

/**
 * What both forms share, as a thin base: the fields and the draft load with
 * the element. What is not needed to show the form and let a person type
 * loads apart: the JSON configuration (only when there is one) and the sending
 * code with the fields' rules, their validation among them (on the first
 * focus in the form, or when the page is idle; a submission before it has
 * arrived waits for it). A form supplies its field table (`V` names the
 * fields), the settings its table reads (`S`: the configuration `C` with
 * attributes applied) and those two imports.
 */
export abstract class CityFormElement<V extends object, C, S = C> extends CityElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    action: { reflect: true },
    encoding: { reflect: true },
    privacyUrl: { attribute: 'privacy-url' },
    minFillSeconds: { attribute: 'min-fill-seconds', type: Number },
    timeoutSeconds: { attribute: 'timeout-seconds', type: Number },
    retries: { type: Number },
    label: {},
    values: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    codeWait: { state: true, attribute: false },
  };

  /** URL of the optional JSON configuration (same origin, or a host that allows CORS). */
  src?: string;
  /** The configuration as an object; wins over an inline script and `src`. */
  data?: unknown;
  /** URL the form posts to. */
  action?: string;
  /** Body encoding: `json` (default) or `form` (`application/x-www-form-urlencoded`). */
  encoding: Encoding = 'json';
  /** Address of the privacy policy linked from the consent checkbox (overrides the JSON). */
  privacyUrl?: string;
  /** A submission sooner than this after the form appeared waits ("Sending…") until the time is up. */
  minFillSeconds = 3;
  /** Time limit of one attempt to send, in seconds. */
  timeoutSeconds = 10;
  /** Extra attempts after a network error, 408, 429 or a server error (5xx). */
  retries = 2;
  /** Accessible name of the form landmark; default: the submit button's text. */
  label?: string;

  protected values: Partial<V> = {};
  protected errors: FieldError[] = [];
  /** Waiting for the sending code after "Send", or it could not be loaded (every field kept). */
  private codeWait?: 'loading' | 'failed';

  protected abstract readonly table: FieldTable<V, S>;
  protected readonly drafts: DraftsController;
  private configuration?: FormConfigController<C>;
  private configLoad?: Promise<unknown>;
  /** The code that reads the configuration could not be loaded: the form shows its defaults (Send loads it again). */
  private unread = false;
  private sender?: FormSender<V, S>;
  /** The form's lazily loaded module: loaded once; a failed load is tried again on the next need. */
  private readonly lazy = new LazyModule(() => this.loadLazyModule());
  private hasFallback = false;
  /** When the form was shown on this page (a restored draft counts from here too). */
  protected shownAt = 0;

  constructor(
    kind: string,
    private readonly empty: () => C,
  ) {
    super();
    this.drafts = new DraftsController(this, kind, () => ({ id: this.id, action: this.action, src: this.src }));
    this.addEventListener('focusin', () => this.lazy.prefetch(), { once: true });
  }

  /** The form's lazily loaded module (a dynamic import). */
  protected abstract loadLazyModule(): Promise<LazyFormModule<V, C, S>>;
  /** The configuration with this element's attributes applied, as the field table sees it. */
  protected abstract settings(config: C): S;
  /** What the form shows around its fields. */
  protected abstract formOptions(ctx: FieldContext<V, S>): FormOptions;

  /**
   * The configuration in use; undefined while it loads. Without a source, or
   * when the code that reads it cannot be loaded, the defaults at once.
   */
  private get loaded(): LoadedConfig<C> | undefined {
    if (this.configuration) return this.configuration.loaded;
    if (!this.configLoad || this.unread) return { config: this.empty(), issues: [] };
  }

  protected context(values = this.values): FieldContext<V, S> | undefined {
    const loaded = this.loaded;
    return loaded && { config: this.settings(loaded.config), values, locale: this.locale };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasFallback = hasFallbackContent(this);
    const draft = this.drafts.load();
    if (draft && Object.keys(this.values).length === 0) this.values = draft as Partial<V>;
  }

  /** `updateComplete` includes loading the configuration code, so a `.data` form has rendered with it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.configLoad ? this.configLoad.then(() => super.getUpdateComplete()) : done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.configLoad && (this.data !== undefined || this.src || inlineJson(this) !== undefined)) {
      this.configLoad = this.lazy.load().then(
        (module) => this.useConfiguration(module),
        (error: unknown) => {
          // The form works with its defaults and says so; sending loads the code again (send()).
          warnOnce(`<${this.localName}>: could not load the code that reads its settings (${String(error)}).`);
          this.unread = true;
          this.requestUpdate();
        },
      );
    }
  }

  private useConfiguration({ FormConfigController, check }: LazyFormModule<V, C, S>, onSend?: boolean): void {
    this.unread = false;
    this.configuration = new FormConfigController(this, check, this.empty, onSend);
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.shownAt || !this.loaded || this.textsPending) return;
    this.shownAt = Date.now();
    // Ready before the person presses "Send" (a focus in the form starts it sooner).
    const idle = globalThis.requestIdleCallback ?? setTimeout;
    idle(() => this.lazy.prefetch());
  }

  /** A click or key on the form: while sending, checkboxes and radio buttons keep their state (text fields are read-only). */
  private keepChoice(event: Event): void {
    this.sender?.keepChoice(event);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const name = input.name as keyof V & string;
    // The honeypot is no value of the form (nor of its draft): the sender reads it when sending.
    if (!name || input.dataset.trap !== undefined) return;
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

  /** Validates and sends the form (what the submit button does). A second click within a second is ignored. */
  async send(): Promise<void> {
    if (!this.context() || this.codeWait === 'loading' || this.sender?.busy) return;
    if (!this.sender) {
      this.codeWait = 'loading';
      try {
        const module = await this.lazy.load();
        // The settings could not be read when the form appeared; now they can. The form shows them
        // (its fields may change) before anything is sent.
        if (this.unread) {
          this.codeWait = undefined;
          return this.useConfiguration(module, true);
        }
        const { FormSender, hooks } = module;
        // The sender works on this element: what it reads and calls is SendingHost (sending.ts).
        this.sender ??= new FormSender(this as unknown as SendingHost<V, S>, hooks);
      } catch {
        this.codeWait = 'failed';
        return this.focusSoon('failure');
      }
      this.codeWait = undefined;
    }
    // The values now: a person may have typed on while the code arrived.
    const ctx = this.context();
    if (ctx) await this.sender.send(ctx);
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
    this.codeWait = undefined;
    this.sender?.reset();
    this.shownAt = Date.now();
    this.focusSoon('input'); // the first field
  }

  protected focusSoon(part: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus());
  }

  /** Loading (the light-DOM fallback or a skeleton); else problems with the settings and the form or its confirmation. */
  protected override render(): unknown {
    const ctx = this.context();
    if (this.textsPending) return renderHeld(this.hasFallback);
    if (!ctx) return renderLoading(this.hasFallback, 8);
    const sent = this.sender?.phase === 'sent' && this.sender.renderSent(ctx);
    const issues = this.configuration?.renderIssues() ?? unreadSettingsTemplate(this.unread);
    return [issues, sent || this.renderForm(ctx)];
  }

  private renderFailure(): unknown {
    if (this.codeWait === 'failed') {
      return failureTemplate(
        msg('The form could not be sent. Your entries are kept; check the connection and try again.'),
        () => void this.retry(),
      );
    }
    return this.sender?.renderFailure(() => void this.retry()) ?? nothing;
  }

  /** The form: summary and failure first, the fields of the table, the honeypot, then the submit button and its status. */
  private renderForm(ctx: FieldContext<V, S>): TemplateResult {
    const options = this.formOptions(ctx);
    // Once the request is made (and while it waits for the fill time or a busy server), the fields are
    // read-only: what is sent is what the form shows, and the confirmation never confirms values other
    // than those the server stored. While the sending code loads, typing goes on (read on its arrival).
    const locked = this.sender?.phase === 'sending';
    const busy = locked || this.codeWait === 'loading';
    const errorFor = (field: string) => this.errors.find((error) => error.field === field)?.message();
    // A form landmark needs a name: without one, a screen reader's list of landmarks says only
    // "form", and two forms on a page sound alike. Neither form shows a title (the page's own heading
    // stands above it, outside the shadow root, where no ARIA reference reaches), so the name is the
    // visible text that says what the form is for in every variant: its submit button ("Subscribe",
    // "Send request"), translated with it, unless the page names the form (`label`).
    // The submit button is aria-disabled, not disabled, while sending: a disabled button would drop
    // keyboard focus to <body>. (Said here, not in the template: an HTML comment would ship.)
    // Lit calls the listeners with this element as `this`.
    return html`<form
      part="base form"
      class="form ${options.className ?? ''}"
      novalidate
      lang=${this.locale}
      aria-label=${this.label || nothing}
      aria-labelledby=${this.label ? nothing : 'submit-button'}
      aria-busy=${String(busy)}
      @input=${this.onInput}
      @change=${this.onInput}
      @click=${this.keepChoice}
      @keydown=${this.keepChoice}
      @submit=${this.onSubmit}
    >
      ${this.sender?.renderSummary(this.errors)} ${this.renderFailure()} ${options.before}
      ${fieldsTemplate(this.table, ctx, errorFor, options.wraps ?? {}, options.privacyUrl, locked)}
      ${honeypotTemplate()}
      <div class="actions">
        <button id="submit-button" part="submit-button" class="button" type="submit" aria-disabled=${String(busy)}>
          ${options.submitLabel}
        </button>
        <span part="status" class="status" role="status"
          >${busy ? (this.sender?.statusText() ?? msg('Sending…')) : nothing}</span
        >
      </div>
    </form>`;
  }
}
