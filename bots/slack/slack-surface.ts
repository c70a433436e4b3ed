import { App, type Authorize, type Receiver, SocketModeReceiver, webApi } from "@slack/bolt";
import type { Config } from "../../app/config.ts";
import { TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
// One format for ORGANISATION_MAP everywhere (inline JSON or a JSON file), parsed by the question log.
import { parseOrganisationMap } from "../../questions/organisation-directory.ts";
import type { AskService } from "../../questions/types.ts";
import type { ChatSurface } from "../types.ts";
import { boltLogger } from "./bolt-logger.ts";
import { HonoSlackReceiver } from "./hono-slack-receiver.ts";
import type { AnswerFlowDependencies } from "./slack-answer-flow.ts";
import { registerCommandListeners } from "./slack-command-listeners.ts";
import { registerEventListeners } from "./slack-event-listeners.ts";
import { registerInteractionListeners } from "./slack-interaction-listeners.ts";
import { SlackNotifier } from "./slack-notifier.ts";
import { slackErrorCode } from "./slack-poster.ts";
import { SlackRateLimiter } from "./slack-rate-limiter.ts";
import { socketModeStarter } from "./socket-mode-starter.ts";
import type { DedupeStore, OrganisationMap } from "./types.ts";

/** Slack retries an event for about an hour at most; a day keeps every retry of it deduplicated. */
const EVENT_DEDUPE_TTL_SECONDS = 24 * 3600;

export type SlackConfig = Pick<
  Config,
  | "SLACK_SIGNING_SECRET"
  | "SLACK_BOT_TOKEN"
  | "SLACK_APP_TOKEN"
  | "SLACK_API_URL"
  | "SLACK_SLASH_COMMAND"
  | "SLACK_RATE_LIMIT_PER_USER"
  | "SLACK_RATE_LIMIT_PER_WORKSPACE"
  | "ORGANISATION_MAP"
  | "LOG_QUESTIONS"
> &
  Partial<Pick<Config, "MAX_QUESTION_CHARS">>;

export interface SlackSurfaceOptions {
  config: SlackConfig;
  logger: Logger;
  askService: AskService;
  /** Shared across replicas: see createDedupeStore. */
  dedupeStore: DedupeStore;
  /** Team / Enterprise Grid id → organisation; defaults to ORGANISATION_MAP. */
  organisations?: OrganisationMap;
  /** First wait before reconnecting Socket Mode when Slack was unreachable at start-up (default 2 s, doubling to 60 s). */
  socketModeRetryMs?: number;
}

/**
 * The Slack surface on Bolt: HTTP mode (routes at /slack/events) when SLACK_SIGNING_SECRET is set,
 * Socket Mode when SLACK_APP_TOKEN is set (it wins: no public URL needed).
 */
export function createSlackSurface(options: SlackSurfaceOptions): ChatSurface {
  const { config, askService, dedupeStore } = options;
  const logger = options.logger.child({ surface: "slack" });
  const token = config.SLACK_BOT_TOKEN;
  if (!token || (!config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN)) {
    throw new TaiwaError(
      "config_invalid",
      "Slack needs SLACK_BOT_TOKEN plus SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode): see docs/slack.md",
    );
  }
  const slackApiUrl = config.SLACK_API_URL ? withSlash(config.SLACK_API_URL) : undefined;
  // Bounded retries: 429s wait for Retry-After; other failures give up within seconds, not Bolt's default half hour.
  const clientOptions = {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
  };
  const socketMode = config.SLACK_APP_TOKEN !== undefined;
  const httpReceiver = socketMode
    ? undefined
    : new HonoSlackReceiver({ signingSecret: config.SLACK_SIGNING_SECRET!, logger });
  const receiver: Receiver =
    httpReceiver ??
    new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN!,
      logger: boltLogger(logger),
      installerOptions: { clientOptions },
    });
  const app = new App({
    authorize: botAuthorization(new webApi.WebClient(token, clientOptions), token, logger),
    receiver,
    clientOptions,
    logger: boltLogger(logger),
    ignoreSelf: true,
  });

  const inFlight = new Set<Promise<void>>();
  // Slack retries events it thinks were missed (X-Slack-Retry-Num); Bolt does not deduplicate, so claim each event_id once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string") {
      const claimed = await dedupeStore
        .claim({ key: `event:${eventId}`, ttlSeconds: EVENT_DEDUPE_TTL_SECONDS })
        .then((result) => result.claimed)
        .catch((error: unknown) => {
          // A duplicate answer beats a lost question when the store is down.
          logger.warn({ err: error, eventId }, "slack dedupe store unavailable; processing anyway");
          return true;
        });
      if (!claimed) {
        logger.info({ eventId }, "slack retry ignored: event already claimed");
        return;
      }
    }
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });

  const deps: AnswerFlowDependencies = {
    askService,
    store: dedupeStore,
    logger,
    config,
    limiter: new SlackRateLimiter({
      perUserPerMinute: config.SLACK_RATE_LIMIT_PER_USER,
      perWorkspacePerMinute: config.SLACK_RATE_LIMIT_PER_WORKSPACE,
    }),
    organisations: options.organisations ?? parseOrganisationMap(config.ORGANISATION_MAP),
  };
  registerEventListeners(app, deps);
  registerCommandListeners(app, { ...deps, slashCommand: config.SLACK_SLASH_COMMAND });
  registerInteractionListeners(app, deps);
  app.error(async (error) => {
    logger.error({ err: error }, "slack listener error");
  });

  const socketStarter = socketMode
    ? socketModeStarter({
        connect: () => app.start(),
        logger,
        ...(options.socketModeRetryMs ? { firstRetryMs: options.socketModeRetryMs } : {}),
      })
    : undefined;
  const notifier = new SlackNotifier({ token, logger, ...(slackApiUrl ? { slackApiUrl } : {}) });
  return {
    name: "slack",
    ...(httpReceiver ? { routes: { basePath: "/slack", app: httpReceiver.routes } } : {}),
    notifier,
    async start() {
      await socketStarter?.start();
    },
    async stop() {
      socketStarter?.stop();
      if (socketMode) await app.stop().catch(() => undefined);
      await httpReceiver?.stop();
      await Promise.allSettled([...inFlight]);
    },
    describe() {
      return socketMode ? "Slack: Socket Mode (no public URL needed)" : "Slack: HTTP mode at /slack/events";
    },
  };
}

/**
 * Bolt's own single-token authorization caches a failed auth.test forever, and a failed authorize drops the
 * event after acking it (a lost question). This one caches only success; while auth.test fails it answers
 * with the token alone, since own-message filtering also works from bot_id, and tries again next event.
 */
function botAuthorization(client: webApi.WebClient, botToken: string, logger: Logger): Authorize<boolean> {
  let identity: Promise<{ botUserId?: string; botId?: string }> | undefined;
  return async () => {
    identity ??= client.auth.test().then((result) => ({
      ...(result.user_id ? { botUserId: result.user_id } : {}),
      ...(result.bot_id ? { botId: result.bot_id } : {}),
    }));
    try {
      return { botToken, ...(await identity) };
    } catch (error) {
      identity = undefined;
      logger.warn({ slackError: slackErrorCode(error) }, "slack auth.test failed; answering without the bot's ids");
      return { botToken };
    }
  };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
