import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local Bot Connector (the service behind an activity's serviceUrl), after the Bot Framework Connector REST API:
 * POST /v3/conversations (create a 1:1 conversation), POST /v3/conversations/{conversationId}/activities, POST and
 * PUT …/activities/{activityId}. It checks the shape of each
 * activity, answers 413 above Teams' size limits, and (when `requireToken`) issues and checks client-credential tokens
 * at POST /oauth2/v2.0/token. Every call is recorded.
 */
export interface ConnectorCall {
  method: string;
  conversationId: string;
  /** The activity id replied to (POST) or updated (PUT). */
  activityId?: string;
  authorization?: string;
  status: number;
  activity: Record<string, unknown>;
}

export interface TokenRequest {
  clientId: string;
  scope: string;
  grantType: string;
}

/** Teams refuses a message whose card passes about 28 KB, and any request above about 40 KB. */
export const CARD_LIMIT_BYTES = 28 * 1024;
export const REQUEST_LIMIT_BYTES = 40 * 1024;

/** A conversation the bot created (POST /v3/conversations), with the id the stand-in gave it. */
export interface CreatedConversation {
  id: string;
  isGroup?: boolean;
  members?: { id: string }[];
  tenantId?: string;
}

export interface BotConnectorStandIn {
  url: string;
  calls: ConnectorCall[];
  created: CreatedConversation[];
  tokenRequests: TokenRequest[];
  /** Accepted message activities (type "message"), in order. */
  messages(): Record<string, unknown>[];
  /** While true, POST /v3/conversations answers 403, as Teams does when the app is not installed for the user. */
  refuseConversations: boolean;
  /** The next `count` activity calls answer with `status` (replacing failures still queued). */
  failNext(status: number, count?: number): void;
  waitForMessages(count: number, timeoutMs?: number): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function startBotConnectorStandIn(
  options: { requireToken?: boolean; clientSecret?: string } = {},
): Promise<BotConnectorStandIn> {
  const calls: ConnectorCall[] = [];
  const tokenRequests: TokenRequest[] = [];
  const created: CreatedConversation[] = [];
  const issuedTokens = new Set<string>();
  const failures: number[] = [];

  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;

    if (request.method === "POST" && path === "/oauth2/v2.0/token") {
      const form = new URLSearchParams(raw.toString("utf8"));
      const tokenRequest = {
        clientId: form.get("client_id") ?? "",
        scope: form.get("scope") ?? "",
        grantType: form.get("grant_type") ?? "",
      };
      tokenRequests.push(tokenRequest);
      if (
        tokenRequest.grantType !== "client_credentials" ||
        (options.clientSecret && form.get("client_secret") !== options.clientSecret)
      ) {
        return send(401, { error: "invalid_client" });
      }
      const token = `stand-in-${randomUUID()}`;
      issuedTokens.add(token);
      return send(200, { token_type: "Bearer", expires_in: 3599, access_token: token });
    }

    if (request.method === "POST" && path === "/v3/conversations") {
      if (standIn.refuseConversations)
        return send(403, { error: { code: "BotNotInConversationRoster", message: "the bot is not installed" } });
      let parameters: Omit<CreatedConversation, "id"> = {};
      try {
        parameters = JSON.parse(raw.toString("utf8")) as Omit<CreatedConversation, "id">;
      } catch {
        return send(400, { error: { code: "BadSyntax", message: "body is not JSON" } });
      }
      if (!Array.isArray(parameters.members) || parameters.members.length !== 1)
        return send(400, { error: { code: "BadArgument", message: "a 1:1 conversation needs exactly one member" } });
      const id = `a:1:1-${randomUUID()}`;
      created.push({ ...parameters, id });
      return send(201, { id });
    }

    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (!match || (request.method !== "POST" && request.method !== "PUT") || (request.method === "PUT" && !match[2])) {
      return send(404, { error: { code: "NotFound", message: `no route ${request.method} ${path}` } });
    }
    const conversationId = decodeURIComponent(match[1] ?? "");
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    let activity: Record<string, unknown> = {};
    try {
      activity = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
    } catch {
      return send(400, { error: { code: "BadSyntax", message: "body is not JSON" } });
    }
    const authorization = request.headers.authorization;
    const record = (status: number) =>
      calls.push({ method: request.method ?? "", conversationId, activityId, authorization, status, activity });

    if (options.requireToken) {
      const token = authorization?.startsWith("Bearer ") ? authorization.slice(7) : "";
      if (!issuedTokens.has(token)) {
        record(401);
        return send(401, { error: { code: "Unauthorized", message: "missing or unknown token" } });
      }
    }
    const failure = failures.shift();
    if (failure !== undefined) {
      record(failure);
      return send(failure, { error: { code: "ServiceError", message: "injected failure" } });
    }
    if (raw.length > REQUEST_LIMIT_BYTES || cardsTooLarge(activity)) {
      record(413);
      return send(413, { error: { code: "MessageSizeTooBig", message: "Message size too big" } });
    }
    const problem = shapeProblem(activity, conversationId);
    if (problem) {
      record(400);
      return send(400, { error: { code: "BadArgument", message: problem } });
    }
    record(200);
    return send(200, { id: `${Date.now()}${calls.length}` });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const messages = () =>
    calls.filter((call) => call.status === 200 && call.activity.type === "message").map((call) => call.activity);
  const standIn: BotConnectorStandIn = {
    url: `http://127.0.0.1:${port}/`,
    calls,
    created,
    refuseConversations: false,
    tokenRequests,
    messages,
    failNext(status, count = 1) {
      failures.length = 0;
      for (let index = 0; index < count; index += 1) failures.push(status);
    },
    async waitForMessages(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages().length < count) {
        if (Date.now() > deadline)
          throw new Error(
            `expected ${count} messages, got ${messages().length}: ${JSON.stringify(calls.map((call) => [call.status, call.activity.type]))}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return standIn;
}

function cardsTooLarge(activity: Record<string, unknown>): boolean {
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  return attachments.some((attachment) => Buffer.byteLength(JSON.stringify(attachment), "utf8") > CARD_LIMIT_BYTES);
}

function shapeProblem(activity: Record<string, unknown>, conversationId: string): string | undefined {
  const hasId = (value: unknown) =>
    typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string";
  if (typeof activity.type !== "string") return "activity.type is required";
  if (!hasId(activity.from)) return "activity.from.id is required";
  if (!hasId(activity.recipient)) return "activity.recipient.id is required";
  if (!hasId(activity.conversation)) return "activity.conversation.id is required";
  if ((activity.conversation as { id: string }).id !== conversationId)
    return "activity.conversation.id does not match the URL";
  if (activity.type === "message") {
    const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
    if (!activity.text && attachments.length === 0) return "a message needs text or attachments";
    for (const attachment of attachments) {
      const { contentType, content } = attachment as { contentType?: unknown; content?: unknown };
      if (contentType !== "application/vnd.microsoft.card.adaptive")
        return `unexpected attachment contentType ${String(contentType)}`;
      if (typeof content !== "object" || content === null || (content as { type?: unknown }).type !== "AdaptiveCard")
        return "attachment content is not an AdaptiveCard";
    }
  }
  return undefined;
}
