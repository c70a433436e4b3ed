import type { AnswerResult, Citation, Language, Passage } from "../types.ts";
import { ANTITRUST_NOTE, ANTITRUST_PATTERN } from "./answer-texts.ts";

const GENERATED_NOTE: Record<Language, string> = {
  ja: "この回答は生成モデルが資料をもとに作成しました。引用元の資料もご確認ください。",
  en: "This answer was written by a language model from the sources; please check the cited passages.",
};

/** Builds the answer JSON from a checked model output; the antitrust note follows the same rule as extractive answers. */
export function toAnswerResult(options: {
  id: string;
  question: string;
  lang: Language;
  output: { resolved: boolean; answer: string; cited: number[] };
  passages: Passage[];
  latencyMs: number;
}): AnswerResult {
  const { output, passages } = options;
  const citations = output.cited.flatMap((n) => {
    const passage = passages[n - 1];
    return passage ? [toCitation(n, passage)] : [];
  });
  return {
    id: options.id,
    question: options.question,
    lang: options.lang,
    resolved: output.resolved,
    answer: output.answer,
    citations,
    retrieved: passages
      .slice(0, 10)
      .map(({ chunk, score }) => ({ docId: chunk.docId, chunkId: chunk.chunkId, text: chunk.text, score })),
    ...(output.resolved ? {} : { reason: "no-evidence" as const }),
    notes: [
      ...(ANTITRUST_PATTERN.test(options.question) || ANTITRUST_PATTERN.test(output.answer)
        ? [ANTITRUST_NOTE[options.lang]]
        : []),
      GENERATED_NOTE[options.lang],
    ],
    topics: topicsOf(passages),
    mode: "generated",
    latencyMs: options.latencyMs,
  };
}

function toCitation(n: number, { chunk }: Passage): Citation {
  return {
    n,
    docId: chunk.docId,
    chunkId: chunk.chunkId,
    title: chunk.title,
    kind: chunk.kind,
    sectionPath: chunk.sectionPath,
    text: chunk.text,
    ...(chunk.issuer !== undefined ? { issuer: chunk.issuer } : {}),
    ...(chunk.date !== undefined ? { date: chunk.date } : {}),
    ...(chunk.version !== undefined ? { version: chunk.version } : {}),
    ...(chunk.url !== undefined ? { url: chunk.url } : {}),
    ...(chunk.page !== undefined ? { page: chunk.page } : {}),
  };
}

/** Kinds of the retrieved documents, most frequent first (ties: first seen). */
function topicsOf(passages: Passage[]): string[] {
  const counts = new Map<string, number>();
  for (const { chunk } of passages) counts.set(chunk.kind, (counts.get(chunk.kind) ?? 0) + 1);
  return [...counts.entries()].sort((left, right) => right[1] - left[1]).map(([kind]) => kind);
}
