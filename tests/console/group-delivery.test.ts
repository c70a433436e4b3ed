import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "./console-fixture.ts";
import { ASKERS, type GroupFixture, groupFixture } from "./group-fixture.ts";

const ANSWER = "補助金の申請は2027年4月1日から受け付けます。詳しくは公募要領をご覧ください。";

describe("similar questions from three organisations: one group, one answer, three deliveries", () => {
  let fixture: GroupFixture;
  let browser: Browser;
  let csrf: string;
  let ids: string[];

  beforeAll(async () => {
    fixture = await groupFixture();
    ids = await fixture.askAll();
    browser = new Browser(fixture.app);
    csrf = await browser.signIn("sato");
  }, 30_000);
  afterAll(async () => {
    await fixture?.close();
  });

  it("groups the three questions when they are logged, led by the first", async () => {
    const entries = await Promise.all(ids.map((id) => fixture.questionLog.get(id)));
    expect(entries.map((entry) => entry?.groupId)).toEqual([ids[0], ids[0], ids[0]]);
    const list = await (await browser.get("/console/")).text();
    expect(list).toContain("類似 3件");
    expect(list.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr[\s>]/g)).toHaveLength(1);
    const all = await (await browser.get("/console/?groups=all")).text();
    expect(all.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr[\s>]/g)).toHaveLength(3);
  });

  it("shows the group on the detail page with each question, surface and organisation", async () => {
    const page = await (await browser.get(`/console/questions/${ids[1]}`)).text();
    expect(page).toContain("類似の質問グループ(3件)");
    for (const asker of ASKERS) expect(page).toContain(asker.question.slice(0, 10));
    expect(page).toContain("北陸精密工業");
    expect(page).toContain("関西化成");
    expect(page).toContain("未回答の 3 件すべて");
  });

  it("delivers one answer to every asker on their own surface and thread, each with only their own question", async () => {
    const response = await browser.post(`/console/questions/${ids[1]}/answer`, { _csrf: csrf, answer: ANSWER });
    expect(response.status).toBe(303);

    const [slackPost, ...moreSlack] = fixture.slackApi.callsTo("chat.postMessage");
    expect(moreSlack).toEqual([]);
    expect(slackPost?.params).toMatchObject({ channel: "C0HOKURIKU", thread_ts: "1764500000.000100" });
    const slackText = JSON.stringify(slackPost?.params);
    expect(slackText).toContain("2027年4月1日");

    const teamsMessages = fixture.connector.messages();
    expect(teamsMessages).toHaveLength(1);
    const teamsText = JSON.stringify(teamsMessages);
    expect(teamsText).toContain("2027年4月1日");

    const { replies } = await fixture.webReplies("web-browser-3");
    expect(replies).toEqual([expect.objectContaining({ question: ASKERS[2]?.question, answer: ANSWER })]);
    expect((await fixture.webReplies("slack-hokuriku-1")).replies).toEqual([]);

    // No organisation sees another's question or identity.
    for (const [text, own] of [
      [slackText, 0],
      [teamsText, 1],
    ] as const) {
      for (const [at, asker] of ASKERS.entries()) {
        if (at === own) continue;
        expect(text).not.toContain(asker.question);
        if (asker.organisation) expect(text).not.toContain(asker.organisation);
        if (asker.asker.displayName) expect(text).not.toContain(asker.asker.displayName);
      }
    }
    const entries = await Promise.all(ids.map((id) => fixture.questionLog.get(id)));
    expect(entries.map((entry) => [entry?.status, entry?.ministryAnswer, Boolean(entry?.deliveredAt)])).toEqual(
      ids.map(() => ["answered", ANSWER, true]),
    );
  });

  it("proposes the FAQ from the group", async () => {
    const page = await (await browser.get(`/console/questions/${ids[0]}/faq`)).text();
    expect(page).toContain("類似の質問グループ(3件");
    expect(page).toContain("ボットが表示する出典のプレビュー");
  });
});

describe("splitting a wrong grouping", () => {
  let fixture: GroupFixture;

  beforeAll(async () => {
    fixture = await groupFixture();
  }, 30_000);
  afterAll(async () => {
    await fixture?.close();
  });

  it("takes the question out, and the group's answer no longer reaches it", async () => {
    const ids = await fixture.askAll();
    const browser = new Browser(fixture.app);
    const csrf = await browser.signIn("sato");
    const split = await browser.post(`/console/questions/${ids[2]}/split`, { _csrf: csrf, back: ids[0] ?? "" });
    expect(split.headers.get("Location")).toBe(`/console/questions/${ids[0]}?done=split`);
    expect((await fixture.questionLog.get(ids[2] ?? ""))?.groupId).toBeUndefined();
    expect(await (await browser.get(`/console/questions/${ids[0]}`)).text()).toContain("類似の質問グループ(2件)");

    await browser.post(`/console/questions/${ids[0]}/answer`, { _csrf: csrf, answer: ANSWER });
    expect((await fixture.questionLog.get(ids[1] ?? ""))?.status).toBe("answered");
    expect((await fixture.questionLog.get(ids[2] ?? ""))?.status).toBe("open");
    expect((await fixture.webReplies("web-browser-3")).replies).toEqual([]);
    // Splitting again says what happened instead of failing silently.
    expect((await browser.post(`/console/questions/${ids[2]}/split`, { _csrf: csrf })).status).toBe(409);
  });
});
