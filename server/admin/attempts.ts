// Failed inbox sign-ins per client address: after `max` failures within the
// window, that address gets 429 with Retry-After until its oldest failure ages
// out. Only failures count, so nobody's success resets anyone's count, and one
// address guessing does not lock out the office at another. In memory, per process.
export class FailedAttempts {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly max = 10,
    readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(client: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.failures.get(client) ?? []).filter((time) => time > since);
    if (times.length === 0) this.failures.delete(client);
    else this.failures.set(client, times);
    return times;
  }

  /** Seconds until this client may try again, or 0 when it may try now. */
  retryAfter(client: string): number {
    const times = this.recent(client);
    if (times.length < this.max) return 0;
    const oldest = times[times.length - this.max] ?? this.now();
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  fail(client: string): void {
    // Keep the map small under a spray from many addresses: drop whoever has aged out.
    if (this.failures.size > 10_000) for (const known of [...this.failures.keys()]) this.recent(known);
    this.failures.set(client, [...this.recent(client), this.now()].slice(-this.max));
  }
}
