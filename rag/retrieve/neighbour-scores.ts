import type { Chunk } from "../types.ts";

/** Positions of each chunk's predecessor and successor in the same document (-1 where there is none). */
export interface Neighbours {
  previous: Int32Array;
  next: Int32Array;
}

/**
 * Share of the better neighbour's score a chunk receives. A fact is often split from its context
 * by a chunk boundary (a list running on into the next chunk, a heading that ends one chunk and
 * whose items open the next), so a chunk next to a strong match is more likely to matter than
 * an isolated one with the same score. Kept small so a neighbour never outranks the match itself.
 */
export const NEIGHBOUR_SHARE = 0.2;

export function findNeighbours(chunks: readonly Chunk[]): Neighbours {
  const previous = new Int32Array(chunks.length).fill(-1);
  const next = new Int32Array(chunks.length).fill(-1);
  const positions = new Map<string, number>();
  chunks.forEach((chunk, at) => {
    positions.set(`${chunk.docId}\u0000${chunk.ordinal}`, at);
  });
  chunks.forEach((chunk, at) => {
    const following = positions.get(`${chunk.docId}\u0000${chunk.ordinal + 1}`);
    if (following === undefined) return;
    next[at] = following;
    previous[following] = at;
  });
  return { previous, next };
}

/** Scores with each chunk's own score raised by `share` × its better neighbour's. */
export function blendNeighbours(scores: Float32Array, neighbours: Neighbours, share = NEIGHBOUR_SHARE): Float32Array {
  const blended = new Float32Array(scores.length);
  const { previous, next } = neighbours;
  for (let at = 0; at < scores.length; at++) {
    const before = previous[at]!;
    const after = next[at]!;
    const best = Math.max(before < 0 ? 0 : scores[before]!, after < 0 ? 0 : scores[after]!);
    blended[at] = scores[at]! + share * best;
  }
  return blended;
}
