import { type Context, Hono } from "hono";
import type { Config } from "../app/config.ts";
import { isTaiwaError } from "../app/errors.ts";
import type { Logger } from "../app/logger.ts";
import type { ChatSurface } from "../bots/types.ts";
import { createDeliveryWorker, type DeliveryWorker } from "../questions/delivery-worker.ts";
import { createFaqPublisher } from "../questions/faq-publisher.ts";
import { parseOrganisationMap } from "../questions/organisation-directory.ts";
import { purgeExpired } from "../questions/retention.ts";
import type { Notifier, QuestionLog } from "../questions/types.ts";
import type { QuestionSimilarity } from "../rag/retrieve/question-similarity.ts";
import { CONSOLE_CSS } from "./console-css.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { html, layout } from "./html.ts";
import { LoginRateLimiter } from "./login-rate-limiter.ts";
import { knownErrorResponse, registerRequestGuards } from "./request-guards.ts";
import { registerAdminRoutes } from "./routes/admin-routes.ts";
import { registerDetailRoutes } from "./routes/detail-routes.ts";
import { registerExportRoutes } from "./routes/export-routes.ts";
import { registerFaqRoutes } from "./routes/faq-routes.ts";
import { registerGroupRoutes } from "./routes/group-routes.ts";
import { registerListRoutes } from "./routes/list-routes.ts";
import { registerLoginRoutes } from "./routes/login-routes.ts";
import { registerStatsRoutes } from "./routes/stats-routes.ts";
import { registerTemplateRoutes } from "./routes/template-routes.ts";
import { consoleBodyLimit, requireSession, securityHeaders } from "./security.ts";

export interface ConsoleSurfaceOptions {
  questionLog: QuestionLog;
  /** Every surface's notifier (Slack, Teams, WebNotifier): answers go back through the entry's surface. */
  notifiers: Notifier[];
  config: Pick<
    Config,
    | "PUBLIC_BASE_URL"
    | "CONSOLE_SESSION_MINUTES"
    | "TAIWA_DATA_DIR"
    | "LOG_QUESTIONS"
    | "ORGANISATION_MAP"
    | "RETENTION_DAYS"
    | "ANSWER_TARGET_HOURS"
  > &
    Partial<Pick<Config, "TRUST_PROXY_HOPS">>;
  logger: Logger;
  /** Re-ingests `${TAIWA_DATA_DIR}/faq` after an FAQ is published or unpublished. */
  reindexFaq: () => Promise<void>;
  /** The AskService's organisation directory, refreshed when admins edit the map. */
  organisationDirectory?: { invalidate(): void };
  deliveryWorker?: DeliveryWorker;
  limiter?: LoginRateLimiter;
  now?: () => Date;
  /** The corpus index's question similarity (undefined while it loads): picks a group's FAQ proposal. */
  questionSimilarity?: () => QuestionSimilarity | undefined;
}

const BASE_PATH = "/console";

/** The ministry console at /console/: question log, answers delivered back, FAQ, statistics, administration. */
export function createConsoleSurface(
  options: ConsoleSurfaceOptions,
): ChatSurface & { readonly deliveryWorker: DeliveryWorker } {
  const { questionLog, logger, config } = options;
  const now = options.now ?? (() => new Date());
  const worker =
    options.deliveryWorker ?? createDeliveryWorker({ questionLog, notifiers: options.notifiers, logger, now });
  const deps: ConsoleDeps = {
    questionLog,
    config,
    logger,
    worker,
    faq: createFaqPublisher({ questionLog, dataDir: config.TAIWA_DATA_DIR, reindexFaq: options.reindexFaq, logger }),
    limiter: options.limiter ?? new LoginRateLimiter(),
    configuredOrganisations: parseOrganisationMap(config.ORGANISATION_MAP),
    onOrganisationsChanged: () => options.organisationDirectory?.invalidate(),
    now,
    basePath: BASE_PATH,
    questionSimilarity: options.questionSimilarity,
  };

  const app = new Hono<ConsoleEnv>();
  app.use("*", securityHeaders());
  app.use("*", consoleBodyLimit(deps));
  app.get("/console.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    return c.body(CONSOLE_CSS);
  });
  registerLoginRoutes(app, deps);
  app.use("*", requireSession(deps));
  registerRequestGuards(app, deps);
  registerGroupRoutes(app, deps);
  registerDetailRoutes(app, deps);
  registerFaqRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerStatsRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerTemplateRoutes(app, deps);
  registerListRoutes(app, deps);

  app.notFound((c) =>
    c.html(
      layout({
        basePath: BASE_PATH,
        title: "ページが見つかりません",
        body: html`<p><a href="${BASE_PATH}/">質問一覧へ</a></p>`,
      }),
      404,
    ),
  );
  app.onError((error, c) => {
    const known = knownErrorResponse(c as Context<ConsoleEnv>, deps, error);
    if (known) return known;
    const unavailable = isTaiwaError(error) && error.code === "store_unavailable";
    logger.error({ err: error, path: new URL(c.req.url).pathname }, "console request failed");
    const message = unavailable
      ? "質問ログのデータベースに接続できません。しばらくしてから再読み込みしてください。続く場合は管理者に連絡してください。"
      : "内部エラーが発生しました。もう一度お試しください。続く場合は管理者に連絡してください。";
    return c.html(
      layout({
        basePath: BASE_PATH,
        title: "エラー",
        error: message,
        body: html`<p><a href="${BASE_PATH}/">質問一覧へ</a></p>`,
      }),
      unavailable ? 503 : 500,
    );
  });

  let retentionTimer: NodeJS.Timeout | undefined;
  const purge = async () => {
    if (!config.RETENTION_DAYS) return;
    const result = await purgeExpired({ questionLog, retentionDays: config.RETENTION_DAYS, now: now() });
    if (result.entries > 0) logger.info(result, "retention: purged the text of closed questions");
  };

  return {
    name: "console",
    routes: { basePath: BASE_PATH, app: app as unknown as Hono },
    deliveryWorker: worker,
    async start() {
      worker.start();
      await purge().catch((error: unknown) => logger.warn({ err: error }, "retention purge failed"));
      retentionTimer = setInterval(
        () => purge().catch((error: unknown) => logger.warn({ err: error }, "retention purge failed")),
        86_400_000,
      );
      retentionTimer.unref();
    },
    async stop() {
      if (retentionTimer) clearInterval(retentionTimer);
      await worker.stop();
    },
    describe() {
      return `省庁コンソール: ${config.PUBLIC_BASE_URL ?? ""}${BASE_PATH}/${config.RETENTION_DAYS ? `(保存期間 ${config.RETENTION_DAYS} 日)` : ""}`;
    },
  };
}
