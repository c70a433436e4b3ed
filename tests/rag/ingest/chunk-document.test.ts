import { describe, expect, it } from "vitest";
import { chunkDocument } from "../../../rag/ingest/chunk-document.ts";
import { normalizeJapanese } from "../../../rag/ingest/normalize-japanese.ts";
import type { DocumentMeta } from "../../../rag/types.ts";

const meta: DocumentMeta = {
  docId: "guide",
  title: "技術流出対策の手引き",
  issuer: "経済産業省",
  date: "2025-05",
  kind: "guidance",
  url: "https://example.invalid/guide.pdf",
  version: "第1版",
  aliases: ["手引き"],
};

function chunk(text: string, options?: { maxChars?: number; overlapChars?: number; minChars?: number }) {
  return chunkDocument({ meta, pages: [{ text: normalizeJapanese(text) }], options });
}

function containing(chunks: ReturnType<typeof chunk>, phrase: string) {
  const found = chunks.filter((candidate) => candidate.text.includes(phrase));
  expect(found, `one chunk contains ${phrase}`).toHaveLength(1);
  return found[0]!;
}

const nested = [
  "第1章 総則",
  "",
  "本章では手引きの目的を述べる。",
  "",
  "第2章 対策",
  "",
  "(1) 管理体制",
  "経営層が責任者を指名する。",
  "① 情報管理",
  "秘密情報を特定し、取り扱える従業員を限定する。",
  "② 契約",
  "共同研究の契約に目的外利用の禁止を定める。",
  "(2) 教育",
  "全従業員に年1回の研修を行う。",
].join("\n");

