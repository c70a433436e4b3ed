import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { composeTaiwa } from "../../app/compose.ts";
import { loadConfig } from "../../app/config.ts";
import { createLogger } from "../../app/logger.ts";
import { main } from "../../app/main.ts";
import { SqliteDedupeStore } from "../../bots/dedupe/sqlite-dedupe-store.ts";
import { createSlackSurface } from "../../bots/slack/slack-surface.ts";
import { startServer } from "../../server/start-server.ts";
import { fakeTaiwa } from "../doubles/fake-taiwa.ts";
import { OpenAiStandIn } from "../doubles/openai-stand-in.ts";
import { ScriptedAskService } from "../doubles/scripted-ask-service.ts";

/** Planted secrets: none of them may appear in any log line, whatever failed. */
const SECRETS = {
  SLACK_BOT_TOKEN: "xoxb-1111111111-2222222222-PlantedBotTokenValue",
  SLACK_APP_TOKEN: "xapp-1-A0PLANTED-3333333333-PlantedAppTokenValue",
  SLACK_SIGNING_SECRET: "planted-signing-secret-8f3a9c",
  OPENAI_API_KEY: "sk-planted-openai-key-0123456789abcdef",
  QDRANT_API_KEY: "planted-qdrant-key-fedcba9876",
  MICROSOFT_APP_PASSWORD: "planted~teams~password~42",
  DATABASE_PASSWORD: "planted-db-password-77",
};
const PLANTED = Object.values(SECRETS);

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString("utf8"));
      callback();
    },
  });
  return { stream, text: () => chunks.join("") };
}

function expectNoSecret(log: string): void {
  for (const secret of PLANTED) expect(log, `log holds ${secret}`).not.toContain(secret);
  expect(log).not.toMatch(/Bearer (?!\[REDACTED\])\S/);
}

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => undefined);
});

