import type { BotFrameworkAuthentication } from "botframework-connector";
import { TaiwaError } from "../../app/errors.ts";
import type { ChatSurface } from "../types.ts";
import { createBotFrameworkAuthentication } from "./bot-framework-authentication.ts";
import { InFlightTurns } from "./in-flight-turns.ts";
import { RecentAnswers } from "./recent-answers.ts";
import { createServiceUrlPolicy, isLoopbackHost } from "./service-url-policy.ts";
import { TeamsCloudAdapter } from "./teams-cloud-adapter.ts";
import { TeamsNotifier } from "./teams-notifier.ts";
import { createTeamsRoutes } from "./teams-routes.ts";
import { createTeamsTurnHandler } from "./teams-turn-handler.ts";
import type { TeamsSurfaceOptions } from "./types.ts";

export const TEAMS_BASE_PATH = "/api/messages";

/** The Microsoft Teams surface: Bot Framework activities at /api/messages and proactive delivery of console answers. */
export function createTeamsSurface(options: TeamsSurfaceOptions): ChatSurface {
  const { config, logger, askService, conversationStore, dedupeStore } = options;
  const developmentMode = !config.MICROSOFT_APP_ID;
  if (developmentMode && config.NODE_ENV === "production") {
    throw new TaiwaError(
      "config_invalid",
      "MICROSOFT_APP_ID is missing: the Teams bot would run without authentication, which is refused when NODE_ENV=production. Set MICROSOFT_APP_ID (and MICROSOFT_APP_PASSWORD) from your Azure Bot registration.",
    );
  }
  if (developmentMode && !isLoopbackHost(config.HOST)) {
    throw new TaiwaError(
      "config_invalid",
      `MICROSOFT_APP_ID is missing while HOST=${config.HOST}: the Teams bot would accept unauthenticated requests from the network. Set MICROSOFT_APP_ID (and MICROSOFT_APP_PASSWORD) from your Azure Bot registration, or HOST=127.0.0.1 for local development.`,
    );
  }
  if (developmentMode) {
    logger.warn(
      { surface: "teams" },
      "Teams bot in LOCAL DEVELOPMENT MODE: MICROSOFT_APP_ID is not set, so requests to /api/messages are NOT authenticated and replies only go to loopback serviceUrls. Never expose this to a network.",
    );
  }
  let authentication: BotFrameworkAuthentication;
  try {
    authentication = createBotFrameworkAuthentication(config);
  } catch (error) {
    // botbuilder asserts its own combinations (e.g. no password with UserAssignedMSI).
    const reason = error instanceof Error ? error.message : String(error);
    throw new TaiwaError(
      "config_invalid",
      `The Microsoft Teams settings are not usable: ${reason}. Check the MICROSOFT_APP_* variables.`,
      { cause: error },
    );
  }
  const adapter = new TeamsCloudAdapter(authentication);
  adapter.onTurnError = async (_context, error) => {
    logger.error({ surface: "teams", err: error }, "teams turn error");
  };
  const turns = new InFlightTurns();
  const logic = createTeamsTurnHandler({
    config,
    logger,
    askService,
    dedupeStore,
    answers: new RecentAnswers(),
    ...(conversationStore ? { conversationStore } : {}),
  });
  const app = createTeamsRoutes({
    adapter,
    authentication,
    logic,
    isAllowedServiceUrl: createServiceUrlPolicy({
      allowed: config.TEAMS_ALLOWED_SERVICE_URLS,
      authenticated: !developmentMode,
    }),
    turns,
    logger,
  });
  return {
    name: "teams",
    routes: { basePath: TEAMS_BASE_PATH, app },
    notifier: new TeamsNotifier({ adapter, appId: config.MICROSOFT_APP_ID ?? "", logger }),
    async stop() {
      await turns.drain();
    },
    describe() {
      return developmentMode
        ? `Teams: ⚠ LOCAL DEVELOPMENT MODE at ${TEAMS_BASE_PATH}: no authentication (MICROSOFT_APP_ID not set)`
        : `Teams: Bot Framework at ${TEAMS_BASE_PATH} (app ${config.MICROSOFT_APP_ID}, ${config.MICROSOFT_APP_TYPE})`;
    },
  };
}
