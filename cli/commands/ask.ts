import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { openCore } from "../../app/core.ts";
import { isTaiwaError, TaiwaError } from "../../app/errors.ts";
import { DOCUMENT_KINDS, type DocumentKind, type RetrievalFilter } from "../../rag/types.ts";
import { formatAnswer } from "../format-answer.ts";
import { dataDirFrom, parseCommandArgs } from "../options.ts";
import type { CliCommand, CliIo } from "../types.ts";

const usage =
  'npm run -s taiwa -- ask "<質問>" [--json] [--kind KIND,…] [--doc DOCID,…] | ask --batch FILE.jsonl [--data-dir DIR]';

/** --kind and --doc narrow retrieval to kinds of document (guidance, casebook, …) or named documents. */
function filterFrom(values: Record<string, unknown>): RetrievalFilter | undefined {
  const list = (value: unknown) =>
    typeof value === "string"
      ? value
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean)
      : [];
  const kinds = list(values.kind);
  const unknown = kinds.filter((kind) => !(DOCUMENT_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0) {
    throw new TaiwaError(
      "input_malformed",
      `--kind に不明な種類があります: ${unknown.join(", ")}(使える値: ${DOCUMENT_KINDS.join(", ")})`,
    );
  }
  const docIds = list(values.doc);
  if (kinds.length === 0 && docIds.length === 0) return undefined;
  return { ...(kinds.length > 0 ? { kinds: kinds as DocumentKind[] } : {}), ...(docIds.length > 0 ? { docIds } : {}) };
}

async function runBatch(
  path: string,
  answer: (id: string, question: unknown) => Promise<object>,
  io: CliIo,
): Promise<number> {
  const stream = createReadStream(path, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  try {
    await opened;
  } catch (error) {
    throw new TaiwaError("file_unreadable", `バッチファイルを読めません: ${path}(cannot read the batch file)`, {
      cause: error,
    });
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (line.trim() === "") continue;
    let record: { id?: unknown; question?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      io.stdout.write(
        `${JSON.stringify({ id: null, line: lineNumber, error: { code: "input_malformed", message: "JSON として読めない行です。(not valid JSON)" } })}\n`,
      );
      continue;
    }
    const id =
      typeof record.id === "string" || typeof record.id === "number" ? String(record.id) : `line-${lineNumber}`;
    io.stdout.write(`${JSON.stringify(await answer(id, record.question))}\n`);
  }
  return 0;
}

export const askCommand: CliCommand = {
  name: "ask",
  summary: "質問に出典付きで答える (answer a question with citations)",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { json: { type: "boolean" }, batch: { type: "string" }, kind: { type: "string" }, doc: { type: "string" } },
      usage,
    );
    const filter = filterFrom(values);
    const batch = typeof values.batch === "string" ? values.batch : undefined;
    if (!batch && positionals.length === 0)
      throw new TaiwaError("input_empty", `質問を入力してください。使い方: ${usage}`);
    const core = await openCore({
      dataDir: dataDirFrom(values, io.env),
      corpusDir: io.env.TAIWA_CORPUS_DIR ?? "./corpus",
    });
    await core.ensureIndexed();
    if (batch) {
      return runBatch(
        batch,
        async (id, question) => {
          try {
            return await core.answerer.answer({ id, question: question as string, filter });
          } catch (error) {
            // One bad line must not cost the rest of the batch its answers.
            if (!isTaiwaError(error))
              return { id, error: { code: "internal", message: "この質問に答えられませんでした。(internal error)" } };
            return { id, error: { code: error.code, message: error.message } };
          }
        },
        io,
      );
    }
    const result = await core.answerer.answer({ question: positionals.join(" "), filter });
    io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : formatAnswer(result));
    return 0;
  },
};
