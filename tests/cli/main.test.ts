import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../cli/main.ts";
import { captureIo } from "../doubles/cli-io.ts";

let dataDir: string;
let docsDir: string;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "taiwa-cli-"));
  dataDir = join(root, "data");
  docsDir = join(root, "docs");
  await mkdir(docsDir);
  await writeFile(
    join(docsDir, "guide.md"),
    "# テスト用 技術管理の手引き\n\n## 第1章 目的\n\n本手引きは企業に義務を課すものではなく、選択肢を示すものである。\n\n## 第2章 人材\n\n転職そのものを制限する法令はないが、営業秘密を持ち出した場合は不正競争防止法の対象となる。\n",
  );
  const io = captureIo();
  expect(await runCli(["ingest", docsDir, "--data-dir", dataDir], io)).toBe(0);
});

describe("taiwa CLI", () => {
  it("ingest prints a summary of files and chunks", async () => {
    const io = captureIo();
    expect(await runCli(["ingest", docsDir, "--data-dir", dataDir], io)).toBe(0);
    expect(io.out()).toMatch(/ファイル 1 件/);
    expect(io.out()).toMatch(/変更なし 1/);
  });

  it("ask prints a readable answer with its sources", async () => {
    const io = captureIo();
    expect(await runCli(["ask", "転職を法律で止められますか", "--data-dir", dataDir], io)).toBe(0);
    expect(io.out()).toMatch(/転職そのものを制限する法令はない.*\[1\]/);
    expect(io.out()).toMatch(/出典:\n {2}\[1\] /);
  });

  it("ask --json prints one JSON object with the documented fields", async () => {
    const io = captureIo();
    expect(await runCli(["ask", "--json", "転職を法律で止められますか", "--data-dir", dataDir], io)).toBe(0);
    const answer = JSON.parse(io.out());
    expect(answer).toMatchObject({
      question: "転職を法律で止められますか",
      resolved: true,
      citations: [expect.objectContaining({ docId: "guide", text: expect.any(String) })],
    });
    expect(answer.retrieved[0]).toEqual(
      expect.objectContaining({ docId: "guide", text: expect.any(String), score: expect.any(Number) }),
    );
    expect(typeof answer.id).toBe("string");
  });

  it("ask --batch answers every line in order with its id, and reports bad lines without stopping", async () => {
    const batch = join(dataDir, "..", "batch.jsonl");
    await writeFile(
      batch,
      [
        '{"id":"a","question":"転職を法律で止められますか"}',
        "not json",
        '{"id":"c","question":""}',
        '{"id":"d","question":"手引きに義務はありますか"}',
      ].join("\n"),
    );
    const io = captureIo();
    expect(await runCli(["ask", "--batch", batch, "--data-dir", dataDir], io)).toBe(0);
    const lines = io
      .out()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(["a", null, "c", "d"]);
    expect(lines[1].error.code).toBe("input_malformed");
    expect(lines[2].error.code).toBe("input_empty");
    expect(lines[3].resolved).toBe(true);
  });

  it("ask --batch reports a line with a lone UTF-16 surrogate and carries on (issue 12 item 17)", async () => {
    const batch = join(dataDir, "..", "surrogate.jsonl");
    await writeFile(
      batch,
      [
        '{"id":"a","question":"転職を\\ud800法律で止められますか"}',
        '{"id":"b","question":"手引きに義務はありますか"}',
      ].join("\n"),
    );
    const io = captureIo();
    expect(await runCli(["ask", "--batch", batch, "--data-dir", dataDir], io)).toBe(0);
    const lines = io
      .out()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(["a", "b"]);
    expect(lines[0].error.code).toBe("input_binary");
    expect(lines[1].resolved).toBe(true);
  });

  it.each([
    [["ask", ""], /質問が空です/],
    [["ask", "あ".repeat(2001)], /質問が長すぎます/],
    [["ask", "\u0000\u0001binary"], /バイナリ/],
    [["ask", "--nope"], /引数が正しくありません/],
    [["ingest"], /取り込むファイルかフォルダ/],
    [["eval"], /--questions/],
    [["frobnicate"], /不明なコマンド/],
  ])("bad input %# gets one line and a non-zero exit, never a stack trace", async (argv, message) => {
    const io = captureIo();
    const code = await runCli([...argv, "--data-dir", dataDir], io);
    expect(code).not.toBe(0);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split("\n")).toHaveLength(1);
    expect(io.err()).not.toMatch(/\s+at\s+\S+\s+\(/);
  });

  it("eval refuses an empty index with the fix", async () => {
    const questions = join(dataDir, "..", "q.jsonl");
    await writeFile(questions, '{"id":"q1","question":"転職","answerable":true,"evidence":[]}\n');
    const io = captureIo();
    expect(await runCli(["eval", "--questions", questions, "--data-dir", join(dataDir, "..", "empty")], io)).toBe(2);
    expect(io.err()).toMatch(/ingest/);
  });

  it("help lists the commands", async () => {
    const io = captureIo();
    expect(await runCli(["help"], io)).toBe(0);
    expect(io.out()).toMatch(/ingest/);
    expect(io.out()).toMatch(/ask/);
    expect(io.out()).toMatch(/eval/);
  });
});

describe("--data-dir for every command", () => {
  it("reaches commands that read their settings from the environment (user add)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "taiwa-cli-user-"));
    const io = captureIo();
    io.stdin.end("a-long-enough-password\n");
    expect(await runCli(["user", "add", "contact1", "--role", "contact", "--data-dir", dir], io)).toBe(0);
    const list = captureIo();
    expect(await runCli(["user", "list", `--data-dir=${dir}`], list)).toBe(0);
    expect(list.out()).toMatch(/contact1/);
  });
});

describe("ask filters", () => {
  it("narrows retrieval to a document with --doc and rejects an unknown --kind", async () => {
    const io = captureIo();
    expect(
      await runCli(["ask", "--json", "--doc", "guide", "転職を法律で止められますか", "--data-dir", dataDir], io),
    ).toBe(0);
    expect(JSON.parse(io.out()).retrieved.every((passage: { docId: string }) => passage.docId === "guide")).toBe(true);
    const none = captureIo();
    expect(
      await runCli(
        ["ask", "--json", "--doc", "no-such-doc", "転職を法律で止められますか", "--data-dir", dataDir],
        none,
      ),
    ).toBe(0);
    expect(JSON.parse(none.out())).toMatchObject({ resolved: false, retrieved: [] });
    const bad = captureIo();
    expect(await runCli(["ask", "--kind", "novel", "転職", "--data-dir", dataDir], bad)).toBe(2);
    expect(bad.err()).toMatch(/--kind に不明な種類/);
  });
});
