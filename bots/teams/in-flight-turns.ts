/** Turns that run after the HTTP request was acknowledged; `drain` waits for them on shutdown. */
export class InFlightTurns {
  private readonly running = new Set<Promise<void>>();

  track(turn: Promise<void>): void {
    this.running.add(turn);
    void turn.finally(() => this.running.delete(turn));
  }

  get size(): number {
    return this.running.size;
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
