import { describe, expect, it } from "vitest";
import { TokenBucketRateLimiter } from "../../server/token-bucket-rate-limiter.ts";

describe("TokenBucketRateLimiter", () => {
  it("allows a minute's burst, then one more per refill interval, with an honest Retry-After", () => {
    let now = 0;
    const limiter = new TokenBucketRateLimiter({ perMinute: 6, now: () => now });
    for (let index = 0; index < 6; index += 1) expect(limiter.take({ key: "a" }).allowed).toBe(true);
    expect(limiter.take({ key: "a" })).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now = 4_000;
    expect(limiter.take({ key: "a" })).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now = 10_000;
    expect(limiter.take({ key: "a" }).allowed).toBe(true);
    expect(limiter.take({ key: "a" }).allowed).toBe(false);
    expect(limiter.take({ key: "b" }).allowed).toBe(true);
  });

  it("forgets clients whose bucket has refilled, so memory follows active clients", () => {
    let now = 0;
    const limiter = new TokenBucketRateLimiter({ perMinute: 60, now: () => now });
    for (let index = 0; index < 100; index += 1) limiter.take({ key: `client-${index}` });
    expect(limiter.size).toBe(100);
    now = 61_000;
    limiter.take({ key: "late" });
    expect(limiter.size).toBe(1);
  });
});
