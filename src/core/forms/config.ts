import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadError } from '../data/source.js';
import { absoluteUrl, describeLoadError, inlineJson } from '../data/source.js';
import type { Checked, Issue } from '../data/validate.js';
import { parseJson } from '../data/validate.js';
import { fetchWithRetry } from '../net/retry.js';

/** The configuration in use, the problems found in it, and why it could not be used at all. */
export interface LoadedConfig<C> {
  config: C;
  issues: Issue[];
  problem?: string;
}

type Host = ReactiveControllerHost & HTMLElement;
type Emit = (name: 'city-load' | 'city-error', detail: object) => void;

const describeIssues = (issues: Issue[]) => issues.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('');

/**
 * A form's optional JSON configuration: `.data`, else an inline JSON script,
 * else `src`, else none. A form that cannot read it still works with its
 * defaults and says what went wrong (in the widget, the console and
 * `city-error`). It loads through the shared retry policy (core/net/retry)
 * and, unlike the data elements, needs no request shared between widgets.
 */
export class FormConfigController<C> implements ReactiveController {
  /** Undefined while the configuration loads. */
  loaded?: LoadedConfig<C>;
  private request?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly check: (json: unknown) => Checked<C>,
    private readonly empty: () => C,
    private readonly emit: Emit,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Reads the configuration by precedence; an answer to an earlier call is dropped. */
  async load(data: unknown, src: string | undefined): Promise<void> {
    this.request?.abort();
    if (data !== undefined) return this.use(data, 'property');
    const inline = inlineJson(this.host);
    const source = inline === undefined ? src && absoluteUrl(src, this.host.ownerDocument.baseURI) : 'inline';
    if (!source) return this.set({ config: this.empty(), issues: [] });
    let text = inline;
    if (text === undefined) {
      const request = (this.request = new AbortController());
      this.set(undefined);
      try {
        const init = { credentials: 'same-origin', headers: { Accept: 'application/json' } } as const;
        const answer = await fetchWithRetry(source, init, { signal: request.signal, attempts: 2 });
        if (request.signal.aborted) return;
        if (!answer.response.ok) return this.fail({ kind: 'http', url: source, status: answer.response.status });
        text = answer.text;
      } catch (error) {
        if (!request.signal.aborted) this.fail({ kind: 'network', url: source, message: String(error) });
        return;
      }
    }
    const parsed = parseJson(text);
    if (parsed.error !== undefined) return this.fail({ kind: 'json', source, message: parsed.error });
    this.use(parsed.value, source);
  }

  private set(loaded: LoadedConfig<C> | undefined): void {
    this.loaded = loaded;
    this.host.requestUpdate();
  }

  private use(json: unknown, source: string): void {
    const { value, issues } = this.check(json);
    if (!value) return this.fail({ kind: 'invalid', source, issues });
    this.set({ config: value, issues });
    if (issues.length > 0) {
      console.warn(`<${this.host.localName}>: problems in the configuration from ${source}:${describeIssues(issues)}`);
    }
    this.emit('city-load', { source });
  }

  private fail(error: LoadError): void {
    const source = 'url' in error ? error.url : error.source;
    const issues = error.kind === 'invalid' ? error.issues : [];
    const problem =
      error.kind === 'invalid' ? `${source}: it does not have the expected format` : describeLoadError(error);
    this.set({ config: this.empty(), issues, problem });
    console.warn(
      `<${this.host.localName}>: the configuration is unusable (${problem}); the form uses its defaults.${describeIssues(issues)}`,
    );
    this.emit('city-error', { source, status: error.kind === 'http' ? error.status : undefined, message: problem });
  }
}
