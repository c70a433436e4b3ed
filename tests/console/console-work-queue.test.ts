import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listWebReplies } from "../../questions/web-notifier.ts";
import { Browser, type ConsoleFixture, consoleFixture } from "./console-fixture.ts";

const HOUR = 3_600_000;

/** Question ids linked from a list page, in order, once each. */
function listedIds(page: string): string[] {
  return [...new Set([...page.matchAll(/href="\/console\/questions\/(\d+)"/g)].map((match) => match[1] ?? ""))];
}

function viewCount(page: string, label: string): number {
  const match = new RegExp(`>${label} <span class="count[^"]*">(\\d+)</span>`).exec(page);
  return Number(match?.[1] ?? Number.NaN);
}

describe("console work queue: views, waiting time and pages", () => {
  let fixture: ConsoleFixture;
  let browser: Browser;

  beforeEach(async () => {
    fixture = await consoleFixture();
    browser = new Browser(fixture.app);
    await browser.signIn("sato");
  });
  afterEach(() => fixture.questionLog.close());

  it("opens on 未対応 + 自分の担当, oldest first, with a count on every saved view and overdue marked", async () => {
    const now = fixture.clock.now.getTime();
    const overdue = await fixture.record({ question: "古い質問", receivedAt: new Date(now - 80 * HOUR) });
    const mine = await fixture.record({ question: "担当中の質問", receivedAt: new Date(now - 10 * HOUR) });
    const theirs = await fixture.record({ question: "他人の質問", receivedAt: new Date(now - 20 * HOUR) });
    const fresh = await fixture.record({ question: "新しい質問", receivedAt: new Date(now - HOUR) });
    const answered = await fixture.record({ question: "回答済みの質問", receivedAt: new Date(now - 90 * HOUR) });
    await fixture.questionLog.assign({ id: mine.id, actor: "sato", assignee: "sato" });
    await fixture.questionLog.assign({ id: theirs.id, actor: "admin", assignee: "admin" });
    await fixture.questionLog.answer({ id: answered.id, actor: "admin", answer: "回答" });

    const page = await (await browser.get("/console/")).text();
    expect(listedIds(page)).toEqual([overdue.id, mine.id, fresh.id]);
    expect(viewCount(page, "未対応＋自分の担当")).toBe(3);
    expect(viewCount(page, "未割り当て")).toBe(2);
    expect(viewCount(page, "自分の担当")).toBe(1);
    expect(viewCount(page, "期限超過")).toBe(1);
    expect(viewCount(page, "すべて")).toBe(5);
    expect(page).toContain('aria-current="page" class="current">未対応＋自分の担当');
    // The overdue row is marked, with its waiting time against the 72-hour target.
    expect(page).toMatch(/3日 8時間<br><span class="badge badge-error">期限超過<\/span>/);
    expect(page.match(/期限超過<\/span>/g)).toHaveLength(1);

    expect(listedIds(await (await browser.get("/console/?view=unassigned")).text())).toEqual([overdue.id, fresh.id]);
    expect(listedIds(await (await browser.get("/console/?view=mine")).text())).toEqual([mine.id]);
    expect(listedIds(await (await browser.get("/console/?view=overdue")).text())).toEqual([overdue.id]);
    const all = await (await browser.get("/console/?view=all")).text();
    expect(listedIds(all)).toEqual([fresh.id, mine.id, theirs.id, overdue.id, answered.id]);
    expect(all).toContain("回答まで");
    // Filters narrow the views and their counts alike.
    const filtered = await (await browser.get(`/console/?view=all&q=${encodeURIComponent("古い")}`)).text();
    expect(viewCount(filtered, "すべて")).toBe(1);
    expect(viewCount(filtered, "未割り当て")).toBe(1);
    // A status the view does not hold (回答済み in the default queue) points to すべて instead of an empty page.
    const elsewhere = await (await browser.get("/console/?view=inbox&status=answered")).text();
    expect(listedIds(elsewhere)).toEqual([]);
    expect(elsewhere).toContain('<a href="/console/?view=all&amp;status=answered">「すべて」で 1 件を見る</a>');
  });

  it("pages with a chosen size, jumps to a page, clamps past the end, and shows the pager above and below", async () => {
    const now = fixture.clock.now.getTime();
    const ids: string[] = [];
    for (let index = 0; index < 23; index += 1)
      ids.push((await fixture.record({ receivedAt: new Date(now - (30 - index) * HOUR) })).id);
    const first = await (await browser.get("/console/?size=20")).text();
    expect(listedIds(first)).toEqual(ids.slice(0, 20));
    expect(first.match(/<nav class="pager"/g)).toHaveLength(2);
    expect(first).toContain("1 / 2 ページ");
    expect(first).toContain('<option value="20" selected>');
    const second = await (await browser.get("/console/?view=inbox&size=20&page=2")).text();
    expect(listedIds(second)).toEqual(ids.slice(20));
    const beyond = await (await browser.get("/console/?size=20&page=99")).text();
    expect(beyond).toContain("2 / 2 ページ");
    expect(listedIds(beyond)).toEqual(ids.slice(20));
    // The jump form carries the view and filters along.
    const filtered = await (await browser.get("/console/?view=all&topic=guidance&size=20")).text();
    expect(filtered).toMatch(
      /<form method="get" action="\/console\/" class="pager-form"><input type="hidden" name="view" value="all"><input type="hidden" name="topic" value="guidance">/,
    );
  });
});

