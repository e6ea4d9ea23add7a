/**
 * Code an element needs only once its data is there (a checker, a list view):
 * loaded once, as the first element connects, alongside the data's request,
 * and tried again after a failure. `importModule` is a property so that a test
 * can make the chunk fail as a lost connection would.
 */
export class LazyModule<M> {
  /** The module, once loaded. */
  module?: M;
  /** The load under way or done; cleared after a failure so that the next need tries again. */
  pending?: Promise<M>;

  /**
   * `alongside`: modules the chunk imports from a chunk of their own (the
   * checkers' shared reader), asked for in the same round trip instead of one
   * after the chunk has arrived.
   */
  constructor(
    public importModule: () => Promise<M>,
    private readonly alongside?: () => Promise<unknown>,
  ) {}

  load(): Promise<M> {
    if (this.pending) return this.pending;
    this.alongside?.().catch(() => undefined);
    return (this.pending = this.importModule().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    ));
  }

  /** Starts loading and forgets a failure: whoever needs the module reports it. */
  prefetch(): void {
    this.load().catch(() => undefined);
  }

  /** `use(module)` at once when it is loaded (a checker then stays synchronous), else once it is. */
  use<R>(use: (module: M) => R | Promise<R>): R | Promise<R> {
    return this.module ? use(this.module) : this.load().then(use);
  }
}
