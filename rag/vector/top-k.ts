/** Keeps the `limit` best rows seen, sorted by descending score (ties: earlier row first). */
export class TopK {
  readonly #limit: number;
  readonly #entries: { row: number; score: number }[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  offer(row: number, score: number): void {
    const entries = this.#entries;
    if (this.#limit === 0) return;
    if (entries.length === this.#limit && score <= (entries[entries.length - 1]?.score ?? Number.NEGATIVE_INFINITY))
      return;
    let position = entries.length;
    while (position > 0 && (entries[position - 1]?.score ?? 0) < score) position -= 1;
    entries.splice(position, 0, { row, score });
    if (entries.length > this.#limit) entries.pop();
  }

  sorted(): { row: number; score: number }[] {
    return this.#entries;
  }
}
