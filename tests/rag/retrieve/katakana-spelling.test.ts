import { describe, expect, it } from "vitest";
import { foldKatakana, KatakanaSpellings } from "../../../rag/retrieve/katakana-spelling.ts";

const documents = KatakanaSpellings.fromTexts([
  "セキュリティ・クリアランスとは、情報保全の仕組みである。",
  "コンピュータの管理とセキュリティ・クリアランスの運用。",
  "クラウド、ロボット、ルールの整備。",
]);

describe("KatakanaSpellings", () => {
  it("folds long vowel marks and middle dots away", () => {
    expect(foldKatakana("セキュリティー・クリアランス")).toBe("セキュリティクリアランス");
  });

  it("respells a katakana word as the documents write it when only long vowels and dots differ", () => {
    expect(documents.respell("セキュリティークリアランスって何？")).toBe("セキュリティ・クリアランスって何？");
    expect(documents.respell("コンピューターの管理は？")).toBe("コンピュータの管理は？");
    // Half-width katakana is read as its full-width word.
    expect(documents.respell("ｾｷｭﾘﾃｨｰｸﾘｱﾗﾝｽとは")).toBe("セキュリティ・クリアランスとは");
  });

  it("leaves the words the documents write as typed, and the words they never write at all", () => {
    expect(documents.respell("セキュリティ・クリアランス制度")).toBe("セキュリティ・クリアランス制度");
    expect(documents.respell("ドローンの規制")).toBe("ドローンの規制");
    // A dot between two listed words is kept: the pair is no word of the documents.
    expect(documents.respell("クラウド・ロボット")).toBe("クラウド・ロボット");
    // Too short once folded to tell one word from another.
    expect(documents.respell("ルルの整備")).toBe("ルルの整備");
  });
});
