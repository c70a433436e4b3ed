import type { IpadicFeatures } from "kuromoji";

/** The benefactive auxiliaries (授受補助動詞) and ほしい: a closed grammatical class, not a list of phrasings. */
const REQUEST_AUXILIARIES = new Set([
  "くださる",
  "くれる",
  "もらう",
  "もらえる",
  "いただく",
  "いただける",
  "ほしい",
  "欲しい",
]);
const QUOTING_PARTICLES = new Set(["引用", "連語"]);

function isIndependentVerb(token: IpadicFeatures | undefined): boolean {
  return token?.pos === "動詞" && token.pos_detail_1 === "自立";
}

/** A verb's own index, plus the サ変 noun it completes (説明 + し, 確認 + し). */
function predicateIndexes(tokens: IpadicFeatures[], verbAt: number): number[] {
  const before = tokens[verbAt - 1];
  const completesNoun = tokens[verbAt]?.basic_form === "する" && before?.pos_detail_1 === "サ変接続";
  return completesNoun ? [verbAt - 1, verbAt] : [verbAt];
}

/**
 * Indexes of the morphemes that speak about the asking, not about the topic, found by their
 * grammatical role rather than by listing phrasings:
 * - a request: verb + て + a dependent verb or adjective (教えてください, 挙げてもらえますか, 説明してほしい);
 * - a wish of the asker: verb + たい (知りたい, 確認したい);
 * - a report of hearsay or memory: a quoting particle + verb (…と聞きました, …って聞いた, …と記憶している).
 * What they govern (the topic words) is kept.
 */
export function questionPredicateIndexes(tokens: IpadicFeatures[]): Set<number> {
  const meta = new Set<number>();
  tokens.forEach((token, at) => {
    const next = tokens[at + 1];
    const afterNext = tokens[at + 2];
    if (isIndependentVerb(token)) {
      const request =
        next?.pos === "助詞" &&
        next.pos_detail_1 === "接続助詞" &&
        (next.surface_form === "て" || next.surface_form === "で") &&
        afterNext?.pos_detail_1 === "非自立" &&
        REQUEST_AUXILIARIES.has(afterNext.basic_form);
      const wish = next?.pos === "助動詞" && next.basic_form === "たい";
      if (request || wish) for (const index of predicateIndexes(tokens, at)) meta.add(index);
    }
    if (token.pos === "助詞" && token.pos_detail_1 === "格助詞" && QUOTING_PARTICLES.has(token.pos_detail_2)) {
      if (isIndependentVerb(next)) meta.add(at + 1);
      else if (next?.pos_detail_1 === "サ変接続" && tokens[at + 2]?.basic_form === "する") meta.add(at + 1);
    }
  });
  // Obligation and permission (作らないとダメ, 届け出なくても大丈夫): the evaluative word after 「ないと」 or
  // 「ても」 says how the asker asks (must / may), not what about.
  tokens.forEach((token, at) => {
    const evaluative =
      token.pos_detail_1 === "形容動詞語幹" || (token.pos_detail_1 === "自立" && token.pos === "形容詞");
    if (!evaluative) return;
    const [twoBack, before] = [tokens[at - 2], tokens[at - 1]];
    const obligation = before?.surface_form === "と" && twoBack?.basic_form === "ない";
    const permission =
      before?.surface_form === "も" && (twoBack?.surface_form === "て" || twoBack?.surface_form === "で");
    if (obligation || permission) meta.add(at);
  });
  // The last verb of a question is its predicate (…に当たるんですか, …と言ってますか): how it asks, while
  // its arguments say what about. A サ変 noun before it (分類してますか) is kept: it names the topic.
  for (let at = tokens.length - 1; at >= 0; at--) {
    if (!isIndependentVerb(tokens[at])) continue;
    meta.add(at);
    break;
  }
  return meta;
}
