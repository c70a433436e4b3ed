import { randomUUID } from "node:crypto";
import { foldForMatch } from "../retrieve/fold.ts";
import type { LexicalSearchIndex } from "../retrieve/lexical-search-index.ts";
import type { AnalyzedQuery } from "../retrieve/query-analyzer.ts";
import type {
  AbstainReason,
  Answerer,
  AnswerRequest,
  AnswerResult,
  Citation,
  Language,
  Passage,
  RetrievalFilter,
} from "../types.ts";
import { answerRequirements, namedEntitiesMissing } from "./answer-requirements.ts";
import { ABSTAIN_MESSAGES, ANTITRUST_NOTE, ANTITRUST_PATTERN, ENGLISH_FRAMING } from "./answer-texts.ts";
import { screenQuestion } from "./question-screen.ts";
import {
  defaultSelectionOptions,
  type Selection,
  type SelectionOptions,
  selectSentences,
} from "./sentence-selection.ts";
import { validateQuestion } from "./validate-question.ts";

export interface ExtractiveAnswererOptions {
  /** Read on every question, so a rebuilt index (new ingest, FAQ) takes effect at once. */
  corpus: { readonly index: LexicalSearchIndex };
  maxQuestionChars?: number;
  /** Below this best-sentence coverage the documents are taken not to answer. */
  minCoverage?: number;
  selection?: SelectionOptions;
  newId?: () => string;
}

const RETRIEVE_LIMIT = 10;
/** Questions whose answer is an enumeration ("どんな物資がありますか", "which sectors"). */
const ASKS_FOR_LIST =
  /(どんな|どのような|どういった|何が|なにが|どれ|挙げ|一覧|列挙|全部|すべて|全て|\bwhich\b|\bwhat are\b|\blist\b)/iu;
const DEFAULT_MIN_COVERAGE = 0.12;

/** Kinds of documents retrieved, most frequent first: the question log's topic. */
export function topicsOf(passages: Passage[]): string[] {
  const counts = new Map<string, number>();
  for (const { chunk } of passages.slice(0, 5)) counts.set(chunk.kind, (counts.get(chunk.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind]) => kind);
}

export function toCitation(passage: Passage, n: number): Citation {
  const { chunk } = passage;
  return {
    n,
    docId: chunk.docId,
    chunkId: chunk.chunkId,
    title: chunk.title,
    issuer: chunk.issuer,
    date: chunk.date,
    kind: chunk.kind,
    version: chunk.version,
    url: chunk.url,
    sectionPath: chunk.sectionPath,
    page: chunk.page,
    text: chunk.text,
  };
}

/**
 * Answers without a language model: the sentences of the top passages that best cover the
 * question, each followed by [n]. Abstains when the evidence does not carry the question.
 */
export class ExtractiveAnswerer implements Answerer {
  constructor(private readonly options: ExtractiveAnswererOptions) {}

  async answer(request: AnswerRequest): Promise<AnswerResult> {
    const started = performance.now();
    const question = validateQuestion(request.question, this.options.maxQuestionChars);
    const { index } = this.options.corpus;
    const query = index.analyze(request.context ? `${request.context}\n${question}` : question);
    const lang = index.analyze(question).lang;
    const base = {
      id: request.id ?? this.options.newId?.() ?? randomUUID(),
      question,
      lang,
      mode: "extractive" as const,
    };
    const finish = (fields: Omit<AnswerResult, keyof typeof base | "latencyMs">): AnswerResult => ({
      ...base,
      ...fields,
      latencyMs: Math.round(performance.now() - started),
    });

    const screened = screenQuestion(question);
    if (screened === "prompt-injection") return finish(this.abstain(screened, lang, []));

    const passages = index.searchAnalyzed(query, this.filterFor(index, question, request.filter), RETRIEVE_LIMIT);
    if (screened) return finish(this.abstain(screened, lang, passages));
    const selection = selectSentences(query, passages, index, {
      ...(this.options.selection ?? defaultSelectionOptions),
      preferLists: ASKS_FOR_LIST.test(question),
    });
    const reason = this.judge(index, question, query, passages, selection);
    if (reason) return finish(this.abstain(reason, lang, passages));

    const ranks = [...new Set(selection.sentences.map((sentence) => sentence.passageRank))];
    const citations = ranks.map((rank, at) => toCitation(passages[rank]!, at + 1));
    const body = selection.sentences
      .map((sentence) => `${sentence.text.replace(/[。.]$/u, "")}[${ranks.indexOf(sentence.passageRank) + 1}]`)
      .join(lang === "ja" ? "。" : " ");
    const answer = `${lang === "en" ? `${ENGLISH_FRAMING} ` : ""}${body}${lang === "ja" ? "。" : ""}`;
    // The note follows what is asked and answered, not every word of a long cited slide.
    const notes = ANTITRUST_PATTERN.test(question) || ANTITRUST_PATTERN.test(body) ? [ANTITRUST_NOTE[lang]] : [];
    return finish({
      resolved: true,
      answer,
      citations,
      retrieved: this.retrieved(passages),
      notes,
      topics: topicsOf(passages),
    });
  }

  /** Why the evidence does not answer the question, or undefined when it does. */
  private judge(
    index: LexicalSearchIndex,
    question: string,
    query: AnalyzedQuery,
    passages: Passage[],
    selection: Selection,
  ): AbstainReason | undefined {
    if (passages.length === 0 || selection.sentences.length === 0) return "no-evidence";
    if (selection.bestCoverage < (this.options.minCoverage ?? DEFAULT_MIN_COVERAGE)) return "no-evidence";
    const cited = new Set(selection.sentences.map((sentence) => sentence.passageRank));
    const evidence = passages
      .filter((_, rank) => rank < 3 || cited.has(rank))
      .map((passage) => foldForMatch(`${passage.chunk.sectionPath.join(" ")}${passage.chunk.text}`))
      .join("\n");
    if (answerRequirements(question).some((requirement) => !requirement.isMet(evidence))) return "no-evidence";
    const places = index.properNouns(query.searchText, "地域").filter((name) => name !== "日本" && name.length > 1);
    if (namedEntitiesMissing(places, evidence, (name) => index.synonymsOf(name)).length > 0) return "no-evidence";
    return undefined;
  }

  /** An older version is searched only when the question names it. */
  private filterFor(
    index: LexicalSearchIndex,
    question: string,
    filter: RetrievalFilter | undefined,
  ): RetrievalFilter | undefined {
    if (filter?.includeSuperseded) return filter;
    const folded = foldForMatch(question);
    const namesOld = index.supersededNames().some((name) => folded.includes(name));
    return namesOld ? { ...filter, includeSuperseded: true } : filter;
  }

  private abstain(
    reason: AbstainReason,
    lang: Language,
    passages: Passage[],
  ): Omit<AnswerResult, "id" | "question" | "lang" | "mode" | "latencyMs"> {
    return {
      resolved: false,
      answer: ABSTAIN_MESSAGES[reason][lang],
      citations: [],
      retrieved: this.retrieved(passages),
      reason,
      notes: reason === "legal-judgement" ? [ANTITRUST_NOTE[lang]] : [],
      topics: topicsOf(passages),
    };
  }

  private retrieved(passages: Passage[]) {
    return passages.slice(0, RETRIEVE_LIMIT).map(({ chunk, score }) => ({
      docId: chunk.docId,
      chunkId: chunk.chunkId,
      text: chunk.text,
      score: Math.round(score * 1000) / 1000,
    }));
  }
}
