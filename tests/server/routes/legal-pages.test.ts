import { describe, expect, it } from "vitest";
import { buildTestApp } from "../build-test-app.ts";

// The Teams app package links to <base>/privacy and <base>/terms (issue 12 item 9): they must exist.
describe("privacy notice and terms of use", () => {
  it("serves /privacy in Japanese: what is stored, who sees it, how long, and how to have it erased", async () => {
    const { app } = buildTestApp();
    const response = await app.request("/privacy");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    const page = await response.text();
    expect(page).toContain('<html lang="ja">');
    for (const text of [
      "保存する情報",
      "質問文",
      "表示名",
      "見ることができる人",
      "経済産業省の担当者",
      "保存期間",
      "削除",
    ])
      expect(page).toContain(text);
    expect(page).toContain("保存期間は定められていません");
  });

  it("states the configured retention period, and says so when question text goes to the logs", async () => {
    const { app } = buildTestApp({ config: { RETENTION_DAYS: 365, LOG_QUESTIONS: true } });
    const page = await (await app.request("/privacy")).text();
    expect(page).toContain("365日");
    expect(page).toContain("動作記録（ログ）にも質問文が記録されます");
    const quiet = await (await buildTestApp().app.request("/privacy")).text();
    expect(quiet).toContain("動作記録（ログ）には質問文を残しません");
  });

  it("serves /terms: general information, not legal advice, and where to consult", async () => {
    const { app } = buildTestApp();
    const response = await app.request("/terms");
    expect(response.status).toBe(200);
    const page = await response.text();
    for (const text of ["一般的な情報", "法的助言ではありません", "経済産業省", "公正取引委員会", "出典"])
      expect(page).toContain(text);
  });
});
