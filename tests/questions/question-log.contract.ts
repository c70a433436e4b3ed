import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isTaiwaError } from "../../app/errors.ts";
import type { NewQuestionEntry, QuestionLog } from "../../questions/types.ts";

/** The behaviour every QuestionLog adapter must share. */
export function runQuestionLogContract(options: {
  name: string;
  create: () => Promise<QuestionLog>;
  skip?: boolean;
}): void {
  describe.skipIf(options.skip ?? false)(`QuestionLog contract: ${options.name}`, () => {
    let log: QuestionLog;
    let sequence = 0;

    function entry(overrides: Partial<NewQuestionEntry> = {}): NewQuestionEntry {
      sequence += 1;
      return {
        eventKey: `event-${sequence}`,
        surface: "slack",
        workspaceId: "T001",
        organisation: "株式会社サンプル",
        asker: { askerId: `asker-${sequence}`, displayName: "山田 太郎" },
        question: "半導体の輸出管理について教えてください",
        botAnswer: "資料からは判断できません。",
        citations: [
          {
            n: 1,
            docId: "doc-a",
            chunkId: "doc-a#1",
            title: "ガイダンス",
            kind: "guidance",
            sectionPath: ["第1章"],
            text: "引用文",
          },
        ],
        reason: "unresolved",
        topic: "guidance",
        delivery: { surface: "slack", data: { channel: "C1", threadTs: "1.2" } },
        receivedAt: new Date("2026-04-06T01:00:00Z"),
        ...overrides,
      };
    }

    async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
      const error = await promise.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isTaiwaError(error) ? error.code : error).toBe(code);
    }

    beforeEach(async () => {
      log = await options.create();
    });
    afterEach(async () => {
      await log.close();
    });

    it("records an entry with every field and reads it back", async () => {
      const { entry: saved, created } = await log.record(entry({ userContext: "社内で確認済み", reason: "escalated" }));
      expect(created).toBe(true);
      const read = await log.get(saved.id);
      expect(read).toMatchObject({
        surface: "slack",
        workspaceId: "T001",
        organisation: "株式会社サンプル",
        asker: { askerId: saved.asker.askerId, displayName: "山田 太郎" },
        question: "半導体の輸出管理について教えてください",
        reason: "escalated",
        userContext: "社内で確認済み",
        topic: "guidance",
        status: "open",
        deliveryAttempts: 0,
        delivery: { surface: "slack", data: { channel: "C1", threadTs: "1.2" } },
      });
      expect(read?.citations[0]?.text).toBe("引用文");
      expect(read?.receivedAt.toISOString()).toBe("2026-04-06T01:00:00.000Z");
      expect(await log.get("999999")).toBeUndefined();
      expect(await log.get("not-an-id")).toBeUndefined();
    });

    it("is idempotent on eventKey, also when the same event arrives concurrently", async () => {
      const first = await log.record(entry({ eventKey: "same" }));
      const second = await log.record(entry({ eventKey: "same", question: "別の文面" }));
      expect(second.created).toBe(false);
      expect(second.entry.id).toBe(first.entry.id);
      expect(second.entry.question).toBe(first.entry.question);
      const racing = await Promise.all(Array.from({ length: 8 }, () => log.record(entry({ eventKey: "race" }))));
      expect(racing.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(racing.map((result) => result.entry.id)).size).toBe(1);
      expect((await log.list({})).total).toBe(2);
    });

    it("appends the context of a later escalation of the same event to the existing entry, once", async () => {
      const first = await log.record(entry({ eventKey: "ctx", reason: "thumbs-down", userContext: undefined }));
      const escalated = await log.record(
        entry({ eventKey: "ctx", reason: "escalated", userContext: "社内の法務部にも確認しました" }),
      );
      expect(escalated.created).toBe(false);
      expect(escalated.entry.id).toBe(first.entry.id);
      expect(escalated.entry).toMatchObject({ reason: "escalated", userContext: "社内の法務部にも確認しました" });
      // A redelivered submission (or a spool drained twice) does not repeat it; a new note is added below.
      await log.record(entry({ eventKey: "ctx", reason: "escalated", userContext: "社内の法務部にも確認しました" }));
      const again = await log.record(entry({ eventKey: "ctx", reason: "thumbs-down", userContext: "期限は来月です" }));
      expect(again.entry.userContext).toBe("社内の法務部にも確認しました\n\n期限は来月です");
      expect(again.entry.reason).toBe("escalated");
      expect((await log.get(first.entry.id))?.userContext).toBe(again.entry.userContext);
      expect((await log.list({})).total).toBe(1);
      const { events } = await log.listAudit({ questionId: first.entry.id });
      expect(events.map((event) => event.action)).toContain("context-added");
    });

    it("re-queues an undelivered answer by another route when the console asks", async () => {
      const { entry: saved } = await log.record(entry());
      await log.answer({ id: saved.id, actor: "sato", answer: "回答", at: new Date("2026-04-07T00:00:00Z") });
      const dm = { surface: "slack" as const, data: { channel: "C1", userId: "U1", private: true } };
      expect(await log.retryDelivery({ id: saved.id, at: new Date("2026-04-07T01:00:00Z"), delivery: dm })).toBe(true);
      expect((await log.get(saved.id))?.delivery).toEqual(dm);
      expect(await log.retryDelivery({ id: saved.id, at: new Date("2026-04-07T02:00:00Z") })).toBe(true);
      expect((await log.get(saved.id))?.delivery).toEqual(dm);
    });

    it("moves through open → assigned → answered → closed → reopened and rejects invalid transitions", async () => {
      const { entry: saved } = await log.record(entry());
      await expectCode(log.reopen({ id: saved.id, actor: "sato" }), "conflict");
      const assigned = await log.assign({ id: saved.id, actor: "sato", assignee: "sato" });
      expect(assigned).toMatchObject({ status: "assigned", assignee: "sato" });
      expect(assigned.assignedAt).toBeInstanceOf(Date);
      const answered = await log.answer({ id: saved.id, actor: "sato", answer: "該当します。" });
      expect(answered).toMatchObject({ status: "answered", ministryAnswer: "該当します。" });
      expect(answered.nextDeliveryAt).toBeInstanceOf(Date);
      await expectCode(log.assign({ id: saved.id, actor: "sato", assignee: "suzuki" }), "conflict");
      await expectCode(log.answer({ id: saved.id, actor: "sato", answer: "二重回答" }), "conflict");
      const closed = await log.closeQuestion({ id: saved.id, actor: "sato" });
      expect(closed.status).toBe("closed");
      expect(closed.closedAt).toBeInstanceOf(Date);
      await expectCode(log.closeQuestion({ id: saved.id, actor: "sato" }), "conflict");
      await expectCode(log.answer({ id: saved.id, actor: "sato", answer: "x" }), "conflict");
      const reopened = await log.reopen({ id: saved.id, actor: "sato" });
      expect(reopened).toMatchObject({ status: "assigned", closedAt: undefined });
      await expectCode(log.assign({ id: "424242", actor: "sato", assignee: "sato" }), "not_found");
      const { events } = await log.listAudit({ questionId: saved.id });
      expect(events.map((event) => event.action).sort()).toEqual(["answer", "assign", "close", "reopen"]);
      expect(events.every((event) => event.actor === "sato")).toBe(true);
    });

    it("filters by status, topic, organisation, surface, period and asker, and searches Japanese substrings", async () => {
      const a = await log.record(
        entry({ question: "経済安全保障推進法の特定重要物資とは何ですか", topic: "guidance" }),
      );
      await log.record(
        entry({ surface: "teams", organisation: "B社", topic: "minutes", question: "会議の議事録はどこ" }),
      );
      await log.record(entry({ receivedAt: new Date("2026-05-20T00:00:00Z"), question: "100% の確認 _test_" }));
      await log.assign({ id: a.entry.id, actor: "sato", assignee: "sato" });
      expect((await log.list({ status: ["assigned"] })).entries.map((found) => found.id)).toEqual([a.entry.id]);
      expect((await log.list({ topic: "minutes" })).total).toBe(1);
      expect((await log.list({ organisation: "B社" })).entries[0]?.surface).toBe("teams");
      expect((await log.list({ surface: "teams" })).total).toBe(1);
      expect((await log.list({ from: new Date("2026-05-01T00:00:00Z") })).total).toBe(1);
      expect((await log.list({ to: new Date("2026-05-01T00:00:00Z") })).total).toBe(2);
      expect((await log.list({ text: "特定重要物資" })).entries.map((found) => found.id)).toEqual([a.entry.id]);
      expect((await log.list({ text: "推進法 物資" })).total).toBe(1);
      expect((await log.list({ text: "議事" })).total).toBe(1);
      expect((await log.list({ text: "100%" })).total).toBe(1);
      expect((await log.list({ text: "0% の" })).total).toBe(1);
      expect((await log.list({ text: "%" })).total).toBe(1);
      expect((await log.list({ text: "_test_" })).total).toBe(1);
      expect((await log.list({ text: "存在しない語" })).total).toBe(0);
      expect((await log.list({ askerId: a.entry.asker.askerId })).total).toBe(1);
      const page = await log.list({ limit: 2, offset: 0 });
      expect(page.entries).toHaveLength(2);
      expect(page.total).toBe(3);
      expect(page.entries[0]?.receivedAt.getTime()).toBeGreaterThanOrEqual(page.entries[1]?.receivedAt.getTime() ?? 0);
    });

    it("claims due deliveries once, backs off after failure, and stops after delivery", async () => {
      const { entry: saved } = await log.record(entry());
      const now = new Date();
      expect((await log.claimDeliveries({ now, leaseMs: 60_000, limit: 10 })).entries).toHaveLength(0);
      await log.answer({ id: saved.id, actor: "sato", answer: "回答", at: now });
      const [first, second] = await Promise.all([
        log.claimDeliveries({ now, leaseMs: 60_000, limit: 10 }),
        log.claimDeliveries({ now, leaseMs: 60_000, limit: 10 }),
      ]);
      expect(first.entries.length + second.entries.length).toBe(1);
      const retryAt = new Date(now.getTime() + 30_000);
      await log.markDeliveryFailed({ id: saved.id, error: "Slack API: channel_not_found", nextAttemptAt: retryAt });
      const failed = await log.get(saved.id);
      expect(failed).toMatchObject({ deliveryAttempts: 1, deliveryError: "Slack API: channel_not_found" });
      expect(failed?.nextDeliveryAt?.getTime()).toBe(retryAt.getTime());
      expect((await log.claimDeliveries({ now, leaseMs: 60_000, limit: 10 })).entries).toHaveLength(0);
      await log.markDeliveryFailed({ id: saved.id, error: "gave up" });
      expect((await log.get(saved.id))?.nextDeliveryAt).toBeUndefined();
      expect(await log.retryDelivery({ id: saved.id, at: retryAt })).toBe(true);
      expect((await log.get(saved.id))?.deliveryAttempts).toBe(2);
      const later = new Date(retryAt.getTime() + 1);
      const retried = await log.claimDeliveries({ now: later, leaseMs: 60_000, limit: 10, ids: [saved.id] });
      expect(retried.entries.map((claimed) => claimed.id)).toEqual([saved.id]);
      await log.markDelivered({ id: saved.id, deliveredAt: later });
      const delivered = await log.get(saved.id);
      expect(delivered).toMatchObject({ deliveryAttempts: 3, deliveryError: undefined, nextDeliveryAt: undefined });
      expect(delivered?.deliveredAt?.getTime()).toBe(later.getTime());
      expect(
        (await log.claimDeliveries({ now: new Date(later.getTime() + 999_999), leaseMs: 1, limit: 10 })).entries,
      ).toHaveLength(0);
      expect(await log.retryDelivery({ id: saved.id, at: later })).toBe(false);
    });

    it("erases an asker's identity but keeps the entries for counting", async () => {
      const mine = await log.record(entry({ asker: { askerId: "asker-x", displayName: "鈴木 花子" } }));
      await log.record(entry({ asker: { askerId: "asker-x", displayName: "鈴木 花子" } }));
      await log.record(entry({ asker: { askerId: "asker-y", displayName: "佐藤" } }));
      expect(await log.eraseAsker({ askerId: "asker-x" })).toEqual({ entries: 2, names: 1 });
      const erased = await log.get(mine.entry.id);
      expect(erased?.asker).toEqual({ askerId: "erased" });
      expect(erased?.delivery).toBeUndefined();
      expect((await log.list({ askerId: "asker-x" })).total).toBe(0);
      expect((await log.list({})).total).toBe(3);
      expect(JSON.stringify(await log.list({}))).not.toContain("鈴木");
    });

    it("purges the text of entries closed before the retention cut-off and keeps them counted", async () => {
      const old = await log.record(entry({ question: "古い質問" }));
      const recent = await log.record(entry({ question: "新しい質問" }));
      const stillOpen = await log.record(entry({ question: "未対応の質問" }));
      await log.answer({ id: old.entry.id, actor: "sato", answer: "古い回答", at: new Date("2025-12-01T00:00:00Z") });
      await log.addNote({ questionId: old.entry.id, author: "sato", body: "古いメモ" });
      await log.addNote({ questionId: recent.entry.id, author: "sato", body: "新しいメモ" });
      await log.closeQuestion({ id: old.entry.id, actor: "sato", at: new Date("2026-01-01T00:00:00Z") });
      await log.closeQuestion({ id: recent.entry.id, actor: "sato", at: new Date("2026-06-01T00:00:00Z") });
      expect(await log.purge({ closedBefore: new Date("2026-03-01T00:00:00Z") })).toEqual({ entries: 1 });
      const purged = await log.get(old.entry.id);
      expect(purged).toMatchObject({
        question: "",
        botAnswer: "",
        citations: [],
        asker: { askerId: "erased" },
        topic: "guidance",
      });
      expect(purged?.purgedAt).toBeInstanceOf(Date);
      // Answer versions and internal notes are text about the question too.
      expect((await log.listAnswerVersions({ questionId: old.entry.id })).versions).toEqual([]);
      expect((await log.listNotes({ questionId: old.entry.id })).notes).toEqual([]);
      expect((await log.listNotes({ questionId: recent.entry.id })).notes).toHaveLength(1);
      expect((await log.get(recent.entry.id))?.question).toBe("新しい質問");
      expect((await log.get(stillOpen.entry.id))?.question).toBe("未対応の質問");
      expect((await log.list({})).total).toBe(3);
      expect(await log.purge({ closedBefore: new Date("2026-03-01T00:00:00Z") })).toEqual({ entries: 0 });
    });

    it("keeps console users and sessions", async () => {
      await log.accounts.createUser({ login: "sato", passwordHash: "scrypt$x", role: "contact" });
      await expectCode(log.accounts.createUser({ login: "sato", passwordHash: "y", role: "admin" }), "conflict");
      expect(await log.accounts.getUser("sato")).toMatchObject({
        login: "sato",
        role: "contact",
        disabled: false,
        passwordHash: "scrypt$x",
      });
      const now = Date.now();
      await log.accounts.createSession({
        tokenHash: "h1",
        login: "sato",
        csrfToken: "c1",
        createdAt: new Date(now),
        expiresAt: new Date(now + 60_000),
      });
      await log.accounts.createSession({
        tokenHash: "h2",
        login: "sato",
        csrfToken: "c2",
        createdAt: new Date(now),
        expiresAt: new Date(now),
      });
      expect((await log.accounts.getSession("h1"))?.csrfToken).toBe("c1");
      expect(await log.accounts.deleteExpiredSessions(new Date(now + 1))).toBe(1);
      const disabled = await log.accounts.updateUser({ login: "sato", disabled: true });
      expect(disabled.disabled).toBe(true);
      expect(await log.accounts.getSession("h1")).toBeUndefined();
      await expectCode(log.accounts.updateUser({ login: "nobody", disabled: true }), "not_found");
      expect((await log.accounts.listUsers()).map((user) => user.login)).toEqual(["sato"]);
    });

    it("stores FAQ entries and the organisation map", async () => {
      const faq = await log.faq.add({ questionId: "1", question: "Q", answer: "A", publishedBy: "sato" });
      expect(await log.faq.get(faq.id)).toMatchObject({ question: "Q", answer: "A", questionId: "1" });
      expect(await log.faq.list()).toHaveLength(1);
      expect(await log.faq.remove(faq.id)).toBe(true);
      expect(await log.faq.remove(faq.id)).toBe(false);
      await log.organisations.set({ workspaceId: "T001", name: "A社" });
      await log.organisations.set({ workspaceId: "T001", name: "株式会社A" });
      expect(await log.organisations.list()).toEqual([{ workspaceId: "T001", name: "株式会社A" }]);
      expect(await log.organisations.remove("T001")).toBe(true);
    });

    it("keeps groups of similar questions: join, members, sizes, collapsed list, candidates and split", async () => {
      const first = (await log.record(entry({ organisation: "A社" }))).entry;
      const second = (await log.record(entry({ organisation: "B社", surface: "teams" }))).entry;
      const third = (await log.record(entry({ organisation: "C社", surface: "web" }))).entry;
      const alone = (await log.record(entry())).entry;
      expect(first.groupId).toBeUndefined();
      expect(await log.groups.join({ id: second.id, withId: first.id })).toEqual({ groupId: first.id });
      // Joining through any member lands in the same group, led by its first question.
      expect(await log.groups.join({ id: third.id, withId: second.id })).toEqual({ groupId: first.id });
      expect((await log.groups.members(first.id)).map((member) => member.id)).toEqual([first.id, second.id, third.id]);
      expect((await log.get(third.id))?.groupId).toBe(first.id);
      expect(Object.fromEntries(await log.groups.sizes([first.id, alone.id]))).toEqual({ [first.id]: 3 });
      const collapsed = await log.list({ collapseGroups: true });
      expect(collapsed.entries.map((listed) => listed.id).sort()).toEqual([first.id, alone.id].sort());
      expect(collapsed.total).toBe(2);
      expect((await log.list({})).total).toBe(4);
      // The lead closed on its own: the members still open keep one row in the open view.
      await log.closeQuestion({ id: first.id, actor: "sato" });
      const open = await log.list({ status: ["open"], collapseGroups: true });
      expect(open.entries.map((listed) => listed.id).sort()).toEqual([second.id, alone.id].sort());
      await log.reopen({ id: first.id, actor: "sato" });
      const candidates = await log.groups.candidates({ limit: 10, excludeId: alone.id });
      expect(candidates.entries.map((candidate) => candidate.id)).not.toContain(alone.id);
      expect(candidates.entries).toHaveLength(3);
      // Only what a comparison reads: the id and the text, newest first.
      expect(candidates.entries[0]).toEqual({ id: third.id, question: third.question });

      // The lead leaves: the next question leads; it is never offered for grouping again.
      const split = await log.groups.split({ id: first.id, actor: "sato" });
      expect(split.groupId).toBeUndefined();
      expect((await log.groups.members(second.id)).map((member) => member.id)).toEqual([second.id, third.id]);
      expect((await log.groups.candidates({ limit: 10 })).entries.map((candidate) => candidate.id)).not.toContain(
        first.id,
      );
      expect((await log.listAudit({ questionId: first.id })).events.map((event) => event.action)).toContain(
        "group-split",
      );
      // A group of one is no group.
      await log.groups.split({ id: third.id, actor: "sato" });
      expect((await log.get(second.id))?.groupId).toBeUndefined();
      await expectCode(log.groups.split({ id: second.id, actor: "sato" }), "conflict");
      await expectCode(log.groups.split({ id: "999999", actor: "sato" }), "not_found");
    });

    it("publishes an edited FAQ as a new version and withdraws the old one", async () => {
      const first = await log.faq.add({ questionId: "7", question: "Q", answer: "A", publishedBy: "sato" });
      expect(first).toMatchObject({ version: 1, supersedes: undefined, withdrawnAt: undefined });
      const second = await log.faq.revise({ id: first.id, question: "Q2", answer: "A2", publishedBy: "admin" });
      expect(second).toMatchObject({ version: 2, supersedes: first.id, questionId: "7", question: "Q2" });
      expect((await log.faq.get(first.id))?.withdrawnAt).toBeInstanceOf(Date);
      expect((await log.faq.list()).map((faq) => faq.id)).toEqual([second.id]);
      expect(await log.faq.list({ includeWithdrawn: true })).toHaveLength(2);
      await expectCode(log.faq.revise({ id: first.id, question: "Q3", answer: "A3", publishedBy: "sato" }), "conflict");
      await expectCode(log.faq.revise({ id: "424242", question: "Q", answer: "A", publishedBy: "sato" }), "not_found");
    });

    it("computes weekly counts, resolution counters and the median time to answer", async () => {
      const monday = new Date("2026-04-06T00:00:00+09:00");
      const a = await log.record(entry({ receivedAt: monday, topic: "guidance" }));
      const b = await log.record(entry({ receivedAt: new Date(monday.getTime() + 3_600_000), topic: "guidance" }));
      await log.record(entry({ receivedAt: new Date(monday.getTime() + 8 * 86_400_000), topic: "minutes" }));
      await log.answer({ id: a.entry.id, actor: "s", answer: "x", at: new Date(monday.getTime() + 2 * 3_600_000) });
      await log.answer({ id: b.entry.id, actor: "s", answer: "x", at: new Date(monday.getTime() + 5 * 3_600_000) });
      // Three answered by the bot (one resolved, two partial or declined), one failure that never became an "ask".
      for (const kind of ["ask", "ask", "ask", "resolved", "unresolved", "unresolved", "unresolved"] as const)
        await log.countEvent({ kind, surface: "web", at: monday });
      const stats = await log.stats({ from: new Date("2026-04-01T00:00:00Z"), to: new Date("2026-05-01T00:00:00Z") });
      expect(stats.weekly).toEqual([
        { weekStart: "2026-04-06", topic: "guidance", count: 2 },
        { weekStart: "2026-04-13", topic: "minutes", count: 1 },
      ]);
      expect(stats.asks).toEqual([{ weekStart: "2026-04-06", asked: 3, resolved: 1, attempts: 4 }]);
      expect({ attempts: stats.attempts, resolved: stats.resolved }).toEqual({ attempts: 4, resolved: 1 });
      expect(stats.byTopic).toEqual([
        { key: "guidance", count: 2 },
        { key: "minutes", count: 1 },
      ]);
      expect(stats.bySurface).toEqual([{ key: "slack", count: 3 }]);
      expect(stats.byOrganisation).toEqual([{ key: "株式会社サンプル", count: 3 }]);
      expect(stats.byStatus).toEqual({ open: 1, assigned: 0, answered: 2, closed: 0 });
      expect(stats.medianAnswerMs).toBe(3 * 3_600_000);
      expect(stats.answeredCount).toBe(2);
    });

    it("lists the console's queues: unassigned, one login's, overdue, oldest first", async () => {
      const early = await log.record(entry({ receivedAt: new Date("2026-04-01T00:00:00Z") }));
      const mine = await log.record(entry({ receivedAt: new Date("2026-04-03T00:00:00Z") }));
      const theirs = await log.record(entry({ receivedAt: new Date("2026-04-02T00:00:00Z") }));
      await log.assign({ id: mine.entry.id, actor: "sato", assignee: "sato" });
      await log.assign({ id: theirs.entry.id, actor: "kato", assignee: "kato" });
      const ids = async (query: Parameters<QuestionLog["list"]>[0]) =>
        (await log.list(query)).entries.map((found) => found.id);
      expect(await ids({ unassigned: true })).toEqual([early.entry.id]);
      expect(await ids({ assignee: "sato" })).toEqual([mine.entry.id]);
      expect(await ids({ assigneeOrUnassigned: "sato", order: "oldest" })).toEqual([early.entry.id, mine.entry.id]);
      expect(await ids({ order: "oldest" })).toEqual([early.entry.id, theirs.entry.id, mine.entry.id]);
      expect(await ids({ receivedBefore: new Date("2026-04-02T12:00:00Z"), order: "oldest" })).toEqual([
        early.entry.id,
        theirs.entry.id,
      ]);
    });

    it("keeps every answer version, delivers a correction again, and refuses to answer twice", async () => {
      const { entry: saved } = await log.record(entry());
      const first = await log.answer({ id: saved.id, actor: "sato", answer: "第一版", at: new Date(1_000) });
      expect(first.answerVersion).toBe(1);
      await log.markDelivered({ id: saved.id, deliveredAt: new Date(2_000) });
      await expectCode(log.answer({ id: saved.id, actor: "kato", answer: "重複" }), "conflict");
      await expectCode(
        log.correct({ id: (await log.record(entry())).entry.id, actor: "sato", answer: "x" }),
        "conflict",
      );
      const corrected = await log.correct({ id: saved.id, actor: "kato", answer: "第二版", at: new Date(3_000) });
      expect(corrected).toMatchObject({ answerVersion: 2, ministryAnswer: "第二版", status: "answered" });
      expect(corrected.deliveredAt).toBeUndefined();
      const { entries } = await log.claimDeliveries({ now: new Date(4_000), leaseMs: 1_000, limit: 5 });
      expect(entries.map((claimed) => claimed.id)).toEqual([saved.id]);
      const { versions } = await log.listAnswerVersions({ questionId: saved.id });
      expect(versions.map((version) => [version.version, version.answer, version.actor])).toEqual([
        [1, "第一版", "sato"],
        [2, "第二版", "kato"],
      ]);
      const { events } = await log.listAudit({ questionId: saved.id });
      expect(events.map((event) => [event.action, event.detail])).toEqual([
        ["correct", "第2版(訂正)"],
        ["answer", "第1版"],
      ]);
    });

    it("keeps internal notes, presence and reply templates, and filters page views out of the audit trail", async () => {
      const { entry: saved } = await log.record(entry());
      await log.addNote({ questionId: saved.id, author: "sato", body: "所管課に確認中", at: new Date(1_000) });
      expect((await log.listNotes({ questionId: saved.id })).notes.map((note) => [note.author, note.body])).toEqual([
        ["sato", "所管課に確認中"],
      ]);
      await log.touchPresence({ questionId: saved.id, login: "sato", at: new Date(10_000) });
      await log.touchPresence({ questionId: saved.id, login: "kato", at: new Date(50_000) });
      await log.touchPresence({ questionId: saved.id, login: "sato", at: new Date(60_000) });
      const { viewers } = await log.listPresence({ questionId: saved.id, since: new Date(40_000) });
      expect(viewers.map((viewer) => viewer.login)).toEqual(["sato", "kato"]);
      expect((await log.listPresence({ questionId: saved.id, since: new Date(55_000) })).viewers).toHaveLength(1);

      const seeded = await log.templates.list();
      expect(seeded.length).toBeGreaterThanOrEqual(3);
      const added = await log.templates.save({ title: "新しい文例", body: "本文", by: "admin" });
      const edited = await log.templates.save({ id: added.id, title: "直した文例", body: "本文2", by: "admin" });
      expect(edited).toMatchObject({ id: added.id, title: "直した文例", body: "本文2", updatedBy: "admin" });
      expect(await log.templates.get(added.id)).toMatchObject({ title: "直した文例" });
      expect(await log.templates.remove(added.id)).toBe(true);
      expect(await log.templates.list()).toHaveLength(seeded.length);

      await log.addAudit({ at: new Date(1), actor: "sato", action: "view", questionId: saved.id });
      await log.addAudit({ at: new Date(2), actor: "sato", action: "note", questionId: saved.id });
      const { events } = await log.listAudit({ questionId: saved.id, excludeActions: ["view"] });
      expect(events.map((event) => event.action)).toEqual(["note"]);
    });

    it("marks a delivered web answer read once, and never an undelivered one", async () => {
      const { entry: saved } = await log.record(entry({ surface: "web" }));
      await log.markRead({ ids: [saved.id], at: new Date(1_000) });
      expect((await log.get(saved.id))?.readAt).toBeUndefined();
      await log.answer({ id: saved.id, actor: "sato", answer: "回答" });
      await log.markDelivered({ id: saved.id, deliveredAt: new Date(2_000) });
      await log.markRead({ ids: [saved.id, "not-an-id"], at: new Date(3_000) });
      await log.markRead({ ids: [saved.id], at: new Date(9_000) });
      expect((await log.get(saved.id))?.readAt).toEqual(new Date(3_000));
      await log.markDelivered({ id: saved.id, deliveredAt: new Date(10_000) });
      await log.correct({ id: saved.id, actor: "sato", answer: "訂正" });
      expect((await log.get(saved.id))?.readAt).toBeUndefined();
    });
  });
}
