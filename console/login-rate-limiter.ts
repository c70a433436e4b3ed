/** Who is trying: the client address (see server/client-ip.ts) and the login name they typed. */
export interface LoginAttempt {
  ip: string;
  login: string;
}

/**
 * Failed-login limits keyed on the client, never on the account alone: one client gets `perAccount` failures per
 * account and `perIp` failures in all per window, then waits. A stranger's failures therefore lock out only the
 * stranger; the official typing the right password from their own machine still gets in. In memory: each replica
 * limits on its own, which still bounds an attacker to (replicas × limit) guesses per window and address.
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

  /** Milliseconds until this client may try this login again, or 0. */
  retryAfterMs(attempt: LoginAttempt): number {
    const pair = this.waiting(pairKey(attempt), this.options.perAccount);
    const ip = this.waiting(`ip:${attempt.ip}`, this.options.perIp);
    return Math.max(pair, ip);
  }

  recordFailure(attempt: LoginAttempt): void {
    // Addresses and guessed logins are attacker-chosen keys: sweep stale ones before the map can grow without bound.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) this.recent(key);
    for (const key of [pairKey(attempt), `ip:${attempt.ip}`]) {
      const list = this.recent(key);
      list.push(this.now());
      this.failures.set(key, list);
    }
  }

  recordSuccess(attempt: LoginAttempt): void {
    this.failures.delete(pairKey(attempt));
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

function pairKey(attempt: LoginAttempt): string {
  return `pair:${attempt.ip}\n${attempt.login.toLowerCase()}`;
}
