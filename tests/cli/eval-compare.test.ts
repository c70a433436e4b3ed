import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../cli/main.ts";
import { captureIo } from "../doubles/cli-io.ts";
import { OpenAiStandIn } from "../doubles/openai-stand-in.ts";

let standIn: OpenAiStandIn;
let dataDir: string;
let questions: string;

beforeAll(async () => {
  standIn = await new OpenAiStandIn().start();
  const root = await mkdtemp(join(tmpdir(), "taiwa-eval-compare-"));
  dataDir = join(root, "data");
  await writeFile(
    join(root, "guide.md"),
    "# テスト用の手引き\n\n## 人材\n\n転職そのものを制限する法令はないが、営業秘密を持ち出した場合は不正競争防止法の対象となる。\n",
  );
  questions = join(root, "questions.jsonl");
  await writeFile(
    questions,
    `${JSON.stringify({ id: "q1", question: "転職を法律で止められますか", answerable: true, evidence: [{ doc: "guide", quote: "転職そのものを制限する法令はない" }] })}\n`,
  );
  expect(await runCli(["ingest", root, "--data-dir", dataDir], captureIo())).toBe(0);
});

afterAll(async () => {
  await standIn.stop();
});

describe("eval with models configured", () => {
  it("prints lexical, hybrid and generated runs side by side", async () => {
    const io = captureIo({
      OPENAI_BASE_URL: standIn.url,
      OPENAI_API_KEY: "sk-test",
      OPENAI_EMBEDDING_MODEL: "text-embedding-3-small",
      OPENAI_EMBEDDING_DIMENSIONS: "256",
    });
    expect(await runCli(["eval", "--questions", questions, "--data-dir", dataDir], io)).toBe(0);
    const header = io.out().split("\n")[0];
    expect(header).toBe("| metric | lexical + extractive | hybrid (retrieval only) | generated |");
    expect(standIn.requests.some((request) => request.path.endsWith("/embeddings"))).toBe(true);
    expect(standIn.requests.some((request) => request.path.endsWith("/chat/completions"))).toBe(true);
  });

  it("says when no embedder is configured to compare with", async () => {
    const io = captureIo();
    expect(await runCli(["eval", "--questions", questions, "--data-dir", dataDir], io)).toBe(0);
    expect(io.out()).toMatch(/hybrid: .*not compared/);
  });
});