describe("no credential reaches the log (app/logger.ts)", () => {
  it("redacts secret values, bearer headers, URL userinfo and axios request configs in a logged error", () => {
    const { stream, text } = sink();
    const logger = createLogger(
      {
        LOG_LEVEL: "info",
        ...SECRETS,
        DATABASE_URL: `postgres://taiwa:${SECRETS.DATABASE_PASSWORD}@db.example:5432/taiwa`,
      },
      stream,
    );
    const error = Object.assign(new Error(`request failed with key ${SECRETS.OPENAI_API_KEY}`), {
      config: { headers: { Authorization: `Bearer ${SECRETS.SLACK_APP_TOKEN}` } },
      original: { headers: { authorization: "Bearer xoxp-unknown-user-token-123456" } },
      url: `postgres://someone:${SECRETS.DATABASE_PASSWORD}@other.example/db`,
    });
    logger.error({ err: error, note: `password=${SECRETS.MICROSOFT_APP_PASSWORD}` }, "it failed");
    logger.error({ err: new Error(JSON.stringify({ key: SECRETS.QDRANT_API_KEY })) }, "nested");
    const log = text();
    expectNoSecret(log);
    expect(log).not.toContain("xoxp-unknown-user-token-123456");
    expect(log).toContain("[REDACTED]");
    expect(log).toContain("it failed");
  });

  it("Slack Socket Mode unreachable at start-up: 'surface failed to start' carries no app or bot token", async () => {
    const directory = await mkdtemp(join(tmpdir(), "taiwa-secrets-slack-"));
    const { stream, text } = sink();
    const logger = createLogger({ LOG_LEVEL: "debug", ...SECRETS }, stream);
    const store = new SqliteDedupeStore({ path: join(directory, "slack.db") });
    const surface = createSlackSurface({
      config: {
        SLACK_SIGNING_SECRET: undefined,
        SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN,
        SLACK_APP_TOKEN: SECRETS.SLACK_APP_TOKEN,
        // Nothing listens on port 1: apps.connections.open fails with a network error (axios, headers and all).
        SLACK_API_URL: "http://127.0.0.1:1/api/",
        SLACK_SLASH_COMMAND: "/taiwa",
        SLACK_RATE_LIMIT_PER_USER: 10,
        SLACK_RATE_LIMIT_PER_WORKSPACE: 100,
        ORGANISATION_MAP: undefined,
        LOG_QUESTIONS: false,
      },
      logger,
      askService: new ScriptedAskService(),
      dedupeStore: store,
    });
    const running = await startServer({
      taiwa: fakeTaiwa({ logger, surfaces: [surface] }),
      config: loadConfig({ PORT: "0", LOG_LEVEL: "silent" }),
      logger,
    });
    closers.push(async () => {
      await running.close();
      await store.close();
    });
    const deadline = Date.now() + 20_000;
    while (!text().includes("surface failed to start") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(text()).toContain("surface failed to start");
    expectNoSecret(text());
  });

  it("an unreachable database at start-up: the start-up error names no password", async () => {
    const { stream, text } = sink();
    const outcome = await main({
      env: {
        PORT: "0",
        TAIWA_DATA_DIR: await mkdtemp(join(tmpdir(), "taiwa-secrets-db-")),
        DATABASE_URL: `postgres://taiwa:${SECRETS.DATABASE_PASSWORD}@127.0.0.1:1/taiwa`,
        MICROSOFT_APP_ID: "00000000-0000-0000-0000-000000000001",
        MICROSOFT_APP_PASSWORD: SECRETS.MICROSOFT_APP_PASSWORD,
      },
      logDestination: stream,
      errorOutput: stream,
    });
    expect(outcome).toEqual({ exitCode: 1 });
    expect(text()).toContain("taiwa cannot start");
    expectNoSecret(text());
  });

  it("OpenAI answering 401 and Qdrant down at runtime: no API key in the log", async () => {
    const openAi = await new OpenAiStandIn().start();
    closers.push(() => openAi.stop());
    for (let i = 0; i < 20; i++) {
      const failure = {
        kind: "status" as const,
        status: 401,
        message: `Incorrect API key provided: ${SECRETS.OPENAI_API_KEY}`,
      };
      openAi.scriptChat(failure);
      openAi.scriptEmbeddings(failure);
    }
    const corpus = await mkdtemp(join(tmpdir(), "taiwa-secrets-corpus-"));
    await writeFile(
      join(corpus, "guide.md"),
      "# 手引き\n\n## 第1章 目的\n\n技術流出の防止のため、管理体制を整備する。\n",
    );
    const config = loadConfig({
      NODE_ENV: "test",
      PORT: "0",
      LOG_LEVEL: "debug",
      TAIWA_DATA_DIR: await mkdtemp(join(tmpdir(), "taiwa-secrets-data-")),
      TAIWA_CORPUS_DIR: corpus,
      OPENAI_BASE_URL: openAi.url,
      OPENAI_API_KEY: SECRETS.OPENAI_API_KEY,
      OPENAI_EMBEDDING_MODEL: "text-embedding-3-small",
      OPENAI_MAX_RETRIES: "0",
      QDRANT_URL: "http://127.0.0.1:1",
      QDRANT_API_KEY: SECRETS.QDRANT_API_KEY,
    });
    const { stream, text } = sink();
    const logger = createLogger(config, stream);
    const taiwa = await composeTaiwa({ config, logger });
    closers.push(() => taiwa.close());
    await taiwa.ready.catch(() => undefined);
    await taiwa.askService
      .ask({
        question: "技術流出の防止のために何をしますか？",
        surface: "web",
        eventKey: "secrets-1",
        asker: { askerId: "a" },
      })
      .catch(() => undefined);
    expect(text()).toMatch(/"level":(40|50)/);
    expectNoSecret(text());
  });
});

describe("the scrubber leaves ordinary log text alone", () => {
  it("keeps prose, URLs without passwords and short words intact", () => {
    const { stream, text } = sink();
    const logger = createLogger({ LOG_LEVEL: "info", SLACK_SIGNING_SECRET: "abc" }, stream);
    logger.warn(
      { hint: "copy it from Basic Information → App Credentials", url: "https://example.com/api/", code: "abc" },
      "Bearer of bad news",
    );
    const log = text();
    expect(log).toContain("Basic Information");
    expect(log).toContain("https://example.com/api/");
    expect(log).toContain("Bearer of bad news");
    // A configured secret shorter than 6 characters is not blanked out everywhere.
    expect(log).toContain('"code":"abc"');
  });
});
