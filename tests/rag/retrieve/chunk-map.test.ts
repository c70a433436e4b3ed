import { describe, expect, it } from "vitest";
import { liveChunkMap } from "../../../rag/retrieve/chunk-map.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

describe("liveChunkMap", () => {
  it("follows the current chunk list and reuses the map while the list is the same", () => {
    let chunks = [makeChunk({ docId: "a", text: "x" })];
    const current = liveChunkMap(() => chunks);
    const first = current();
    expect(first.get("a#0")?.docId).toBe("a");
    expect(current()).toBe(first);
    chunks = [makeChunk({ docId: "b", text: "y" })];
    expect(current().has("a#0")).toBe(false);
    expect(current().get("b#0")?.docId).toBe("b");
  });
});
