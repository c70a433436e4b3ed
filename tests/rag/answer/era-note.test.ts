import { describe, expect, it } from "vitest";
import { eraNote } from "../../../rag/answer/era-note.ts";

describe("eraNote", () => {
  it("gives a quoted Western date in the era the question asks for", () => {
    expect(eraNote("試験物資が対象になったのは令和でいうといつですか？", ["2024年9月 試験物資"])).toBe(
      "※ 2024年9月は令和6年9月です。",
    );
    expect(eraNote("試験会議は令和何年何月何日でしたか", ["試験会議(2025年11月20日開催)"])).toBe(
      "※ 2025年11月20日は令和7年11月20日です。",
    );
    expect(eraNote("和暦で何年に始まりましたか", ["2019年に開始"])).toBe("※ 2019年は令和元年です。");
  });

  it("gives a quoted era date in the Western calendar when the question asks for that", () => {
    expect(eraNote("試験法が成立したのは西暦何年？", ["試験法(令和4年5月成立)"])).toBe(
      "※ 令和4年5月は西暦2022年5月です。",
    );
    expect(eraNote("西暦でいつ？", ["令和四年法律第四十三号"])).toBeUndefined();
  });

  it("adds nothing when the question names no calendar, or the quotes hold no date", () => {
    expect(eraNote("試験物資が対象になったのはいつですか？", ["2024年9月 試験物資"])).toBeUndefined();
    expect(eraNote("令和でいうといつですか？", ["試験物資を追加"])).toBeUndefined();
  });
});
