import { type Bm25Field, K1, type WeightedTerm } from "./bm25-field.ts";

/** One field of a BM25F group and how much its occurrences count against the others'. */
export interface WeightedField {
  field: Bm25Field;
  weight: number;
}

/**
 * BM25F (Robertson, Zaragoza & Taylor 2004): a term's length-normalised frequencies in several fields
 * (body, titles) are summed with the fields' weights and saturated once, so a term found in both the
 * heading and the body counts as one strong match, not two independent ones. The fields share one
 * document set, so a term's idf comes from its largest document frequency among them (the closest
 * to the frequency over whole chunks): a word rare in headings but common in bodies stays common.
 */
export class Bm25fScorer {
  private readonly frequencies: Float32Array;
  private readonly touched: Uint32Array;

  constructor(
    private readonly fields: WeightedField[],
    documentCount: number,
  ) {
    this.frequencies = new Float32Array(documentCount);
    this.touched = new Uint32Array(documentCount);
  }

  /** Adds groupWeight × term weight × BM25F of each term into `scores`. */
  accumulate(terms: WeightedTerm[], scores: Float32Array, groupWeight: number): void {
    const { frequencies, touched } = this;
    for (const { term, weight } of terms) {
      let count = 0;
      let idf = Number.POSITIVE_INFINITY;
      for (const { field, weight: fieldWeight } of this.fields) {
        if (field.documentFrequency(term) === 0) continue;
        idf = Math.min(idf, field.idf(term));
        count = field.addNormalizedFrequencies(term, fieldWeight, frequencies, touched, count);
      }
      if (count === 0) continue;
      const factor = groupWeight * weight * idf * (K1 + 1);
      for (let at = 0; at < count; at++) {
        const doc = touched[at]!;
        const frequency = frequencies[doc]!;
        scores[doc]! += (factor * frequency) / (K1 + frequency);
        frequencies[doc] = 0;
      }
    }
  }
}
