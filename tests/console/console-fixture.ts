import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { createLogger, type Logger } from "../../app/logger.ts";
import { createConsoleSurface } from "../../console/console-surface.ts";
import { LoginRateLimiter } from "../../console/login-rate-limiter.ts";
import { hashPassword } from "../../questions/passwords.ts";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";
import type { NewQuestionEntry, Notifier } from "../../questions/types.ts";
import { RecordingNotifier } from "../doubles/recording-notifier.ts";
import { RecordingReindexer } from "../doubles/recording-reindexer.ts";

export const PASSWORD = "correct-horse-battery";

/** A console on a fresh SQLite log with users "admin" (admin) and "sato" (contact), mounted like the server does. */
export async function consoleFixture(
  options: {
    publicBaseUrl?: string;
    sessionMinutes?: number;
    notifiers?: Notifier[];
    trustProxyHops?: number;
    logger?: Logger;
  } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), "taiwa-console-"));
  const questionLog = await SqliteQuestionLog.open({ dataDir });
  const hash = await hashPassword(PASSWORD);
  await questionLog.accounts.createUser({ login: "admin", passwordHash: hash, role: "admin" });
  await questionLog.accounts.createUser({ login: "sato", passwordHash: hash, role: "contact" });
  const clock = { now: new Date() };
  const slack = new RecordingNotifier("slack");
  const teams = new RecordingNotifier("teams");
  const web = new RecordingNotifier("web");
  const reindexer = new RecordingReindexer();
  const surface = createConsoleSurface({
    questionLog,
    notifiers: options.notifiers ?? [slack, teams, web],
    config: {
      PUBLIC_BASE_URL: options.publicBaseUrl,
      CONSOLE_SESSION_MINUTES: options.sessionMinutes ?? 60,
      TAIWA_DATA_DIR: dataDir,
      LOG_QUESTIONS: false,
      ORGANISATION_MAP: '{"T001":"株式会社サンプル"}',
      RETENTION_DAYS: undefined,
      TRUST_PROXY_HOPS: options.trustProxyHops ?? 0,
      ANSWER_TARGET_HOURS: 72,
    },
    logger: options.logger ?? createLogger({ LOG_LEVEL: "silent" }),
    reindexFaq: reindexer.reindexFaq,
    limiter: new LoginRateLimiter({ perAccount: 5, perIp: 8, windowMs: 15 * 60_000, now: () => clock.now.getTime() }),
    now: () => clock.now,
  });
  const routes = surface.routes;
  if (!routes) throw new Error("console has no routes");
  const app = new Hono().route(routes.basePath, routes.app);

  async function record(overrides: Partial<NewQuestionEntry> = {}) {
    const { entry } = await questionLog.record({
      eventKey: `ev-${Math.random()}`,
      surface: "slack",
      workspaceId: "T001",
      organisation: "株式会社サンプル",
      asker: { askerId: "asker-1", displayName: "山田" },
      question: "特定重要物資の認定について教えてください",
      botAnswer: "資料からは判断できません。",
      citations: [
        {
          n: 1,
          docId: "d1",
          chunkId: "d1#1",
          title: "基本指針",
          kind: "guidance",
          sectionPath: ["第1章", "(1)"],
          text: "引用された本文",
        },
      ],
      reason: "unresolved",
      topic: "guidance",
      delivery: { surface: "slack", data: { channel: "C1", threadTs: "1.1" } },
      ...overrides,
    });
    return entry;
  }

  return { app, surface, questionLog, dataDir, clock, slack, teams, web, reindexer, record };
}

export type ConsoleFixture = Awaited<ReturnType<typeof consoleFixture>>;

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

/** Requests with a cookie jar, like a browser, against the in-process app. */
export class Browser {
  private readonly jar = new Map<string, string>();

  constructor(
    private readonly app: Hono,
    private readonly ip = "192.0.2.1",
  ) {}

  get cookieHeader(): string {
    return [...this.jar.entries()].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size > 0) headers.set("Cookie", this.cookieHeader);
    const response = await this.app.request(
      path,
      { ...init, headers },
      { incoming: { socket: { remoteAddress: this.ip } } },
    );
    for (const cookie of cookiesFrom(response)) {
      const [name, ...value] = cookie.split("=");
      if (!name) continue;
      if (value.join("=") === "") this.jar.delete(name);
      else this.jar.set(name, value.join("="));
    }
    return response;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  post(path: string, form: Record<string, string>): Promise<Response> {
    return this.request(path, { method: "POST", body: new URLSearchParams(form) });
  }

  /** The CSRF token of a page's first form. */
  static csrf(page: string): string {
    return /name="_csrf" value="([^"]*)"/.exec(page)?.[1] ?? "";
  }

  async login(login: string, password = PASSWORD): Promise<Response> {
    const page = await (await this.get("/console/login")).text();
    return this.post("/console/login", { _csrf: Browser.csrf(page), login, password, next: "/console/" });
  }

  /** Logs in and returns the session's CSRF token. */
  async signIn(login: string): Promise<string> {
    const response = await this.login(login);
    if (response.status !== 303) throw new Error(`login failed: ${response.status}`);
    return Browser.csrf(await (await this.get("/console/")).text());
  }
}
