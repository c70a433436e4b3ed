import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Browser, type ConsoleFixture, consoleFixture } from "./console-fixture.ts";

function textareaValue(page: string, name: string): string | undefined {
  return new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`).exec(page)?.[1];
}

describe("console detail page: answer first", () => {
  let fixture: ConsoleFixture;
  let browser: Browser;
  let csrf: string;

  beforeEach(async () => {
    fixture = await consoleFixture();
    browser = new Browser(fixture.app);
    csrf = await browser.signIn("sato");
  });
  afterEach(() => fixture.questionLog.close());

  it("puts the question, 補足 and the bot's answer beside the composer, with templates offered", async () => {
    const entry = await fixture.record({ userContext: "補足の文" });
    const page = await (await browser.get(`/console/questions/${entry.id}`)).text();
    const work = page.slice(page.indexOf('<div class="work">'), page.indexOf("送信済みの省庁の回答") >>> 0);
    for (const text of ["特定重要物資の認定について", "補足の文", "資料からは判断できません。", 'id="composer"'])
      expect(work).toContain(text);
    for (const template of await fixture.questionLog.templates.list())
      expect(page).toContain(`<option value="${template.id}">${template.title}</option>`);
  });

  it("inserts a template after what was typed, keeping the typed text", async () => {
    const entry = await fixture.record();
    const [template] = await fixture.questionLog.templates.list();
    const response = await browser.post(`/console/questions/${entry.id}/template`, {
      _csrf: csrf,
      template: template?.id ?? "",
      answer: "書きかけの文",
    });
    expect(response.status).toBe(200);
    expect(textareaValue(await response.text(), "answer")).toBe(`書きかけの文\n\n${template?.body}`);
    expect(fixture.slack.calls).toBe(0);
  });

  it("previews exactly what the asker will see on Slack, Teams and the web before anything is sent", async () => {
    const cases = [
      { surface: "slack" as const, marks: ["preview-slack", "経済産業省担当者からの回答", "ご質問: 特定重要物資"] },
      { surface: "teams" as const, marks: ["preview-teams", "🏛️ 経済産業省担当者からの回答", "ご質問: 特定重要物資"] },
      { surface: "web" as const, marks: ["preview-web", "省庁の回答", "回答日:"] },
    ];
    for (const { surface, marks } of cases) {
      const entry = await fixture.record({ surface });
      const response = await browser.post(`/console/questions/${entry.id}/confirm`, {
        _csrf: csrf,
        answer: "A&B <社> の *件* です。",
      });
      expect(response.status).toBe(200);
      const page = await response.text();
      for (const mark of marks) expect(page, surface).toContain(mark);
      // Slack and Teams escape these characters for their markup; the asker sees the characters, and so does the
      // preview. Slack alone turns *…* between spaces into bold; Teams receives it escaped, the web chat as text.
      expect(page, surface).toContain(
        surface === "slack" ? "A&amp;B &lt;社&gt; の <strong>件</strong> です。" : "A&amp;B &lt;社&gt; の *件* です。",
      );
      expect(page).toContain('<button name="after" value="close">送信して完了</button>');
      expect(page).toContain('<input type="hidden" name="answer" value="A&amp;B &lt;社&gt; の *件* です。">');
    }
    expect(fixture.slack.calls + fixture.teams.calls + fixture.web.calls).toBe(0);
    const empty = await browser.post(`/console/questions/1/confirm`, { _csrf: csrf, answer: "  " });
    expect(empty.status).toBe(400);
  });

  it("renders Slack's mrkdwn marks in the Slack preview only where Slack would, and never raw HTML", async () => {
    const entry = await fixture.record({ surface: "slack" });
    const page = await (
      await browser.post(`/console/questions/${entry.id}/confirm`, {
        _csrf: csrf,
        answer: "期限は *3月末* です。`様式1` を _必ず_ ~旧様式~ ではなく。a*b*c と <b>x</b>",
      })
    ).text();
    const preview = page.slice(page.indexOf("preview-slack"), page.indexOf("</figure>"));
    expect(preview).toContain(
      "期限は <strong>3月末</strong> です。<code>様式1</code> を <em>必ず</em> <s>旧様式</s> ではなく。",
    );
    expect(preview).toContain("a*b*c と &lt;b&gt;x&lt;/b&gt;");
  });

  it("sends and closes in one step, and lands back at the part of the page acted on", async () => {
    const entry = await fixture.record();
    const sent = await browser.post(`/console/questions/${entry.id}/answer`, {
      _csrf: csrf,
      answer: "回答です。",
      after: "close",
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("Location")).toBe(`/console/questions/${entry.id}?done=answer-close`);
    expect(await fixture.questionLog.get(entry.id)).toMatchObject({ status: "closed", ministryAnswer: "回答です。" });
    expect(fixture.slack.delivered.map((delivery) => delivery.answer)).toEqual(["回答です。"]);
    const page = await (await browser.get(`/console/questions/${entry.id}?done=answer-close`)).text();
    expect(page).toContain("回答を送信し、完了にしました。");
    const note = await browser.post(`/console/questions/${entry.id}/note`, { _csrf: csrf, note: "所管課に共有済み" });
    expect(note.headers.get("Location")).toBe(`/console/questions/${entry.id}?done=note#notes`);
    const closed = await browser.post(`/console/questions/${entry.id}/reopen`, { _csrf: csrf });
    expect(closed.headers.get("Location")).toMatch(/#actions$/);
  });

  it("keeps internal notes on the page and never sends them", async () => {
    const entry = await fixture.record();
    await browser.post(`/console/questions/${entry.id}/note`, { _csrf: csrf, note: "社名は伏せて回答する" });
    expect((await browser.post(`/console/questions/${entry.id}/note`, { _csrf: csrf, note: " " })).status).toBe(400);
    const page = await (await browser.get(`/console/questions/${entry.id}`)).text();
    expect(page).toContain("社名は伏せて回答する");
    expect(page).toContain("内部メモ(質問者には送られません)");
    expect(fixture.slack.calls).toBe(0);
  });

  it("delivers an edit after sending as a 訂正 in the same thread and keeps both versions", async () => {
    const entry = await fixture.record();
    await browser.post(`/console/questions/${entry.id}/answer`, { _csrf: csrf, answer: "第一版の回答" });
    const before = await (await browser.get(`/console/questions/${entry.id}`)).text();
    expect(textareaValue(before, "answer")).toBe("第一版の回答");
    expect(before).toContain("訂正をプレビューして確認");
    const preview = await (
      await browser.post(`/console/questions/${entry.id}/confirm`, { _csrf: csrf, answer: "第二版の回答" })
    ).text();
    expect(preview).toContain("経済産業省担当者からの回答(訂正)");
    expect(preview).toContain("先にお送りした回答を、次のとおり訂正します。");
    expect(preview).toContain(`action="/console/questions/${entry.id}/correct"`);
    const corrected = await browser.post(`/console/questions/${entry.id}/correct`, {
      _csrf: csrf,
      answer: "第二版の回答",
    });
    expect(corrected.headers.get("Location")).toBe(`/console/questions/${entry.id}?done=correct`);
    expect(
      fixture.slack.delivered.map(({ answer, correction, delivery }) => ({ answer, correction, delivery })),
    ).toEqual([
      { answer: "第一版の回答", correction: undefined, delivery: entry.delivery },
      { answer: "第二版の回答", correction: true, delivery: entry.delivery },
    ]);
    const page = await (await browser.get(`/console/questions/${entry.id}`)).text();
    expect(page).toContain("回答の版(訂正の履歴)");
    expect(page).toContain("第一版の回答");
    expect(page).toContain("第2版(訂正)");
  });

  it("refuses an answer when someone answered first, and keeps the typed text in the composer", async () => {
    const entry = await fixture.record();
    const other = new Browser(fixture.app, "192.0.2.2");
    const otherCsrf = await other.signIn("admin");
    await other.post(`/console/questions/${entry.id}/answer`, { _csrf: otherCsrf, answer: "先に送られた回答" });
    const refused = await browser.post(`/console/questions/${entry.id}/answer`, {
      _csrf: csrf,
      answer: "長い時間をかけて書いた回答",
    });
    expect(refused.status).toBe(409);
    const page = await refused.text();
    expect(page).toContain("admin さんが先に回答しました");
    expect(textareaValue(page, "answer")).toBe("長い時間をかけて書いた回答");
    expect(fixture.slack.delivered.map((delivery) => delivery.answer)).toEqual(["先に送られた回答"]);
  });

  it("shows who else has the question open, for a short while after their last refresh", async () => {
    const entry = await fixture.record();
    const other = new Browser(fixture.app, "192.0.2.2");
    await other.signIn("admin");
    await other.get(`/console/questions/${entry.id}`);
    const frame = await browser.get(`/console/questions/${entry.id}/presence`);
    expect(frame.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'self'");
    const framed = await frame.text();
    expect(framed).toContain("admin さんもこの質問を開いています");
    expect(framed).toMatch(/<meta http-equiv="refresh" content="\d+">/);
    const page = await browser.get(`/console/questions/${entry.id}`);
    expect(page.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain(`<iframe class="presence" src="/console/questions/${entry.id}/presence"`);
    const confirm = await (
      await browser.post(`/console/questions/${entry.id}/confirm`, { _csrf: csrf, answer: "回答" })
    ).text();
    expect(confirm).toContain("admin さんもこの質問を開いています");
    fixture.clock.now = new Date(fixture.clock.now.getTime() + 2 * 60_000);
    expect(await (await browser.get(`/console/questions/${entry.id}/presence`)).text()).toContain(
      "ほかにこの質問を開いている担当者はいません。",
    );
  });

  it("renders stored-XSS attempts inert on the confirmation, presence and template pages", async () => {
    const attack = `<script>alert(1)</script><img src=x onerror="alert(2)">"'`;
    const admin = new Browser(fixture.app, "192.0.2.2");
    const adminCsrf = await admin.signIn("admin");
    await admin.post("/console/admin/templates", { _csrf: adminCsrf, title: attack, body: attack });
    for (const surface of ["slack", "teams", "web"] as const) {
      const entry = await fixture.record({ surface, question: attack });
      await fixture.questionLog.addNote({ questionId: entry.id, author: "sato", body: attack });
      const pages = [
        await (await browser.post(`/console/questions/${entry.id}/confirm`, { _csrf: csrf, answer: attack })).text(),
        await (await browser.get(`/console/questions/${entry.id}`)).text(),
        await (await admin.get("/console/admin/templates")).text(),
      ];
      for (const page of pages) {
        expect(page).not.toContain("<script>alert");
        expect(page).not.toContain("<img src=x");
        expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      }
    }
  });

  it("lets admins add, edit and delete reply templates", async () => {
    const admin = new Browser(fixture.app, "192.0.2.2");
    const adminCsrf = await admin.signIn("admin");
    expect(
      (
        await admin.post("/console/admin/templates", {
          _csrf: adminCsrf,
          title: "受付のお知らせ",
          body: "受け付けました。",
        })
      ).status,
    ).toBe(303);
    const added = (await fixture.questionLog.templates.list()).find((template) => template.title === "受付のお知らせ");
    expect(added?.updatedBy).toBe("admin");
    await admin.post("/console/admin/templates", {
      _csrf: adminCsrf,
      id: added?.id ?? "",
      title: "受付のお知らせ(改)",
      body: "受け付けました。",
    });
    expect((await fixture.questionLog.templates.get(added?.id ?? ""))?.title).toBe("受付のお知らせ(改)");
    expect((await admin.post("/console/admin/templates", { _csrf: adminCsrf, title: "", body: "x" })).status).toBe(400);
    expect((await admin.post(`/console/admin/templates/${added?.id}/delete`, { _csrf: adminCsrf })).status).toBe(303);
    expect(await fixture.questionLog.templates.get(added?.id ?? "")).toBeUndefined();
  });
});
