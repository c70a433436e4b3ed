import { createHash } from "node:crypto";
import type { DocumentMeta } from "../types.ts";
import { CHUNKER_VERSION } from "./chunk-document.ts";
import type { ChunkingOptions } from "./types.ts";

/** Changes when the file's bytes, its manifest entry or the chunking do: then the file is re-chunked. */
export function documentFingerprint(request: {
  bytes: Uint8Array;
  manifestMeta: DocumentMeta | undefined;
  chunking: ChunkingOptions;
}): string {
  const { bytes, manifestMeta, chunking } = request;
  return createHash("sha256")
    .update(bytes)
    .update(JSON.stringify({ manifestMeta: manifestMeta ?? null, chunking, version: CHUNKER_VERSION }))
    .digest("hex");
}
