import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import kuromoji, { type IpadicFeatures, type Tokenizer } from "kuromoji";
import { wellFormed } from "../user-text.ts";
import { cjkBigrams, normalizeForSearch } from "./fold.ts";
import { questionPredicateIndexes } from "./question-predicates.ts";

/** What one text turns into for search. */
export interface AnalyzedText {
  /** Content words (base forms), lower case. */
  words: string[];
  /** Kanji/katakana character bigrams. */
  bigrams: string[];
  /** Runs of adjacent nouns joined (e.g. 技術 + 流出 + 対策 → 技術流出対策): the question's key phrases. */
  compounds: string[];
}

const STOP_WORDS = new Set([
  "する",
  "ある",
  "いる",
  "なる",
  "れる",
  "られる",
  "できる",
  "いう",
  "思う",
  "おる",
  "くる",
  "いく",
  "やる",
  "みる",
  "こと",
  "もの",
  "ため",
  "よう",
  "これ",
  "それ",
  "あれ",
  "どれ",
  "ここ",
  "そこ",
  "どこ",
  "とき",
  "ところ",
  "ほう",
  "の",
  "ん",
  "さん",
  "など",
  "等",
  "的",
  "化",
  "性",
]);

/** A verb made of a noun and づける/付ける (義務づける, 位置付ける). */
const NOUN_MADE_VERB = /^(\p{Script=Han}{2,})(?:づける|付ける)$/u;

function isContentToken(token: IpadicFeatures): boolean {
  const { pos, pos_detail_1: detail } = token;
  if (pos === "名詞")
    return detail !== "非自立" && detail !== "代名詞" && detail !== "接尾"
      ? true
      : detail === "接尾" && token.surface_form.length > 1;
  if (pos === "動詞" || pos === "形容詞") return detail === "自立";
  if (pos === "接頭詞") return false;
  return token.word_type === "UNKNOWN" && pos !== "記号";
}

function isNounLike(token: IpadicFeatures): boolean {
  if (token.pos === "名詞") return token.pos_detail_1 !== "非自立" && token.pos_detail_1 !== "代名詞";
  // 第 (as in 第2版) and 再 (再改訂) glue onto the following noun.
  return token.pos === "接頭詞" && token.pos_detail_1 === "数接続";
}

const LINE_CACHE_SIZE = 200_000;

/** Japanese analysis: kuromoji (IPADIC, shipped inside the npm package) plus character bigrams. */
export class JapaneseTokenizer {
  /**
   * Analyses of recent lines: documents repeat lines (slide headers, footers, revised versions
   * of the same text), and morphological analysis is the main cost of indexing.
   */
  private readonly lineCache = new Map<string, { words: string[]; compounds: string[] }>();

  private constructor(private readonly tokenizer: Tokenizer<IpadicFeatures>) {}

  static async load(): Promise<JapaneseTokenizer> {
    const require = createRequire(import.meta.url);
    const dicPath = join(dirname(require.resolve("kuromoji/package.json")), "dict");
    const tokenizer = await new Promise<Tokenizer<IpadicFeatures>>((resolve, reject) => {
      kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
    });
    return new JapaneseTokenizer(tokenizer);
  }

  /** Raw morphemes of normalised text. */
  morphemes(text: string): IpadicFeatures[] {
    return this.tokenize(normalizeForSearch(wellFormed(text)));
  }

  /**
   * kuromoji reads a katakana compound before って as names and a verb (セキュリティ・クリアランスって →
   * クリ/アラン/スっ/て), and a law's name too (試験保護法って → 法っ/て, a verb); a space between them keeps the word
   * whole, and is dropped again.
   */
  private tokenize(text: string): IpadicFeatures[] {
    const spaced = text.replace(/([\p{Script=Katakana}ー・]{2,}|(?<=\p{Script=Han})法)(?=っ)/gu, "$1 ");
    const tokens = this.tokenizer.tokenize(spaced);
    if (spaced === text) return tokens;
    return tokens.filter(
      (token, at) => !(token.pos_detail_1 === "空白" && tokens[at + 1]?.surface_form.startsWith("っ") === true),
    );
  }

  analyze(input: string): AnalyzedText {
    // kuromoji throws on a lone surrogate; whatever the caller checked, the index must not crash on one.
    const text = wellFormed(input);
    const words: string[] = [];
    const compounds: string[] = [];
    // Line breaks end words and key phrases anyway, so analysing line by line changes nothing but the cost.
    for (const line of text.split("\n")) {
      const normalizedLine = normalizeForSearch(line);
      if (normalizedLine === "") continue;
      let analyzed = this.lineCache.get(normalizedLine);
      if (analyzed === undefined) {
        analyzed = this.analyzeLine(normalizedLine);
        if (this.lineCache.size >= LINE_CACHE_SIZE) this.lineCache.clear();
        this.lineCache.set(normalizedLine, analyzed);
      }
      words.push(...analyzed.words);
      compounds.push(...analyzed.compounds);
    }
    return { words, bigrams: cjkBigrams(normalizeForSearch(text)), compounds };
  }

  /**
   * A question's analysis: as `analyze`, without the words that speak about the asking
   * (教えてください, 知りたい, …と聞きました), so they neither match nor dilute the topic's terms.
   */
  analyzeQuestion(text: string): AnalyzedText {
    const words: string[] = [];
    const compounds: string[] = [];
    for (const line of text.split("\n")) {
      const normalizedLine = normalizeForSearch(line);
      if (normalizedLine === "") continue;
      const analyzed = this.analyzeLine(normalizedLine, true);
      words.push(...analyzed.words);
      compounds.push(...analyzed.compounds);
    }
    return { words, bigrams: cjkBigrams(normalizeForSearch(text)), compounds };
  }

  private analyzeLine(normalized: string, question = false): { words: string[]; compounds: string[] } {
    const tokens = this.tokenize(normalized);
    const skipped = question ? questionPredicateIndexes(tokens) : new Set<number>();
    const words: string[] = [];
    const compounds: string[] = [];
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) compounds.push(run.join(""));
      else if (run.length === 1 && run[0]!.length > 1) compounds.push(run[0]!);
      run = [];
    };
    tokens.forEach((token, at) => {
      const surface = token.surface_form.trim();
      // 「義務づけるものですか」: the noun inside the verb is what is asked about (the documents write 義務を課す).
      const made = question && token.pos === "動詞" ? token.basic_form.match(NOUN_MADE_VERB)?.[1] : undefined;
      if (made && !STOP_WORDS.has(made)) words.push(made);
      if (surface === "" || skipped.has(at)) {
        flush();
        return;
      }
      if (isContentToken(token)) {
        const base = token.basic_form && token.basic_form !== "*" ? token.basic_form : surface;
        if (!STOP_WORDS.has(base) && !/^[\p{P}\p{S}]+$/u.test(base)) words.push(base);
      }
      if (isNounLike(token) && !STOP_WORDS.has(surface)) run.push(surface);
      else flush();
    });
    flush();
    return { words, compounds };
  }
}
