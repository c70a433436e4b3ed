import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { blockProblem } from "./slack-block-rules.ts";

/** Slack's published OpenAPI description of the Web API: the stand-in accepts only what it lists. */
const SPEC_PATH = "/work/shared/api-specs/slack-web-api-openapi-v2.json";
/** Methods Slack serves but the (older) spec omits; required params given by hand from api.slack.com. */
const EXTRA_METHODS: Record<string, string[]> = { "apps.connections.open": [] };

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  token?: string;
  at: number;
}

interface ScriptedFailure {
  method: string;
  status?: number;
  retryAfterSeconds?: number;
  error?: string;
  times: number;
}

function requiredParamsFromSpec(): Map<string, string[]> {
  const spec = JSON.parse(readFileSync(SPEC_PATH, "utf8")) as {
    paths: Record<string, Record<string, { parameters?: { name: string; required?: boolean }[] }>>;
  };
  const methods = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(spec.paths)) {
    const required = Object.values(operations).flatMap((operation) =>
      (operation.parameters ?? [])
        .filter((parameter) => parameter.required && parameter.name !== "token")
        .map((parameter) => parameter.name),
    );
    methods.set(path.replace(/^\//, ""), [...new Set(required)]);
  }
  for (const [method, required] of Object.entries(EXTRA_METHODS)) methods.set(method, required);
  return methods;
}

/**
 * A local Slack Web API on 127.0.0.1: records every call, and rejects what Slack rejects (wrong token,
 * unknown method, missing required params per the OpenAPI spec, unknown channels, bad blocks).
 * It can be scripted to fail a method (e.g. 429 with Retry-After). `response_url` posts land on /response/*.
 */
export class SlackWebApiStandIn {
  readonly calls: RecordedCall[] = [];
  /** Channels that answer channel_not_found / not_in_channel. */
  readonly missingChannels = new Set<string>();
  readonly notInChannel = new Set<string>();
  /** Users for whom conversations.open answers ok but with no channel (Slack does for some restricted users). */
  readonly noDmChannel = new Set<string>();
  socketModeUrl = "ws://127.0.0.1:1/";
  private readonly methods = requiredParamsFromSpec();
  private readonly failures: ScriptedFailure[] = [];
  private server: Server | undefined;
  private sequence = 0;

  constructor(readonly options: { botToken: string; appToken?: string; botUserId?: string; latencyMs?: number }) {}

  async start(): Promise<{ url: string }> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return { url: this.url };
  }

  get url(): string {
    const address = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/api/`;
  }

  /** Where a payload's response_url should point. */
  responseUrl(id: string): string {
    const address = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/response/${id}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `times` calls to `method` fail as scripted (HTTP status with Retry-After, or an `error` string). */
  fail(failure: Omit<ScriptedFailure, "times"> & { times?: number }): void {
    this.failures.push({ times: 1, ...failure });
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves once `count` calls to `method` were recorded. */
  async waitFor(method: string, count = 1, timeoutMs = 10_000): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${count} × ${method}; saw ${this.callsTo(method).length}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.callsTo(method);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams.entries());
    const contentType = request.headers["content-type"] ?? "";
    if (contentType.includes("application/json") && raw) Object.assign(params, JSON.parse(raw) as object);
    else if (raw) Object.assign(params, Object.fromEntries(new URLSearchParams(raw).entries()));
    if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));

    if (url.pathname.startsWith("/response/")) {
      this.calls.push({ method: "response_url", params: { ...params, path: url.pathname }, at: Date.now() });
      return send(response, 200, { ok: true });
    }
    const method = url.pathname.replace(/^\/api\//, "");
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    const token = bearer ?? (typeof params.token === "string" ? params.token : undefined);
    this.calls.push({ method, params, ...(token ? { token } : {}), at: Date.now() });

    const failure = this.failures.find((candidate) => candidate.method === method && candidate.times > 0);
    if (failure) {
      failure.times -= 1;
      if (failure.status) {
        const headers: Record<string, string> =
          failure.retryAfterSeconds !== undefined ? { "retry-after": String(failure.retryAfterSeconds) } : {};
        return send(response, failure.status, { ok: false, error: "ratelimited" }, headers);
      }
      return send(response, 200, { ok: false, error: failure.error ?? "internal_error" });
    }
    const required = this.methods.get(method);
    if (!required) return send(response, 200, { ok: false, error: "unknown_method" });
    if (!token) return send(response, 200, { ok: false, error: "not_authed" });
    const expectedToken = method === "apps.connections.open" ? this.options.appToken : this.options.botToken;
    if (token !== expectedToken) return send(response, 200, { ok: false, error: "invalid_auth" });
    const missing = required.filter((name) => params[name] === undefined || params[name] === "");
    if (missing.includes("channel")) return send(response, 200, { ok: false, error: "channel_not_found" });
    if (missing.length > 0) return send(response, 200, { ok: false, error: "invalid_arguments", missing });
    const result = this.answer(method, params);
    return send(response, 200, result);
  }

  private answer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    const channel = typeof params.channel === "string" ? params.channel : undefined;
    if (channel && this.missingChannels.has(channel)) return { ok: false, error: "channel_not_found" };
    if (channel && this.notInChannel.has(channel)) return { ok: false, error: "not_in_channel" };
    const blocksProblem = this.checkBlocks(method, params);
    if (blocksProblem) return { ok: false, error: "invalid_blocks", errors: [blocksProblem] };
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.sequence).padStart(6, "0")}`;
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://example.slack.com/",
          team: "Example",
          user: "taiwa",
          team_id: "T061EG9R6",
          user_id: this.options.botUserId ?? "U0LAN0Z89",
          bot_id: "B0BOT",
        };
      case "apps.connections.open":
        return { ok: true, url: this.socketModeUrl };
      case "chat.postMessage":
        if (!params.text && !params.blocks) return { ok: false, error: "no_text" };
        return { ok: true, channel, ts, message: { type: "message", text: params.text, ts, bot_id: "B0BOT" } };
      case "chat.postEphemeral":
        if (!params.text && !params.blocks) return { ok: false, error: "no_text" };
        return { ok: true, message_ts: ts };
      case "views.open":
        return { ok: true, view: { id: `V${this.sequence}` } };
      case "conversations.open":
        if (!params.users && !params.channel) return { ok: false, error: "users_list_not_supplied" };
        if (this.noDmChannel.has(String(params.users))) return { ok: true };
        return { ok: true, channel: { id: `D${String(params.users ?? params.channel).replace(/^[A-Z]/, "")}` } };
      case "conversations.replies":
        return { ok: true, messages: [], has_more: false };
      default:
        return { ok: true };
    }
  }

  private checkBlocks(method: string, params: Record<string, unknown>): string | undefined {
    const parse = (value: unknown): unknown => {
      if (typeof value !== "string") return value;
      try {
        return JSON.parse(value);
      } catch {
        return "unparseable";
      }
    };
    if (method === "views.open") {
      const view = parse(params.view) as { type?: unknown; blocks?: unknown; title?: unknown } | string;
      if (typeof view !== "object" || view === null || view.type !== "modal") return "view is not a modal";
      return blockProblem(view.blocks, 100);
    }
    if (params.blocks === undefined) return undefined;
    return blockProblem(parse(params.blocks));
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(JSON.stringify(body));
}