describe("console rough edges", () => {
  let fixture: ConsoleFixture;

  beforeEach(async () => {
    fixture = await consoleFixture();
  });
  afterEach(() => fixture.questionLog.close());

  it("tells officials without an account to ask their administrator, not to run a command", async () => {
    const page = await (await new Browser(fixture.app).get("/console/login")).text();
    expect(page).not.toMatch(/npm|taiwa --/);
    expect(page).toContain("管理者にお問い合わせください");
  });

  it("keeps page views in the audit trail but hides them until asked", async () => {
    const browser = new Browser(fixture.app);
    const csrf = await browser.signIn("sato");
    const entry = await fixture.record();
    await browser.get(`/console/questions/${entry.id}`);
    await browser.post(`/console/questions/${entry.id}/note`, { _csrf: csrf, note: "メモ" });
    const page = await (await browser.get(`/console/questions/${entry.id}`)).text();
    const trail = (text: string) => text.slice(text.indexOf('id="audit"'));
    expect(trail(page)).not.toContain("<td>閲覧</td>");
    expect(trail(page)).toContain("<td>内部メモ</td>");
    expect(trail(page)).toContain("閲覧の記録も表示する");
    const withViews = await (await browser.get(`/console/questions/${entry.id}?views=1`)).text();
    expect(trail(withViews).match(/<td>閲覧<\/td>/g)).toHaveLength(3);
    const { events } = await fixture.questionLog.listAudit({ questionId: entry.id });
    expect(events.filter((event) => event.action === "view")).toHaveLength(3);
  });

  it("says 既読 for a web answer only once the asker's browser has loaded it", async () => {
    const browser = new Browser(fixture.app);
    const csrf = await browser.signIn("sato");
    const entry = await fixture.record({ surface: "web", asker: { askerId: "web-asker" }, delivery: undefined });
    await browser.post(`/console/questions/${entry.id}/answer`, { _csrf: csrf, answer: "ウェブへの回答" });
    expect(fixture.web.delivered.map((delivery) => delivery.answer)).toEqual(["ウェブへの回答"]);
    const stored = await (await browser.get(`/console/questions/${entry.id}`)).text();
    expect(stored).toContain("未読(保存済み)");
    expect(stored).not.toContain("既読");
    expect((await listWebReplies({ questionLog: fixture.questionLog, askerId: "someone-else" })).replies).toEqual([]);
    expect(await (await browser.get(`/console/questions/${entry.id}`)).text()).not.toContain("既読");
    const { replies } = await listWebReplies({ questionLog: fixture.questionLog, askerId: "web-asker" });
    expect(replies.map((reply) => reply.answer)).toEqual(["ウェブへの回答"]);
    const read = await (await browser.get(`/console/questions/${entry.id}`)).text();
    expect(read).toContain('<span class="tone-ok">既読</span>');
    expect(await (await browser.get("/console/?view=all")).text()).toContain("既読");
  });
});
