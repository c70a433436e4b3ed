import { isTaiwaError, TaiwaError } from "../../app/errors.ts";
import type { RetrievalFilter } from "../types.ts";

/** A Qdrant filter for the fields we index; superseded chunks are filtered by the retriever, which knows the chunks. */
export function qdrantFilter(filter: RetrievalFilter | undefined): { must: object[] } | undefined {
  const must: object[] = [];
  if (filter?.docIds) must.push({ key: "docId", match: { any: filter.docIds } });
  if (filter?.kinds) must.push({ key: "kind", match: { any: filter.kinds } });
  return must.length > 0 ? { must } : undefined;
}

/** Why the collection's vector config cannot hold our vectors, or undefined when it can. */
export function vectorParamsProblem(vectors: unknown, vectorName: string, dimensions: number): string | undefined {
  const named =
    typeof vectors === "object" && vectors !== null ? (vectors as Record<string, unknown>)[vectorName] : undefined;
  if (typeof named !== "object" || named === null) return `it has no vector named "${vectorName}"`;
  const { size, distance } = named as { size?: unknown; distance?: unknown };
  if (size !== dimensions)
    return `its "${vectorName}" vectors have ${String(size)} dimensions, the embedder makes ${dimensions}`;
  if (distance !== "Cosine") return `its "${vectorName}" vectors use ${String(distance)} distance, taiwa needs Cosine`;
  return undefined;
}

/** The client throws ApiError (with `status`) for HTTP failures and TypeError for unreachable servers. */
export function toQdrantError(error: unknown, action: string, url: string): TaiwaError {
  if (isTaiwaError(error)) return error;
  const status = typeof error === "object" && error !== null ? (error as { status?: unknown }).status : undefined;
  if (status === 401 || status === 403) {
    return new TaiwaError(
      "vector_store_unavailable",
      `Qdrant refused to ${action} (HTTP ${status}): check QDRANT_API_KEY`,
      { cause: error },
    );
  }
  if (typeof status === "number" && status < 500 && status !== 429) {
    return new TaiwaError("vector_store_unavailable", `Qdrant rejected the request to ${action} (HTTP ${status})`, {
      cause: error,
    });
  }
  const detail =
    typeof status === "number" ? `HTTP ${status}` : `cannot reach ${url}: check QDRANT_URL and that Qdrant is running`;
  return new TaiwaError("vector_store_unavailable", `Qdrant failed to ${action} (${detail})`, {
    cause: error,
    isRetryable: true,
  });
}
