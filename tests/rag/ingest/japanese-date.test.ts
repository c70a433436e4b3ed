import { describe, expect, it } from "vitest";
import { dateFromFileName, parseJapaneseDate } from "../../../rag/ingest/japanese-date.ts";

describe("parseJapaneseDate", () => {
  it.each([
    ["令和4年10月15日", "2022-10-15"],
    ["令和元年5月1日", "2019-05-01"],
    ["令和七年十一月七日", "2025-11-07"],
    ["平成30年12月", "2018-12"],
    ["昭和64年1月7日", "1989-01-07"],
    ["2025年5月", "2025-05"],
    ["２０２４年２月", "2024-02"],
    ["2023年", "2023"],
    ["資料 2024/10/01 版", "2024-10-01"],
    ["改訂 2025-05-30", "2025-05-30"],
  ])("%s → %s", (text, iso) => {
    expect(parseJapaneseDate(text)).toBe(iso);
  });

  it("takes the first date in the text", () => {
    expect(parseJapaneseDate("令和7年11月7日\n(2022年12月策定)")).toBe("2025-11-07");
  });

  it("returns undefined without a date or with an impossible one", () => {
    expect(parseJapaneseDate("日付のない資料")).toBeUndefined();
    expect(parseJapaneseDate("2024年13月")).toBeUndefined();
  });
});

describe("dateFromFileName", () => {
  it("reads dates at the start of file names", () => {
    expect(dateFromFileName("2024-10-01_meti_minutes.txt")).toBe("2024-10-01");
    expect(dateFromFileName("2024-02_meti_globalization.txt")).toBe("2024-02");
    expect(dateFromFileName("20250530_actionplan.pdf")).toBe("2025-05-30");
    expect(dateFromFileName("actionplan.pdf")).toBeUndefined();
  });
});
