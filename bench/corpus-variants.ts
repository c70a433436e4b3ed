import type { Chunk } from "../rag/types.ts";

/**
 * Grows the shared corpus to `target` chunks: copy k of a chunk rotates its sentences and is
 * marked as a different (synthetic) document, so every text is distinct but still holds the
 * original facts, and dev-set evidence quotes stay findable.
 */
export function growCorpus(base: Chunk[], target: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let copy = 0; chunks.length < target; copy++) {
    for (const chunk of base) {
      if (chunks.length >= target) break;
      if (copy === 0) {
        chunks.push(chunk);
        continue;
      }
      const sentences = chunk.text.split(/(?<=。)|\n/u).filter((sentence) => sentence.trim() !== "");
      const shift = copy % Math.max(1, sentences.length);
      const rotated = [...sentences.slice(shift), ...sentences.slice(0, shift)].join("\n");
      chunks.push({
        ...chunk,
        docId: `${chunk.docId}~${copy}`,
        chunkId: `${chunk.chunkId}~${copy}`,
        title: `${chunk.title}(複製${copy})`,
        text: `${rotated}\n(ベンチマーク用複製 ${copy})`,
      });
    }
  }
  return chunks;
}
