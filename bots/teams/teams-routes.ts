import type { Activity, TurnContext } from "botbuilder";
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from "botframework-connector";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Logger } from "../../app/logger.ts";
import type { InFlightTurns } from "./in-flight-turns.ts";
import { inboundActivitySchema } from "./teams-activity.ts";
import type { TeamsCloudAdapter } from "./teams-cloud-adapter.ts";

export interface TeamsRoutesOptions {
  adapter: TeamsCloudAdapter;
  authentication: BotFrameworkAuthentication;
  logic: (context: TurnContext) => Promise<void>;
  isAllowedServiceUrl: (serviceUrl: string) => boolean;
  turns: InFlightTurns;
  logger: Logger;
}

const MAX_ACTIVITY_BYTES = 256 * 1024;

/** POST / : one Bot Framework activity. Mounted by the server at /api/messages. */
export function createTeamsRoutes(options: TeamsRoutesOptions): Hono {
  const { adapter, authentication, logic, logger, turns } = options;
  const app = new Hono();
  // Teams activities are a few KB; a cap keeps unauthenticated senders from making us buffer large bodies.
  const limit = bodyLimit({
    maxSize: MAX_ACTIVITY_BYTES,
    onError: (c) => c.json({ error: "input_too_long", message: "The activity is too large." }, 413),
  });
  app.post("/", limit, async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: "input_malformed", message: "The body must be a Bot Framework activity (JSON)." }, 400);
    }
    const parsed = inboundActivitySchema.safeParse(body);
    if (!parsed.success)
      return c.json({ error: "input_malformed", message: "The body is not a Bot Framework activity." }, 400);
    const activity = body as Activity;

    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await authentication.authenticateRequest(activity, c.req.header("authorization") ?? "");
    } catch (error) {
      // botbuilder throws AuthenticationError for most rejections but a plain JsonWebTokenError for a bad signature.
      // Keys that cannot be loaded (an AuthenticationError with statusCode 500, or node-fetch's FetchError when the
      // metadata host is unreachable) are our problem, not the sender's: still refused, but logged as an error.
      const reason = error instanceof Error ? error.message : String(error);
      const keysUnavailable =
        (error as { statusCode?: unknown }).statusCode === 500 || (error as { name?: unknown }).name === "FetchError";
      if (keysUnavailable) {
        logger.error(
          { surface: "teams", reason },
          "teams cannot load Bot Framework signing keys; requests are refused",
        );
      } else {
        logger.warn({ surface: "teams", reason }, "teams request rejected: no valid Bot Framework token");
      }
      return c.json({ error: "unauthorized", message: "A valid Bot Framework token is required." }, 401);
    }
    if (!options.isAllowedServiceUrl(parsed.data.serviceUrl)) {
      logger.warn(
        { surface: "teams", serviceUrl: parsed.data.serviceUrl },
        "teams request rejected: serviceUrl not allowed",
      );
      return c.json(
        { error: "forbidden", message: "This serviceUrl is not allowed (TEAMS_ALLOWED_SERVICE_URLS)." },
        403,
      );
    }

    const turn = adapter.processAuthenticated(authenticated, activity, logic);
    if (parsed.data.type === "invoke") {
      // Invokes (card actions) wait for the bot: Teams shows the response body to the user.
      try {
        const response = await turn;
        return c.json(response?.body ?? {}, (response?.status ?? 200) as ContentfulStatusCode);
      } catch (error) {
        logger.error({ surface: "teams", err: error }, "teams invoke failed");
        return c.json({ error: "internal", message: "The action could not be completed." }, 500);
      }
    }
    // Bot Framework gives up on a request after about 15 s; answers can take longer, so messages are acknowledged
    // at once and answered through the Bot Connector.
    turns.track(
      turn.then(
        () => undefined,
        (error: unknown) => logger.error({ surface: "teams", err: error }, "teams turn failed"),
      ),
    );
    return c.body(null, 200);
  });
  return app;
}
