import type { Taiwa } from "../../app/compose.ts";
import type { Config } from "../../app/config.ts";
import { loadConfig } from "../../app/config.ts";
import type { Logger } from "../../app/logger.ts";
import type { ChatSurface } from "../../bots/types.ts";
import type { QuestionLog } from "../../questions/types.ts";
import type { Answerer } from "../../rag/types.ts";
import { InProcessMetrics } from "../../server/in-process-metrics.ts";
import { instrumentAskService } from "../../server/instrument-ask-service.ts";
import type { ListDocuments, ListWebReplies, ReadinessCheck } from "../../server/types.ts";
import { ScriptedAskService, sampleAnswer } from "./scripted-ask-service.ts";

/** A Taiwa whose parts are doubles; `events` records close() so tests can order it against answers. */
export function fakeTaiwa(options: {
  logger: Logger;
  env?: Record<string, string>;
  askService?: ScriptedAskService;
  surfaces?: ChatSurface[];
  ready?: Promise<void>;
  readiness?: ReadinessCheck[];
  listWebReplies?: ListWebReplies;
  listDocuments?: ListDocuments;
}): Taiwa & { events: string[]; scripted: ScriptedAskService; config: Config } {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ...options.env });
  const scripted = options.askService ?? new ScriptedAskService();
  const metrics = new InProcessMetrics();
  const events: string[] = [];
  const answerer: Answerer = { answer: async (request) => sampleAnswer({ question: request.question }) };
  // The server never reaches the question log directly; any call is a test bug and says so.
  const questionLog = new Proxy({ close: async () => undefined } as Partial<QuestionLog>, {
    get(target, property) {
      if (property in target) return target[property as keyof QuestionLog];
      return async () => {
        throw new Error(`fakeTaiwa: questionLog.${String(property)} is not used through the server`);
      };
    },
  }) as QuestionLog;
  return {
    config,
    logger: options.logger,
    answerer,
    askService: instrumentAskService({ askService: scripted, metrics }),
    questionLog,
    notifiers: [],
    surfaces: options.surfaces ?? [],
    ready: options.ready ?? Promise.resolve(),
    readiness: options.readiness ?? [],
    metrics,
    listWebReplies: options.listWebReplies,
    listDocuments: options.listDocuments,
    events,
    scripted,
    async close() {
      events.push("taiwa closed");
    },
  };
}
