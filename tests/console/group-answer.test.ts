import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TaiwaError } from "../../app/errors.ts";
import { createLogger } from "../../app/logger.ts";
import type { ConsoleDeps } from "../../console/console-env.ts";
import { answerWithGroup } from "../../console/group-answer.ts";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";
import type { QuestionLog } from "../../questions/types.ts";

describe("answerWithGroup", () => {
  it("answers every waiting member, skips one another official answered meanwhile, and delivers the rest", async () => {
    const store = await SqliteQuestionLog.open({ dataDir: mkdtempSync(join(tmpdir(), "taiwa-group-answer-")) });
    const ids: string[] = [];
    for (const key of ["a", "b", "c", "d"]) {
      const { entry } = await store.record({
        eventKey: key,
        surface: "web",
        asker: { askerId: `web-${key}` },
        question: "補助金はいつから申請できますか",
        botAnswer: "",
        citations: [],
        reason: "unresolved",
      });
      ids.push(entry.id);
    }
    const [lead, raced, closed, waiting] = ids as [string, string, string, string];
    for (const id of [raced, closed, waiting]) await store.groups.join({ id, withId: lead });
    await store.closeQuestion({ id: closed, actor: "suzuki" });
    // The race: the member was still open when listed, and someone else answered it before our UPDATE.
    const questionLog = new Proxy(store, {
      get(target, property, receiver) {
        if (property === "answer") {
          return async (request: Parameters<QuestionLog["answer"]>[0]) => {
            if (request.id === raced) throw new TaiwaError("conflict", "既に回答されています");
            return target.answer(request);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    }) as QuestionLog;
    const runs: string[][] = [];
    const deps = {
      questionLog,
      now: () => new Date(),
      logger: createLogger({ LOG_LEVEL: "silent" }),
      worker: {
        runOnce: async (request?: { ids?: string[] }) => {
          runs.push(request?.ids ?? []);
          return { delivered: [], failed: [] };
        },
      },
    } as unknown as ConsoleDeps;

    const { answered } = await answerWithGroup(deps, { id: lead, actor: "sato", answer: "4月1日からです。" });
    expect(answered).toEqual([lead, waiting]);
    expect(runs).toEqual([[lead, waiting]]);
    expect((await store.get(closed))?.status).toBe("closed");
    expect((await store.get(waiting))?.ministryAnswer).toBe("4月1日からです。");
    expect((await store.listAudit({ questionId: waiting })).events.map((event) => event.action)).toContain(
      "group-answer",
    );
    await store.close();
  });
});
