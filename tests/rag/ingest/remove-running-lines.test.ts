import { describe, expect, it } from "vitest";
import { removeRunningLines } from "../../../rag/ingest/remove-running-lines.ts";

describe("removeRunningLines", () => {
  it("drops page numbers and a header repeated on most pages, keeping the body", () => {
    const bodies = [
      ["サプライチェーンの強靱化を進める。", "重要物資を指定する。", "備蓄を支援する。"],
      ["技術流出を防ぐ。", "輸出管理を強化する。", "投資審査を行う。"],
      ["同志国と連携する。", "国際ルールを作る。", "対話を重ねる。"],
      ["経済インテリジェンスを高める。", "人材を育てる。", "情報を共有する。"],
    ];
    const pages = bodies.map((body, index) => ({
      page: index + 1,
      text: ["経済安全保障アクションプラン 2025年5月", ...body, `- ${index + 1} -`].join("\n"),
    }));
    expect(removeRunningLines(pages).map((page) => page.text)).toEqual(bodies.map((body) => body.join("\n")));
  });

  it("keeps a line that merely starts two pages alike, and numbers inside the text", () => {
    const pages = [
      { page: 1, text: "第1章 総則\n本文は3つの柱からなる。" },
      { page: 2, text: "第2章 対策\n12物資を指定した。" },
    ];
    expect(removeRunningLines(pages)).toEqual(pages);
  });
});
