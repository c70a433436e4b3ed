import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../app/logger.ts";
import { SlackNotifier } from "../../bots/slack/slack-notifier.ts";
import { questionReference } from "../../questions/question-reference.ts";
import { BOT_TOKEN } from "../bots/slack/slack-harness.ts";
import { SlackWebApiStandIn } from "../doubles/slack-web-api-stand-in.ts";
import { Browser, type ConsoleFixture, consoleFixture } from "./console-fixture.ts";

describe("console question pages", () => {
  let fixture: ConsoleFixture;
  let browser: Browser;
  let csrf: string;

  beforeEach(async () => {
    fixture = await consoleFixture();
    browser = new Browser(fixture.app);
    csrf = await browser.signIn("sato");
  });
  afterEach(() => fixture.questionLog.close());

  it("lists entries and filters by status, topic, organisation, surface, period and Japanese keywords", async () => {
    const a = await fixture.record({
      question: "経済安全保障推進法の特定重要物資とは",
      receivedAt: new Date("2026-04-06T03:00:00Z"),
    });
    await fixture.record({
      question: "議事録の公開時期は",
      topic: "minutes",
      surface: "teams",
      organisation: "B工業",
      receivedAt: new Date("2026-05-06T03:00:00Z"),
    });
    const ids = async (query: string) =>
      [...(await (await browser.get(`/console/${query}`)).text()).matchAll(/href="\/console\/questions\/(\d+)"/g)].map(
        (match) => match[1],
      );
    expect(new Set(await ids(""))).toEqual(new Set([a.id, "2"]));
    expect(new Set(await ids(`?q=${encodeURIComponent("特定重要")}`))).toEqual(new Set([a.id]));
    expect(new Set(await ids("?topic=minutes"))).toEqual(new Set(["2"]));
    expect(new Set(await ids("?surface=teams"))).toEqual(new Set(["2"]));
    expect(new Set(await ids(`?organisation=${encodeURIComponent("株式会社サンプル")}`))).toEqual(new Set([a.id]));
    expect(new Set(await ids("?from=2026-05-01"))).toEqual(new Set(["2"]));
    expect(new Set(await ids("?to=2026-04-06"))).toEqual(new Set([a.id]));
    expect(await ids("?status=closed")).toEqual([]);
    const page = await (await browser.get("/console/?status=open")).text();
    expect(page).toContain('<option value="open" selected>');
  });

  it("shows the detail with the bot's answer and cited passages, and records the view in the audit trail", async () => {
    const entry = await fixture.record({ userContext: "自社製品Aの件です" });
    const page = await (await browser.get(`/console/questions/${entry.id}`)).text();
    for (const text of [
      "特定重要物資の認定について",
      "資料からは判断できません。",
      "基本指針",
      "第1章 &gt; (1)",
      "引用された本文",
      "自社製品Aの件です",
      "山田",
      "株式会社サンプル",
      // The 受付番号 the asker was shown, so staff can find the question they mention (issue 12 item 10).
      `受付番号</dt><dd>${questionReference(entry.eventKey)}`,
    ]) {
      expect(page).toContain(text);
    }
    const { events } = await fixture.questionLog.listAudit({ questionId: entry.id });
    expect(events.map((event) => [event.action, event.actor])).toEqual([["view", "sato"]]);
    expect((await browser.get("/console/questions/9999")).status).toBe(404);
  });

  it("assigns, answers (delivering to the asker), closes and reopens, and rejects invalid transitions", async () => {
    const entry = await fixture.record();
    const base = `/console/questions/${entry.id}`;
    expect((await browser.post(`${base}/assign`, { _csrf: csrf, assignee: "admin" })).status).toBe(303);
    expect((await fixture.questionLog.get(entry.id))?.assignee).toBe("admin");
    expect((await browser.post(`${base}/assign`, { _csrf: csrf, assignee: "ghost" })).status).toBe(400);
    expect((await browser.post(`${base}/answer`, { _csrf: csrf, answer: "  " })).status).toBe(400);
    const answered = await browser.post(`${base}/answer`, { _csrf: csrf, answer: "該当します。詳細は窓口へ。" });
    expect(answered.headers.get("Location")).toBe(`${base}?done=answer`);
    expect(fixture.slack.delivered).toEqual([
      {
        entryId: entry.id,
        answer: "該当します。詳細は窓口へ。",
        delivery: { surface: "slack", data: { channel: "C1", threadTs: "1.1" } },
      },
    ]);
    const detail = await (await browser.get(`${base}?done=answer`)).text();
    expect(detail).toContain("配信済み");
    expect(detail).toContain("回答を保存し");
    const conflict = await browser.post(`${base}/answer`, { _csrf: csrf, answer: "二度目" });
    expect(conflict.status).toBe(409);
    expect(await conflict.text()).toContain("回答済み");
    expect((await browser.post(`${base}/close`, { _csrf: csrf })).status).toBe(303);
    expect((await browser.post(`${base}/close`, { _csrf: csrf })).status).toBe(409);
    expect((await browser.post(`${base}/reopen`, { _csrf: csrf })).status).toBe(303);
    expect((await fixture.questionLog.get(entry.id))?.status).toBe("assigned");
    const trail = await (await browser.get(`${base}?views=1`)).text();
    for (const action of ["担当割り当て", "回答", "配信", "完了", "再オープン", "閲覧"])
      expect(trail).toContain(action);
  });

  it("shows a failed delivery as retrying with its error, and delivers on retry", async () => {
    const entry = await fixture.record();
    fixture.slack.failures = 1;
    await browser.post(`/console/questions/${entry.id}/answer`, { _csrf: csrf, answer: "回答です" });
    const failed = await (await browser.get(`/console/questions/${entry.id}`)).text();
    expect(failed).toContain("配信失敗(再試行中)");
    expect(failed).toContain("chat API unavailable (test double)");
    expect(await (await browser.get("/console/?view=all")).text()).toContain("配信失敗(再試行中)");
    expect((await browser.post(`/console/questions/${entry.id}/retry-delivery`, { _csrf: csrf })).status).toBe(303);
    expect(await (await browser.get(`/console/questions/${entry.id}`)).text()).toContain("配信済み");
    expect(fixture.slack.delivered).toHaveLength(1);
  });

  it("shows a permanent Slack failure as 「配信できません」 with its reason, and re-sends to the asker's DM on request", async () => {
    const standIn = new SlackWebApiStandIn({ botToken: BOT_TOKEN });
    await standIn.start();
    const slackFixture = await consoleFixture({
      notifiers: [
        new SlackNotifier({
          token: BOT_TOKEN,
          slackApiUrl: standIn.url,
          logger: createLogger({ LOG_LEVEL: "silent" }),
        }),
      ],
    });
    try {
      standIn.notInChannel.add("C1");
      const slackBrowser = new Browser(slackFixture.app);
      const token = await slackBrowser.signIn("sato");
      const entry = await slackFixture.record({
        delivery: { surface: "slack", data: { channel: "C1", threadTs: "1.1", userId: "U0ASKER" } },
      });
      await slackBrowser.post(`/console/questions/${entry.id}/answer`, { _csrf: token, answer: "回答です" });
      const page = await (await slackBrowser.get(`/console/questions/${entry.id}`)).text();
      expect(page).toContain("配信できません");
      expect(page).not.toContain("再試行中");
      expect(page).toContain("ボットがチャンネルに参加していません");
      expect(page).toContain("本人へのDMで再送");
      expect(await slackFixture.questionLog.get(entry.id)).toMatchObject({ nextDeliveryAt: undefined });

      const resent = await slackBrowser.post(`/console/questions/${entry.id}/retry-delivery-alternative`, {
        _csrf: token,
      });
      expect(resent.status).toBe(303);
      expect(await (await slackBrowser.get(`/console/questions/${entry.id}`)).text()).toContain("配信済み");
      expect(standIn.callsTo("chat.postMessage").at(-1)?.params.channel).toBe("D0ASKER");
    } finally {
      await slackFixture.questionLog.close();
      await standIn.stop();
    }
  });

  it("renders stored-XSS attempts in question text inert everywhere", async () => {
    const attack = `<script>alert(1)</script><img src=x onerror="alert(2)">"'`;
    const entry = await fixture.record({
      question: attack,
      botAnswer: attack,
      userContext: attack,
      organisation: attack,
      asker: { askerId: "x", displayName: attack },
      citations: [
        { n: 1, docId: "d", chunkId: "d#1", title: attack, kind: "guidance", sectionPath: [attack], text: attack },
      ],
    });
    await browser.post(`/console/questions/${entry.id}/answer`, { _csrf: csrf, answer: attack });
    for (const path of ["/console/?view=all", `/console/questions/${entry.id}`, `/console/questions/${entry.id}/faq`]) {
      const page = await (await browser.get(path)).text();
      expect(page, path).not.toContain("<script>alert");
      expect(page, path).not.toContain("<img src=x");
      expect(page, path).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    const response = await browser.get(`/console/questions/${entry.id}`);
    expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
  });

  it("exports CSV with a BOM, RFC 4180 quoting and formula-safe cells, and audits the export", async () => {
    await fixture.record({
      question: '=HYPERLINK("http://evil")',
      botAnswer: '改行\nと,カンマと"引用"',
      userContext: "+1",
      organisation: "@org",
    });
    await fixture.record({ question: "-2+3", botAnswer: "普通の回答" });
    const response = await browser.get("/console/export.csv");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="taiwa-questions-\d{12}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(`"改行\nと,カンマと""引用"""`);
    expect(text).toContain(",'+1,");
    expect(text).toContain(",'@org,");
    expect(text).toContain(",'-2+3,");
    expect(text.split("\r\n")[0]).toContain("番号,受付日時,窓口");
    const filtered = new TextDecoder().decode(
      await (await browser.get(`/console/export.csv?q=${encodeURIComponent("普通")}`)).arrayBuffer(),
    );
    expect(filtered).toContain("-2+3");
    expect(filtered).not.toContain("HYPERLINK");
    expect(
      (await fixture.questionLog.listAudit({})).events.some(
        (event) => event.action === "export" && event.actor === "sato",
      ),
    ).toBe(true);
  });

  it("shows statistics with server-rendered SVG charts", async () => {
    const entry = await fixture.record({ receivedAt: new Date(fixture.clock.now.getTime() - 3 * 3_600_000) });
    await fixture.questionLog.answer({ id: entry.id, actor: "sato", answer: "x", at: fixture.clock.now });
    await fixture.questionLog.countEvent({ kind: "ask", surface: "slack", at: fixture.clock.now });
    await fixture.questionLog.countEvent({ kind: "ask", surface: "slack", at: fixture.clock.now });
    await fixture.questionLog.countEvent({ kind: "resolved", surface: "slack", at: fixture.clock.now });
    await fixture.questionLog.countEvent({ kind: "unresolved", surface: "slack", at: fixture.clock.now });
    const page = await (await browser.get("/console/stats")).text();
    expect(page.match(/<svg /g)).toHaveLength(5);
    expect(page).toContain("50.0%");
    expect(page).toContain("3.0 時間");
    expect(page).toContain("ガイダンス");
    expect(page).not.toContain("<script");
  });

  it("publishes an answered question as FAQ with redaction suggestions, and unpublishes it", async () => {
    const entry = await fixture.record({ question: "株式会社サンプル工業の山田様からの質問:部品は対象ですか" });
    await browser.post(`/console/questions/${entry.id}/answer`, { _csrf: csrf, answer: "対象です。" });
    const form = await (await browser.get(`/console/questions/${entry.id}/faq`)).text();
    expect(form).toContain("〇〇社の〇〇様からの質問");
    expect(form).toContain("会社名「株式会社サンプル工業」");
    expect(
      (
        await browser.post(`/console/questions/${entry.id}/faq`, {
          _csrf: csrf,
          question: "部品は対象ですか",
          answer: "対象です。",
        })
      ).status,
    ).toBe(400);
    const published = await browser.post(`/console/questions/${entry.id}/faq`, {
      _csrf: csrf,
      question: "部品は対象ですか",
      answer: "対象です。",
      confirmed: "yes",
    });
    expect(published.status).toBe(303);
    const [faq] = await fixture.questionLog.faq.list();
    expect(faq).toMatchObject({
      question: "部品は対象ですか",
      answer: "対象です。",
      publishedBy: "sato",
      questionId: entry.id,
    });
    const file = join(fixture.dataDir, "faq", `${faq?.id}.md`);
    expect(readFileSync(file, "utf8")).toBe("# 部品は対象ですか\n\n対象です。\n");
    const manifest = JSON.parse(readFileSync(join(fixture.dataDir, "faq", "manifest.json"), "utf8"));
    expect(manifest.documents[0]).toMatchObject({
      file: `${faq?.id}.md`,
      docId: `faq-${faq?.id}`,
      title: "部品は対象ですか",
      issuer: "経済産業省",
      kind: "faq",
    });
    expect(fixture.reindexer.calls).toBe(1);
    expect(await (await browser.get("/console/faq")).text()).toContain("部品は対象ですか");
    expect((await browser.post(`/console/faq/${faq?.id}/unpublish`, { _csrf: csrf, confirm: "yes" })).status).toBe(303);
    expect(existsSync(file)).toBe(false);
    expect(JSON.parse(readFileSync(join(fixture.dataDir, "faq", "manifest.json"), "utf8")).documents).toEqual([]);
    expect(fixture.reindexer.calls).toBe(2);
    fixture.reindexer.fail = true;
    const again = await browser.post(`/console/questions/${entry.id}/faq`, {
      _csrf: csrf,
      question: "Q",
      answer: "A",
      confirmed: "yes",
    });
    expect(again.headers.get("Location")).toContain("reindex=failed");
  });
});

describe("console admin pages", () => {
  let fixture: ConsoleFixture;
  let browser: Browser;
  let csrf: string;

  beforeEach(async () => {
    fixture = await consoleFixture();
    browser = new Browser(fixture.app);
    csrf = await browser.signIn("admin");
  });
  afterEach(() => fixture.questionLog.close());

  it("adds, disables and re-enables users", async () => {
    expect(await (await browser.get("/console/admin/users")).text()).toContain("sato");
    expect(
      (await browser.post("/console/admin/users", { _csrf: csrf, login: "suzuki", role: "contact", password: "short" }))
        .status,
    ).toBe(400);
    expect(
      (
        await browser.post("/console/admin/users", {
          _csrf: csrf,
          login: "sato",
          role: "contact",
          password: "long-enough-password",
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await browser.post("/console/admin/users", {
          _csrf: csrf,
          login: "suzuki",
          role: "contact",
          password: "long-enough-password",
        })
      ).status,
    ).toBe(200);
    expect((await new Browser(fixture.app).login("suzuki", "long-enough-password")).status).toBe(303);
    await browser.post("/console/admin/users/suzuki/disable", { _csrf: csrf });
    expect((await fixture.questionLog.accounts.getUser("suzuki"))?.disabled).toBe(true);
    expect((await new Browser(fixture.app).login("suzuki", "long-enough-password")).status).toBe(401);
    await browser.post("/console/admin/users/suzuki/enable", { _csrf: csrf });
    expect((await fixture.questionLog.accounts.getUser("suzuki"))?.disabled).toBe(false);
    expect((await browser.post("/console/admin/users/admin/disable", { _csrf: csrf })).status).toBe(400);
  });

  it("edits the organisation map on top of ORGANISATION_MAP", async () => {
    const page = await (await browser.get("/console/admin/organisations")).text();
    expect(page).toContain("株式会社サンプル");
    expect(page).toContain("設定ファイル");
    await browser.post("/console/admin/organisations", {
      _csrf: csrf,
      workspaceId: "tenant-42",
      name: "<b>テナント社</b>",
    });
    expect(await fixture.questionLog.organisations.list()).toEqual([
      { workspaceId: "tenant-42", name: "<b>テナント社</b>" },
    ]);
    expect(await (await browser.get("/console/admin/organisations")).text()).toContain("&lt;b&gt;テナント社&lt;/b&gt;");
    await browser.post("/console/admin/organisations/delete", { _csrf: csrf, workspaceId: "tenant-42" });
    expect(await fixture.questionLog.organisations.list()).toEqual([]);
  });
});
