import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadError } from '../data/source.js';
import { describeLoadError, readSource } from '../data/source.js';
import type { Checked, Issue } from '../data/validate.js';

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
 * `city-error`). Until core/data's loading controller takes this over, it
 * reads through `readSource` like the data elements.
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

  hostDisconnected(): void {
    this.request?.abort();
  }

  load(data: unknown, src: string | undefined): void {
    this.request?.abort();
    this.request = readSource(this.host, data, src, {
      loading: () => this.set(undefined),
      json: (json, source) => this.use(json, source),
      error: (error) => this.fail(error),
      none: () => this.set({ config: this.empty(), issues: [] }),
    });
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