describe("chunkDocument", () => {
  it("tracks the heading path from the chapter down to the numbered item", () => {
    const chunks = chunk(nested, { minChars: 1 });
    expect(containing(chunks, "本章では").sectionPath).toEqual(["第1章 総則"]);
    expect(containing(chunks, "経営層が責任者").sectionPath).toEqual(["第2章 対策", "(1) 管理体制"]);
    expect(containing(chunks, "秘密情報を特定").sectionPath).toEqual(["第2章 対策", "(1) 管理体制", "① 情報管理"]);
    expect(containing(chunks, "目的外利用").sectionPath).toEqual(["第2章 対策", "(1) 管理体制", "② 契約"]);
    expect(containing(chunks, "年1回の研修").sectionPath).toEqual(["第2章 対策", "(2) 教育"]);
  });

  it("keeps a fact together with its heading", () => {
    const chunks = chunk(nested, { minChars: 1 });
    expect(containing(chunks, "秘密情報を特定").text).toContain("① 情報管理");
    expect(containing(chunks, "年1回の研修").text).toContain("(2) 教育");
  });

  it("merges small sibling sections under their common parent, but never across chapters", () => {
    const chunks = chunk(nested, { minChars: 200 });
    const merged = containing(chunks, "秘密情報を特定");
    expect(merged.text).toContain("目的外利用");
    expect(merged.sectionPath[0]).toBe("第2章 対策");
    expect(containing(chunks, "本章では").text).not.toContain("第2章");
  });

  it("gives each 事例N its own section under its category", () => {
    const casebook = [
      "第1 情報交換",
      "",
      "事例1 調達先の情報共有",
      "同業者が供給途絶リスクの情報を共有する。価格の情報は共有しない。",
      "事例2 在庫情報の共有",
      "災害時に限り在庫量を共有する。",
      "",
      "第2 共同行為",
      "",
      "事例3 共同備蓄",
      "重要鉱物を共同で備蓄する。",
    ].join("\n");
    const chunks = chunk(casebook, { minChars: 1 });
    expect(containing(chunks, "価格の情報").sectionPath).toEqual(["第1 情報交換", "事例1 調達先の情報共有"]);
    expect(containing(chunks, "在庫量").sectionPath).toEqual(["第1 情報交換", "事例2 在庫情報の共有"]);
    expect(containing(chunks, "共同で備蓄").sectionPath).toEqual(["第2 共同行為", "事例3 共同備蓄"]);
  });

  it("reads markdown heading levels and 【】 labels", () => {
    const markdown =
      "# 概要\n\n## 背景\n\n【問題意識】\n\n- 供給網の途絶が増えている。\n\n## 方針\n\n- 同志国と連携する。";
    const chunks = chunk(markdown, { minChars: 1 });
    expect(containing(chunks, "途絶").sectionPath).toEqual(["概要", "背景", "【問題意識】"]);
    expect(containing(chunks, "同志国").sectionPath).toEqual(["概要", "方針"]);
  });

  it("treats a short stand-alone line followed by bullets as a slide title", () => {
    const slides =
      "1. 取組の経緯\n\n有識者会議の開催状況\n\n- 23年10月に第1回を開催\n- 24年5月に改訂版を公表\n\n国際連携の枠組み\n\n- 同志国と定期協議";
    const chunks = chunk(slides, { minChars: 1 });
    expect(containing(chunks, "第1回を開催").sectionPath).toEqual(["1. 取組の経緯", "有識者会議の開催状況"]);
    expect(containing(chunks, "定期協議").sectionPath).toEqual(["1. 取組の経緯", "国際連携の枠組み"]);
  });

  it("merges tiny top-level slides into one chunk, but starts a new chunk at a numbered heading", () => {
    const slides = "国内拠点\n\n- 産業インフラ\n\n海外拠点A\n\n- 人材プール\n\n1. 次の章\n\n本文がここから始まる。";
    const chunks = chunk(slides, { minChars: 100 });
    expect(containing(chunks, "産業インフラ").text).toContain("人材プール");
    expect(containing(chunks, "産業インフラ").text).not.toContain("本文がここから");
    expect(containing(chunks, "本文がここから").sectionPath).toEqual(["1. 次の章"]);
  });

  it("nests a slide's own numbered list that restarts at 1 inside the slide, each item its own chunk", () => {
    const slides = [
      "3. 取組の方向性",
      "",
      "本文がここにある。",
      "",
      "4. 官民連携の推進",
      "",
      "手引き(案)の構成",
      "",
      "1. はじめに",
      "",
      "2. 守るべき原則",
      "",
      "- ① 自社の技術を把握する",
      "- ② 対応を投資と捉える",
      "",
      "3. 個別の取組",
      "",
      "- ① 調達先の分散",
      "",
      "5. 次の部",
      "",
      "本文が続く。",
    ].join("\n");
    const chunks = chunk(slides, { minChars: 100 });
    // The restart at 1 under 「4.」 says the list is the slide's, so the slide's title stays in the path.
    expect(containing(chunks, "自社の技術を把握").sectionPath).toEqual([
      "4. 官民連携の推進",
      "手引き(案)の構成",
      "2. 守るべき原則",
    ]);
    expect(containing(chunks, "自社の技術を把握").text).not.toContain("調達先の分散");
    expect(containing(chunks, "調達先の分散").sectionPath).toEqual([
      "4. 官民連携の推進",
      "手引き(案)の構成",
      "3. 個別の取組",
    ]);
    // A number that does not go on counting the slide's list is the document's next part.
    expect(containing(chunks, "本文が続く").sectionPath).toEqual(["5. 次の部"]);
  });

  it("keeps a slide title under an item of a slide's own list inside that item", () => {
    const slides = [
      "1. 取組の経緯",
      "",
      "試験政策のこれまでの流れ",
      "",
      "1. 社会的要請",
      "",
      "- 各国が施策を強化",
      "",
      "2. 行動計画の策定",
      "",
      "- 官民連携の指針を整理",
      "",
      "産業支援策 (Promotion)",
      "",
      "- 設備投資支援",
    ].join("\n");
    expect(containing(chunk(slides, { minChars: 1 }), "設備投資支援").sectionPath).toEqual([
      "1. 取組の経緯",
      "試験政策のこれまでの流れ",
      "2. 行動計画の策定",
      "産業支援策 (Promotion)",
    ]);
  });

  it("does not take table-of-contents entries for the headings of what follows", () => {
    const text = "目次\n\n1. 全体概要\n2. 経済安全保障\n\n【問題意識】\n\n- 国際秩序の不確実性が増している。";
    expect(containing(chunk(text, { minChars: 1 }), "不確実性").sectionPath).toEqual(["【問題意識】"]);
  });

  it("never passes the size cap and overlaps consecutive chunks of one section", () => {
    const sentences = Array.from(
      { length: 40 },
      (_, index) => `これは第${index + 1}番目の説明文であり、内容を確認する。`,
    );
    const text = `第1章 長い章\n\n${sentences.join("\n")}`;
    const chunks = chunk(text, { maxChars: 200, overlapChars: 60, minChars: 50 });
    expect(chunks.length).toBeGreaterThan(4);
    for (const entry of chunks) expect(entry.text.length).toBeLessThanOrEqual(200);
    for (let index = 1; index < chunks.length; index++) {
      const previous = chunks[index - 1]!.text;
      const next = chunks[index]!.text;
      let overlap = 0;
      for (let length = Math.min(previous.length, next.length); length > 0 && overlap === 0; length--) {
        if (previous.endsWith(next.slice(0, length))) overlap = length;
      }
      // The next chunk repeats the previous chunk's last whole sentences, at most overlapChars of them.
      expect(overlap, `overlap between chunks ${index - 1} and ${index}`).toBeGreaterThanOrEqual(20);
      expect(overlap).toBeLessThanOrEqual(60);
      expect(chunks[index]!.sectionPath).toEqual(["第1章 長い章"]);
    }
    for (const sentence of sentences) expect(chunks.some((entry) => entry.text.includes(sentence))).toBe(true);
  });

  it("cuts a single over-long line at sentence ends", () => {
    const line = Array.from({ length: 30 }, (_, index) => `文${index}は十分に長い説明を含んでいる。`).join("");
    const chunks = chunk(`## 節\n\n${line}`, { maxChars: 150, overlapChars: 30, minChars: 10 });
    for (const entry of chunks) expect(entry.text.length).toBeLessThanOrEqual(150);
    expect(chunks.map((entry) => entry.text).join("")).toContain("文29は十分に長い説明を含んでいる。");
  });

  it("carries page numbers of paged sources", () => {
    const chunks = chunkDocument({
      meta,
      pages: [
        { page: 1, text: "第1章 総則\n\n本書の目的を述べる。" },
        { page: 2, text: "第2章 対策\n\n① 情報管理\n秘密情報を特定する。" },
      ],
      options: { minChars: 1 },
    });
    expect(containing(chunks, "目的を述べる").page).toBe(1);
    expect(containing(chunks, "秘密情報").page).toBe(2);
  });

  it("carries every metadata field and a deterministic chunk id", () => {
    const first = chunk(nested, { minChars: 1 });
    const second = chunk(nested, { minChars: 1 });
    expect(first.map((entry) => entry.chunkId)).toEqual(second.map((entry) => entry.chunkId));
    expect(new Set(first.map((entry) => entry.chunkId)).size).toBe(first.length);
    first.forEach((entry, ordinal) => {
      expect(entry).toMatchObject({ ...meta, ordinal });
      expect(entry.chunkId).toMatch(new RegExp(`^guide:${ordinal}:[0-9a-f]{12}$`));
      expect(entry.sectionPath.length).toBeGreaterThan(0);
    });
    const changed = chunk(nested.replace("年1回", "年2回"), { minChars: 1 });
    expect(changed.at(-1)!.chunkId).not.toBe(first.at(-1)!.chunkId);
  });

  it("repeats a table's header row at the top of the next chunk when the table is cut between them", () => {
    const header = "甲会議 (試験会議)\t乙会議\t丙会議";
    const table = [
      "参考:試験レジーム概要",
      "",
      header,
      `1. 対象品目\t${"試験品目、".repeat(20)}\t武器\t汎用品`,
      "2. 発足年\t1978年\t1985年\t1996年",
      "3. 参加国数\t48か国\t42か国\t35か国",
    ].join("\n");
    const chunks = chunk(table, { maxChars: 160, overlapChars: 0, minChars: 1 });
    const rowChunk = containing(chunks, "3. 参加国数");
    expect(rowChunk.text.split("\n")[0]).toBe(normalizeJapanese(header));
    expect(chunks.indexOf(rowChunk)).toBeGreaterThan(chunks.indexOf(containing(chunks, "1. 対象品目")));
    // Prose after a table is not a row: no header goes with it.
    const prose = chunk(`${table}\n${"本文の段落である。".repeat(12)}`, {
      maxChars: 160,
      overlapChars: 0,
      minChars: 1,
    });
    expect(containing(prose, "本文の段落").text.startsWith("甲会議")).toBe(false);
  });

  it("labels text before the first heading with the document title", () => {
    expect(chunk("前書きだけの文書である。")[0]!.sectionPath).toEqual(["技術流出対策の手引き"]);
  });
});
