import { describe, expect, it } from "vitest";
import type { Chunk } from "../../rag/types.ts";
import { documentSummaries } from "../../server/list-documents.ts";
import { makeChunk } from "../doubles/make-chunk.ts";

function chunk(options: Parameters<typeof makeChunk>[0] & Partial<Pick<Chunk, "version" | "date" | "issuer">>): Chunk {
  const { version, date, issuer, ...rest } = options;
  return {
    ...makeChunk(rest),
    ...(version ? { version } : {}),
    ...(date ? { date } : {}),
    ...(issuer ? { issuer } : {}),
  };
}

describe("documentSummaries", () => {
  it("gives one summary per current document, newest first, without FAQ entries or replaced versions", () => {
    const text = "架空の本文。";
    const summaries = documentSummaries([
      chunk({ docId: "plan-v2", title: "行動計画", version: "改訂", date: "2025-11-07", text }),
      chunk({ docId: "plan-v2", title: "行動計画", version: "改訂", date: "2025-11-07", ordinal: 1, text }),
      chunk({ docId: "plan-v1", title: "行動計画", version: "初版", date: "2023-10-31", superseded: true, text }),
      chunk({ docId: "guidance", title: "ガイダンス", date: "2024-02", issuer: "経済産業省", text }),
      chunk({ docId: "faq-1", title: "よくある質問", kind: "faq", date: "2026-01-01", text }),
    ]);
    expect(summaries.map((summary) => summary.docId)).toEqual(["plan-v2", "guidance"]);
    expect(summaries[0]).toEqual({
      docId: "plan-v2",
      title: "行動計画",
      kind: "guidance",
      version: "改訂",
      date: "2025-11-07",
    });
    expect(summaries[1]).toEqual({
      docId: "guidance",
      title: "ガイダンス",
      kind: "guidance",
      date: "2024-02",
      issuer: "経済産業省",
    });
  });
});
