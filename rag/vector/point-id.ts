import { createHash } from "node:crypto";

/** Fixed namespace so every replica derives the same point id from the same chunk id. */
const NAMESPACE = "taiwa:chunk:";

/**
 * Qdrant point ids must be unsigned integers or UUIDs; chunk ids are neither. A UUIDv5-style id from
 * SHA-1 of the chunk id is stable across runs and replicas, so re-ingesting the same chunk overwrites its point.
 */
export function pointIdForChunk(chunkId: string): string {
  const bytes = createHash("sha1")
    .update(NAMESPACE + chunkId)
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
