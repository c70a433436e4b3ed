import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { createLogger } from "../../app/logger.ts";
import { SlackNotifier } from "../../bots/slack/slack-notifier.ts";
import { createConsoleSurface } from "../../console/console-surface.ts";
import { createAskService } from "../../questions/ask-service.ts";
import { createOrganisationDirectory } from "../../questions/organisation-directory.ts";
import { hashPassword } from "../../questions/passwords.ts";
import { createQuestionGrouper } from "../../questions/question-grouper.ts";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";
import type { DeliveryTarget, Notifier } from "../../questions/types.ts";
import { listWebReplies, WebNotifier } from "../../questions/web-notifier.ts";
import { QuestionSimilarity } from "../../rag/retrieve/question-similarity.ts";
import { BOT_TOKEN } from "../bots/slack/slack-harness.ts";
import { fixture, startTeamsHarness } from "../bots/teams/teams-harness.ts";
import { startBotConnectorStandIn } from "../doubles/bot-connector-stand-in.ts";
import { ScriptedAnswerer } from "../doubles/scripted-answerer.ts";
import { searchDeps } from "../doubles/search-deps.ts";
import { SlackWebApiStandIn } from "../doubles/slack-web-api-stand-in.ts";
import { PASSWORD } from "./console-fixture.ts";

/** Three askers, three organisations, three surfaces: the same question in other words each time. */
export const ASKERS = [
  {
    surface: "slack" as const,
    workspaceId: "T0SLACK01",
    organisation: "北陸精密工業",
    asker: { askerId: "slack-hokuriku-1", displayName: "北陸の担当者" },
    question: "補助金の申請はいつから受け付けますか？",
  },
  {
    surface: "teams" as const,
    workspaceId: "tenant-kansai-02",
    organisation: "関西化成",
    asker: { askerId: "teams-kansai-2", displayName: "関西の担当者" },
    question: "補助金はいつから申請できますか",
  },
  {
    surface: "web" as const,
    workspaceId: undefined,
    organisation: undefined,
    asker: { askerId: "web-browser-3" },
    question: "補助金の申請受付はいつ開始されますか？",
  },
];

/**
 * The real pieces of issue 13's grouping: AskService with the grouper (the retrieval's own analysis), a SQLite log,
 * the console, and each surface's real notifier against its stand-in (Slack Web API, Bot Connector), plus the web one.
 */
export async function groupFixture() {
  const dataDir = mkdtempSync(join(tmpdir(), "taiwa-group-"));
  const logger = createLogger({ LOG_LEVEL: "silent" });
  const questionLog = await SqliteQuestionLog.open({ dataDir });
  await questionLog.accounts.createUser({ login: "sato", passwordHash: await hashPassword(PASSWORD), role: "contact" });
  const similarity = new QuestionSimilarity(await searchDeps());

  const slackApi = new SlackWebApiStandIn({ botToken: BOT_TOKEN });
  await slackApi.start();
  const slack = new SlackNotifier({ token: BOT_TOKEN, slackApiUrl: slackApi.url, logger });
  const connector = await startBotConnectorStandIn();
  const teams = await startTeamsHarness();
  await teams.post(fixture("channel-mention", connector.url));
  await connector.waitForMessages(1);
  const teamsDelivery = teams.askService.asks[0]?.delivery;
  if (!teamsDelivery) throw new Error("the Teams harness recorded no delivery target");
  connector.calls.length = 0;
  const teamsNotifier = teams.surface.notifier as Notifier;

  const askService = createAskService({
    answerer: new ScriptedAnswerer({
      resolved: false,
      answer: "資料から確かな回答が見つかりませんでした。",
      citations: [],
    }),
    questionLog,
    organisations: createOrganisationDirectory({ configured: {}, store: questionLog.organisations }),
    logger,
    config: { LOG_QUESTIONS: false, TAIWA_DATA_DIR: dataDir },
    grouper: createQuestionGrouper({ questionLog, similarity: () => similarity }),
  });
  const consoleSurface = createConsoleSurface({
    questionLog,
    notifiers: [slack, teamsNotifier, new WebNotifier()],
    config: {
      PUBLIC_BASE_URL: undefined,
      CONSOLE_SESSION_MINUTES: 60,
      TAIWA_DATA_DIR: dataDir,
      LOG_QUESTIONS: false,
      ORGANISATION_MAP: undefined,
      RETENTION_DAYS: undefined,
      ANSWER_TARGET_HOURS: 72,
    },
    logger,
    reindexFaq: async () => {},
    questionSimilarity: () => similarity,
  });
  const routes = consoleSurface.routes;
  if (!routes) throw new Error("console has no routes");
  const app = new Hono().route(routes.basePath, routes.app);

  const deliveries: Record<string, DeliveryTarget> = {
    slack: { surface: "slack", data: { channel: "C0HOKURIKU", threadTs: "1764500000.000100", teamId: "T0SLACK01" } },
    teams: teamsDelivery,
    web: { surface: "web", data: { askerId: "web-browser-3" } },
  };

  /** The three askers ask; returns their question ids in order. */
  async function askAll(): Promise<string[]> {
    const ids: string[] = [];
    for (const [at, asker] of ASKERS.entries()) {
      const outcome = await askService.ask({
        ...asker,
        eventKey: `group-${asker.surface}-${at}`,
        delivery: deliveries[asker.surface],
      });
      if (!outcome.questionId) throw new Error(`question of ${asker.surface} not logged`);
      ids.push(outcome.questionId);
    }
    return ids;
  }

  return {
    app,
    dataDir,
    questionLog,
    slackApi,
    connector,
    askAll,
    webReplies: (askerId: string) => listWebReplies({ questionLog, askerId }),
    async close() {
      askService.stop();
      await teams.close();
      await connector.close();
      await slackApi.stop();
      await questionLog.close();
    },
  };
}

export type GroupFixture = Awaited<ReturnType<typeof groupFixture>>;
