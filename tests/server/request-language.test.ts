import { describe, expect, it } from "vitest";
import { requestLanguage } from "../../server/request-language.ts";

describe("requestLanguage", () => {
  it.each([
    [undefined, "ja"],
    ["", "ja"],
    ["en-US,en;q=0.9", "en"],
    ["ja,en-US;q=0.8", "ja"],
    ["en;q=0.4,ja;q=0.9", "ja"],
    ["fr-FR,en;q=0.5", "en"],
    ["de", "ja"],
    ["en;q=0", "ja"],
  ])("Accept-Language %j → %s", (header, expected) => {
    expect(requestLanguage(header)).toBe(expected);
  });
});
