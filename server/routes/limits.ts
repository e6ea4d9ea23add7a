// Per-client rate limit for the form endpoints (RATE_LIMIT_PER_MINUTE; 0 = off).
// @fastify/rate-limit answers 429 with Retry-After in seconds.
import type { Config } from '../config.js';

export function rateLimited(config: Config): { rateLimit: false | { max: number; timeWindow: number } } {
  return { rateLimit: config.rateLimitPerMinute > 0 ? { max: config.rateLimitPerMinute, timeWindow: 60_000 } : false };
}
