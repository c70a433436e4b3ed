/** One weighted query term. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface Bm25FieldData {
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint16Array;
  docLengths: Uint32Array;
}

export const K1 = 1.2;
const B = 0.75;

/**
 * BM25 postings for one field (words or bigrams) in compressed-row form, so 100k chunks
 * stay a few typed arrays that load without parsing.
 */
export class Bm25Field {
  private readonly termIds: Map<string, number>;
  private readonly averageLength: number;

  constructor(readonly data: Bm25FieldData) {
    this.termIds = new Map(data.terms.map((term, id) => [term, id]));
    let total = 0;
    for (const length of data.docLengths) total += length;
    this.averageLength = data.docLengths.length > 0 ? total / data.docLengths.length : 1;
  }

  static build(documents: string[][]): Bm25Field {
    const termIds = new Map<string, number>();
    const perTerm: number[][] = [];
    const docLengths = new Uint32Array(documents.length);
    documents.forEach((tokens, doc) => {
      docLengths[doc] = tokens.length;
      const counts = new Map<string, number>();
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const [term, count] of counts) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = perTerm.length;
          termIds.set(term, id);
          perTerm.push([]);
        }
        perTerm[id]!.push(doc, Math.min(count, 65535));
      }
    });
    const offsets = new Uint32Array(perTerm.length + 1);
    let size = 0;
    perTerm.forEach((pairs, id) => {
      offsets[id] = size;
      size += pairs.length / 2;
    });
    offsets[perTerm.length] = size;
    const docs = new Uint32Array(size);
    const freqs = new Uint16Array(size);
    perTerm.forEach((pairs, id) => {
      let at = offsets[id]!;
      for (let i = 0; i < pairs.length; i += 2) {
        docs[at] = pairs[i]!;
        freqs[at] = pairs[i + 1]!;
        at++;
      }
    });
    return new Bm25Field({ terms: [...termIds.keys()], offsets, docs, freqs, docLengths });
  }

  get documentCount(): number {
    return this.data.docLengths.length;
  }

  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.data.offsets[id + 1]! - this.data.offsets[id]!;
  }

  idf(term: string): number {
    const n = this.documentCount;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Adds `weight` × the length-normalised frequency of `term` in each document into `frequencies`
   * (BM25F's combined frequency), listing each document seen for the first time in `touched`.
   * Returns the new number of touched documents.
   */
  addNormalizedFrequencies(
    term: string,
    weight: number,
    frequencies: Float32Array,
    touched: Uint32Array,
    touchedCount: number,
  ): number {
    const id = this.termIds.get(term);
    if (id === undefined) return touchedCount;
    const { offsets, docs, freqs, docLengths } = this.data;
    let count = touchedCount;
    const end = offsets[id + 1]!;
    for (let at = offsets[id]!; at < end; at++) {
      const doc = docs[at]!;
      if (frequencies[doc] === 0) touched[count++] = doc;
      frequencies[doc]! += (weight * freqs[at]!) / (1 - B + (B * docLengths[doc]!) / this.averageLength);
    }
    return count;
  }

  /** Adds weight × BM25 of each term into `scores` (indexed by document). */
  accumulate(terms: WeightedTerm[], scores: Float32Array, fieldWeight: number): void {
    const { offsets, docs, freqs, docLengths } = this.data;
    for (const { term, weight } of terms) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const factor = fieldWeight * weight * this.idf(term);
      const end = offsets[id + 1]!;
      for (let at = offsets[id]!; at < end; at++) {
        const doc = docs[at]!;
        const tf = freqs[at]!;
        const norm = K1 * (1 - B + (B * docLengths[doc]!) / this.averageLength);
        scores[doc]! += (factor * tf * (K1 + 1)) / (tf + norm);
      }
    }
  }
}
