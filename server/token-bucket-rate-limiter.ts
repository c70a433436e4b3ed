import type { RateLimiter } from "./types.ts";

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per client key: `perMinute` tokens, refilled continuously, so a client may burst
 * up to its minute's allowance and then asks at the steady rate. Buckets that have refilled
 * completely are dropped, so memory follows the number of recently active clients.
 */
export class TokenBucketRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly now: () => number;
  private lastSweep: number;

  /** `perMinute` tokens per minute, or per `windowMs` when given (e.g. an hourly allowance). */
  constructor(options: { perMinute: number; windowMs?: number; now?: () => number }) {
    this.capacity = options.perMinute;
    this.refillPerMs = options.perMinute / (options.windowMs ?? 60_000);
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  take(request: { key: string }): { allowed: boolean; retryAfterSeconds: number } {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(request.key) ?? { tokens: this.capacity, updatedAt: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    this.buckets.set(request.key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    const waitMs = (1 - bucket.tokens) / this.refillPerMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** Number of clients currently tracked (for tests and diagnostics). */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.capacity) this.buckets.delete(key);
    }
  }
}
