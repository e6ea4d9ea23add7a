// Per-client rate limit for the form endpoints (RATE_LIMIT_PER_MINUTE; 0 = off):
// one budget per client address for both forms together, counted in memory.
// @fastify/rate-limit answers 429 with Retry-After in seconds; its own store
// keeps a separate count per route, so the plugin gets this store instead.
import type { Config } from '../config.js';

interface Window {
  current: number;
  ttl: number;
  startedMs: number;
}

type Callback = (error: Error | null, result: { current: number; ttl: number }) => void;

/** A fixed window per key, shared by every route: child() hands out the same store. */
export class SharedStore {
  private readonly windows = new Map<string, Window>();

  incr(key: string, callback: Callback, timeWindow = 60_000): void {
    const now = Date.now();
    if (this.windows.size > 10_000) {
      for (const [known, window] of this.windows) if (window.startedMs + timeWindow <= now) this.windows.delete(known);
    }
    let window = this.windows.get(key);
    if (!window || window.startedMs + timeWindow <= now) {
      window = { current: 0, ttl: timeWindow, startedMs: now };
      this.windows.set(key, window);
    }
    window.current += 1;
    window.ttl = timeWindow - (now - window.startedMs);
    callback(null, { current: window.current, ttl: window.ttl });
  }

  child(): SharedStore {
    return this;
  }
}

export function rateLimited(config: Config): { rateLimit: false | { max: number; timeWindow: number } } {
  return { rateLimit: config.rateLimitPerMinute > 0 ? { max: config.rateLimitPerMinute, timeWindow: 60_000 } : false };
}
