import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TaiwaError } from "../../app/errors.ts";
import { createAskService, type RunningAskService } from "../../questions/ask-service.ts";
import { createOrganisationDirectory } from "../../questions/organisation-directory.ts";
import type { QuestionGrouper } from "../../questions/question-grouper.ts";
import { questionReference } from "../../questions/question-reference.ts";
import { QuestionSpool } from "../../questions/question-spool.ts";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";
import type { AskRequest, QuestionEntry } from "../../questions/types.ts";
import { capturingLogger } from "../doubles/capturing-logger.ts";
import { ScriptedAnswerer } from "../doubles/scripted-answerer.ts";
import { switchableQuestionLog } from "../doubles/switchable-question-log.ts";

const SECRET_QUESTION = "当社の極秘プロジェクトXの輸出は該当しますか";

function request(overrides: Partial<AskRequest> = {}): AskRequest {
  return {
    question: SECRET_QUESTION,
    surface: "slack",
    eventKey: "Ev001",
    workspaceId: "T001",
    asker: { askerId: "asker-1", displayName: "山田" },
    delivery: { surface: "slack", data: { channel: "C1", threadTs: "1.0" } },
    ...overrides,
  };
}

describe("createAskService", () => {
  let dataDir: string;
  let store: SqliteQuestionLog;
  let services: RunningAskService[];

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "taiwa-ask-"));
    store = await SqliteQuestionLog.open({ dataDir });
    services = [];
  });
  afterEach(async () => {
    for (const service of services) service.stop();
    await store.close();
  });

  function build(options: {
    resolved: boolean;
    log?: ReturnType<typeof switchableQuestionLog>;
    grouper?: QuestionGrouper;
  }) {
    const captured = capturingLogger();
    const questionLog = options.log ?? switchableQuestionLog(store);
    const answerer = new ScriptedAnswerer({ resolved: options.resolved, topics: ["casebook", "guidance"] });
    const service = createAskService({
      answerer,
      questionLog,
      organisations: createOrganisationDirectory({
        configured: { T001: "株式会社サンプル" },
        store: store.organisations,
      }),
      logger: captured.logger,
      config: { LOG_QUESTIONS: false, TAIWA_DATA_DIR: dataDir },
      retryMs: 3_600_000,
      grouper: options.grouper,
    });
    services.push(service);
    return { service, questionLog, answerer, lines: captured.lines };
  }

  it("does not log resolved answers but counts them", async () => {
    const { service, answerer } = build({ resolved: true });
    const outcome = await service.ask(request({ filter: { kinds: ["faq"] }, context: "前の質問" }));
    expect(answerer.requests[0]).toMatchObject({
      question: SECRET_QUESTION,
      filter: { kinds: ["faq"] },
      context: "前の質問",
    });
    expect(outcome.questionId).toBeUndefined();
    expect((await store.list({})).total).toBe(0);
    await service.flushCounters();
    const stats = await store.stats({
      from: new Date(Date.now() - 86_400_000 * 8),
      to: new Date(Date.now() + 86_400_000),
    });
    expect(stats.asks.reduce((sum, week) => sum + week.asked, 0)).toBe(1);
    expect(stats.asks.reduce((sum, week) => sum + week.resolved, 0)).toBe(1);
  });

  it("logs an unresolved question with its topic, organisation and delivery target, once per event", async () => {
    const { service, lines } = build({ resolved: false });
    const outcome = await service.ask(request());
    expect(outcome.logged).toBe("recorded");
    const entry = await store.get(outcome.questionId ?? "");
    expect(entry).toMatchObject({
      reason: "unresolved",
      topic: "casebook",
      organisation: "株式会社サンプル",
      question: SECRET_QUESTION,
      delivery: { surface: "slack", data: { channel: "C1", threadTs: "1.0" } },
    });
    const again = await service.ask(request({ organisation: "surface guess" }));
    expect(again.questionId).toBe(outcome.questionId);
    expect((await store.list({})).total).toBe(1);
    expect(lines.join("")).not.toContain("極秘");
  });

  it("gives askers an opaque reference for a logged question, never the log's running number (issue 12 item 10)", async () => {
    const { service } = build({ resolved: false });
    const first = await service.ask(request({ eventKey: "Ev-ref-1" }));
    const second = await service.ask(request({ eventKey: "Ev-ref-2" }));
    for (const outcome of [first, second]) {
      expect(outcome.reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(outcome.reference?.replace("-", "")).not.toBe(outcome.questionId);
    }
    expect(first.reference).not.toBe(second.reference);
    // The same entry keeps its reference: a retried event, and the console, see the same one.
    expect((await service.ask(request({ eventKey: "Ev-ref-1" }))).reference).toBe(first.reference);
    const entry = await store.get(first.questionId ?? "");
    expect(questionReference(entry?.eventKey ?? "")).toBe(first.reference);
    // Entries waiting in the spool already have theirs.
    const escalated = await service.feedback({
      surface: "web",
      eventKey: "fb-ref",
      asker: { askerId: "a3" },
      question: "質問",
      answer: { answer: "回答", citations: [] },
      kind: "escalated",
    });
    expect(escalated.reference).toBe(questionReference("fb-ref"));
  });

  it("logs a partial answer for the ministry as 一部未回答, with the missing asked types but not their wording", async () => {
    const captured = capturingLogger();
    const answerer = new ScriptedAnswerer({
      resolved: false,
      reason: "partial",
      missing: [{ part: "極秘の件はいつ施行?", askedType: "date" }],
      topics: ["guidance"],
    });
    const service = createAskService({
      answerer,
      questionLog: switchableQuestionLog(store),
      organisations: createOrganisationDirectory({ configured: {}, store: store.organisations }),
      logger: captured.logger,
      config: { LOG_QUESTIONS: false, TAIWA_DATA_DIR: dataDir },
      retryMs: 3_600_000,
    });
    services.push(service);
    const outcome = await service.ask(request());
    expect(outcome.answer.missing).toEqual([{ part: "極秘の件はいつ施行?", askedType: "date" }]);
    expect(await store.get(outcome.questionId ?? "")).toMatchObject({ reason: "partial", topic: "guidance" });
    const logged = captured.lines.join("");
    expect(logged).toContain('"missing":["date"]');
    expect(logged).not.toContain("極秘");
  });

  it("logs thumbs-down and escalations with the user's context, and only counts thumbs-up", async () => {
    const { service } = build({ resolved: true });
    const answer = { answer: "回答", citations: [], topics: ["minutes"] };
    const base = {
      surface: "teams" as const,
      workspaceId: "tenant-9",
      asker: { askerId: "a2" },
      question: "質問",
      answer,
    };
    expect(await service.feedback({ ...base, eventKey: "fb-up", kind: "thumbs-up" })).toEqual({});
    const down = await service.feedback({ ...base, eventKey: "fb-down", kind: "thumbs-down", organisation: "Grid社" });
    const escalated = await service.feedback({
      ...base,
      eventKey: "fb-esc",
      kind: "escalated",
      userContext: "  自社製品の件です ",
    });
    expect(await store.get(down.questionId ?? "")).toMatchObject({ reason: "thumbs-down", organisation: "Grid社" });
    expect(await store.get(escalated.questionId ?? "")).toMatchObject({
      reason: "escalated",
      userContext: "自社製品の件です",
      topic: "minutes",
    });
    expect((await store.list({})).total).toBe(2);
  });

  it("an unresolved question, then the asker's 👎, then 「省庁に確認する」 with context: one entry, escalated, context kept", async () => {
    const { service } = build({ resolved: false });
    const asked = await service.ask(request({ eventKey: "Ev-one" }));
    const answer = { answer: "回答", citations: [] };
    const base = {
      surface: "slack" as const,
      eventKey: "Ev-one",
      asker: { askerId: "asker-1" },
      question: "質問",
      answer,
    };
    const down = await service.feedback({ ...base, kind: "thumbs-down" });
    const escalated = await service.feedback({ ...base, kind: "escalated", userContext: "来月までに知りたい" });
    expect(down.questionId).toBe(asked.questionId);
    expect(escalated.questionId).toBe(asked.questionId);
    expect((await store.list({})).total).toBe(1);
    expect(await store.get(asked.questionId ?? "")).toMatchObject({
      reason: "escalated",
      userContext: "来月までに知りたい",
    });
  });

  it("groups each newly logged question once (also when drained from the spool); a grouping failure loses nothing", async () => {
    const grouped: QuestionEntry[] = [];
    let fail = false;
    const grouper: QuestionGrouper = {
      async groupNew(entry) {
        grouped.push(entry);
        if (fail) throw new Error("similarity unavailable");
        return {};
      },
    };
    const log = switchableQuestionLog(store);
    const { service } = build({ resolved: false, log, grouper });
    const first = await service.ask(request({ eventKey: "Ev-g1" }));
    await service.ask(request({ eventKey: "Ev-g1" }));
    expect(grouped.map((entry) => entry.id)).toEqual([first.questionId]);
    log.down = true;
    await service.ask(request({ eventKey: "Ev-g2" }));
    log.down = false;
    fail = true;
    expect(await service.drainSpool()).toEqual({ recorded: 1, remaining: 0 });
    expect(grouped.map((entry) => entry.eventKey)).toEqual(["Ev-g1", "Ev-g2"]);
    expect((await service.ask(request({ eventKey: "Ev-g3" }))).logged).toBe("recorded");
    expect((await store.list({})).total).toBe(3);
  });

  it("never loses a question while the store is down: spools it and records it once on retry", async () => {
    const log = switchableQuestionLog(store);
    log.down = true;
    const { service, lines } = build({ resolved: false, log });
    const outcome = await service.ask(request({ eventKey: "Ev-down" }));
    expect(outcome.logged).toBe("queued");
    expect(outcome.questionId).toBeUndefined();
    expect(outcome.answer.resolved).toBe(false);
    const spool = new QuestionSpool({ dataDir });
    expect(await spool.pending()).toBe(1);
    expect(await service.drainSpool()).toEqual({ recorded: 0, remaining: 1 });
    log.down = false;
    expect(await service.drainSpool()).toEqual({ recorded: 1, remaining: 0 });
    expect(await service.drainSpool()).toEqual({ recorded: 0, remaining: 0 });
    const { entries } = await store.list({});
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ eventKey: "Ev-down", question: SECRET_QUESTION, reason: "unresolved" });
    expect(lines.join("")).toContain("spooled");
    expect(lines.join("")).not.toContain("極秘");
  });

  it("records entries spooled by an earlier process when it starts", async () => {
    const spool = new QuestionSpool({ dataDir });
    await spool.append({
      eventKey: "Ev-old",
      surface: "web",
      asker: { askerId: "w1" },
      question: "前回の質問",
      botAnswer: "",
      citations: [],
      reason: "unresolved",
      receivedAt: new Date("2026-01-02T03:04:05Z"),
    });
    build({ resolved: true });
    await expect.poll(async () => (await store.list({})).total).toBe(1);
    expect((await store.list({})).entries[0]?.receivedAt.toISOString()).toBe("2026-01-02T03:04:05.000Z");
  });

  it("keeps the question for the ministry when the answer itself fails, and still reports the failure", async () => {
    const { service, answerer, lines } = build({ resolved: true });
    answerer.answer = async () => {
      throw new TaiwaError("index_corrupt", "index is corrupt");
    };
    await expect(service.ask(request({ eventKey: "Ev-failed" }))).rejects.toMatchObject({ code: "index_corrupt" });
    const { entries } = await store.list({});
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      eventKey: "Ev-failed",
      reason: "failed",
      question: SECRET_QUESTION,
      organisation: "株式会社サンプル",
    });
    expect(lines.join("\n")).not.toContain(SECRET_QUESTION);
  });

  it("does not log a question the asker must fix (empty, too long, binary)", async () => {
    const { service, answerer } = build({ resolved: true });
    answerer.answer = async () => {
      throw new TaiwaError("input_empty", "empty");
    };
    await expect(service.ask(request({ question: " " }))).rejects.toMatchObject({ code: "input_empty" });
    expect((await store.list({})).total).toBe(0);
  });

  it("does not log a question turned away while the index is still being prepared (the asker is told to ask again)", async () => {
    const { service, answerer } = build({ resolved: true });
    answerer.answer = async () => {
      throw new TaiwaError("index_missing", "資料の索引を準備中です。", { isRetryable: true });
    };
    await expect(service.ask(request({ eventKey: "Ev-early" }))).rejects.toMatchObject({ code: "index_missing" });
    expect((await store.list({})).total).toBe(0);
    expect(await new QuestionSpool({ dataDir }).pending()).toBe(0);
  });
});
