import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../app/config.ts";
import { createLogger } from "../../app/logger.ts";
import { createQuestionServices } from "../../questions/create-question-services.ts";
import { listWebReplies } from "../../questions/web-notifier.ts";
import { ScriptedAnswerer } from "../doubles/scripted-answerer.ts";

describe("createQuestionServices", () => {
  it("wires the log, the ask service, the console and the web notifier from config", async () => {
    const config = loadConfig({
      TAIWA_DATA_DIR: mkdtempSync(join(tmpdir(), "taiwa-wire-")),
      ORGANISATION_MAP: '{"T1":"組織A"}',
    });
    const services = await createQuestionServices({
      config,
      logger: createLogger({ LOG_LEVEL: "silent" }),
      answerer: new ScriptedAnswerer({ resolved: false }),
      notifiers: [],
      reindexFaq: async () => {},
    });
    try {
      const outcome = await services.askService.ask({
        question: "質問",
        surface: "web",
        eventKey: "web-1",
        workspaceId: "T1",
        asker: { askerId: "w-1" },
      });
      const entry = await services.questionLog.get(outcome.questionId ?? "");
      expect(entry?.organisation).toBe("組織A");
      await services.questionLog.answer({ id: entry?.id ?? "", actor: "sato", answer: "省庁より" });
      await services.consoleSurface.deliveryWorker.runOnce();
      expect((await listWebReplies({ questionLog: services.questionLog, askerId: "w-1" })).replies[0]?.answer).toBe(
        "省庁より",
      );
      const routes = services.consoleSurface.routes;
      expect(routes?.basePath).toBe("/console");
      const app = new Hono().route(routes?.basePath ?? "", routes?.app ?? new Hono());
      expect((await app.request("/console/")).status).toBe(302);
      expect(services.consoleSurface.describe()).toContain("/console/");
    } finally {
      await services.close();
    }
  });
});
