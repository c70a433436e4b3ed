import { describe, expect, it } from "vitest";
import { searchDeps } from "../../doubles/search-deps.ts";

async function questionWords(question: string): Promise<string[]> {
  const { tokenizer } = await searchDeps();
  return tokenizer.analyzeQuestion(question).words;
}

describe("question predicates", () => {
  it("drops a request's verb and keeps what it governs", async () => {
    expect(await questionWords("特定重要物資を教えてください")).toEqual(["特定", "重要", "物資"]);
    expect(await questionWords("見直しの内容を挙げてもらえますか")).toEqual(["見直し", "内容"]);
  });

  it("drops the asker's wish, hearsay and memory", async () => {
    expect(await questionWords("公表日を確認したいです")).not.toContain("確認");
    expect(await questionWords("制度が違うと聞きました")).not.toContain("聞く");
    expect(await questionWords("14事業だったと記憶しています")).not.toContain("記憶");
  });

  it("drops the question's final verb but keeps a サ変 noun before it", async () => {
    expect(await questionWords("どういう技術がそれに当たるんですか")).not.toContain("当たる");
    expect(await questionWords("技術流出のルートはどう分類してますか")).toContain("分類");
  });

  it("drops the evaluative word of an obligation or a permission, not a topic adjective", async () => {
    expect(await questionWords("新組織を作らないとダメなんでしょうか")).not.toContain("ダメ");
    expect(await questionWords("届け出なくても大丈夫ですか")).not.toContain("大丈夫");
    expect(await questionWords("重要な技術はどれですか")).toContain("重要");
  });

  it("keeps verbs that are not about the asking", async () => {
    expect(await questionWords("外国資本が入ってくるリスクはありますか")).toContain("入る");
  });

  it("leaves document text alone", async () => {
    const { tokenizer } = await searchDeps();
    expect(tokenizer.analyze("手続を教えてください").words).toContain("教える");
  });
});
