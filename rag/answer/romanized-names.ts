/**
 * A person's name in Latin letters from the katakana reading the tokenizer gives it (スナミ アツシ → Sunami Atsushi),
 * in the modified Hepburn romanisation Japanese names are usually written in, family name first as the documents
 * write it. Long vowels are left unmarked (オオハシ → Ohashi), as passports write them.
 */

const SYLLABLES: Readonly<Record<string, string>> = {
  ア: "a",
  イ: "i",
  ウ: "u",
  エ: "e",
  オ: "o",
  カ: "ka",
  キ: "ki",
  ク: "ku",
  ケ: "ke",
  コ: "ko",
  ガ: "ga",
  ギ: "gi",
  グ: "gu",
  ゲ: "ge",
  ゴ: "go",
  サ: "sa",
  シ: "shi",
  ス: "su",
  セ: "se",
  ソ: "so",
  ザ: "za",
  ジ: "ji",
  ズ: "zu",
  ゼ: "ze",
  ゾ: "zo",
  タ: "ta",
  チ: "chi",
  ツ: "tsu",
  テ: "te",
  ト: "to",
  ダ: "da",
  ヂ: "ji",
  ヅ: "zu",
  デ: "de",
  ド: "do",
  ナ: "na",
  ニ: "ni",
  ヌ: "nu",
  ネ: "ne",
  ノ: "no",
  ハ: "ha",
  ヒ: "hi",
  フ: "fu",
  ヘ: "he",
  ホ: "ho",
  バ: "ba",
  ビ: "bi",
  ブ: "bu",
  ベ: "be",
  ボ: "bo",
  パ: "pa",
  ピ: "pi",
  プ: "pu",
  ペ: "pe",
  ポ: "po",
  マ: "ma",
  ミ: "mi",
  ム: "mu",
  メ: "me",
  モ: "mo",
  ヤ: "ya",
  ユ: "yu",
  ヨ: "yo",
  ラ: "ra",
  リ: "ri",
  ル: "ru",
  レ: "re",
  ロ: "ro",
  ワ: "wa",
  ヲ: "o",
  ン: "n",
};

/** Small ャ, ュ, ョ after a syllable ending in i: キャ → kya, シャ → sha. */
const GLIDES: Readonly<Record<string, string>> = { ャ: "a", ュ: "u", ョ: "o" };

function romanizedKana(kana: string): string | undefined {
  let out = "";
  let doubled = false;
  for (let at = 0; at < kana.length; at++) {
    const char = kana[at]!;
    if (char === "ッ") {
      doubled = true;
      continue;
    }
    if (char === "ー") continue;
    let syllable = SYLLABLES[char];
    if (syllable === undefined) return undefined;
    const glide = GLIDES[kana[at + 1] ?? ""];
    if (glide !== undefined && syllable.endsWith("i")) {
      const stem = syllable.slice(0, -1);
      syllable = /^(?:sh|ch|j)$/u.test(stem) ? `${stem}${glide}` : `${stem}y${glide}`;
      at++;
    }
    if (doubled) {
      out += syllable.startsWith("ch") ? "t" : syllable[0];
      doubled = false;
    }
    out += syllable;
  }
  // A long o or u is written once (オオハシ → Ohashi, ユウキ → Yuki).
  return out
    .replace(/ou(?=[^aeiou]|$)/gu, "o")
    .replace(/oo/gu, "o")
    .replace(/uu/gu, "u");
}

/** 'スナミ', 'アツシ' → "Sunami Atsushi"; undefined when a reading holds a character the table lacks. */
export function romanizedName(readings: readonly string[]): string | undefined {
  const words = readings.map(romanizedKana);
  if (words.some((word) => word === undefined || word === "")) return undefined;
  return (words as string[]).map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`).join(" ");
}
