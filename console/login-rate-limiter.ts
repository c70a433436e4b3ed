/**
 * Failed-login limits per IP and per account, in memory: each replica limits on its own, which still bounds an
 * attacker to (replicas × limit) guesses per window.
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: { perAccount: number; perIp: number; windowMs: number; now?: () => number } = {
      perAccount: 5,
      perIp: 20,
      windowMs: 15 * 60_000,
    },
  ) {}

  /** Milliseconds until another attempt is allowed, or 0. */
  retryAfterMs(request: { ip: string; login: string }): number {
    const account = this.waiting(`account:${request.login.toLowerCase()}`, this.options.perAccount);
    const ip = this.waiting(`ip:${request.ip}`, this.options.perIp);
    return Math.max(account, ip);
  }

  recordFailure(request: { ip: string; login: string }): void {
    // Guessed logins are attacker-chosen keys: sweep stale ones before the map can grow without bound.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) this.recent(key);
    for (const key of [`account:${request.login.toLowerCase()}`, `ip:${request.ip}`]) {
      const list = this.recent(key);
      list.push(this.now());
      this.failures.set(key, list);
    }
  }

  recordSuccess(request: { login: string }): void {
    this.failures.delete(`account:${request.login.toLowerCase()}`);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.options.windowMs;
    const list = (this.failures.get(key) ?? []).filter((at) => at > cutoff);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }

  private waiting(key: string, limit: number): number {
    const list = this.recent(key);
    if (list.length < limit) return 0;
    return (list[list.length - limit] ?? 0) + this.options.windowMs - this.now();
  }
}
