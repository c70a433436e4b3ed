import { describe, expect, it } from "vitest";
import { loadConfig } from "../../app/config.ts";

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected loadConfig to refuse");
}

describe("loadConfig", () => {
  it("runs with no settings at all: the embedded, offline default", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", TAIWA_DATA_DIR: "./data", LOG_QUESTIONS: false });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it("names every bad variable with its fix, in one message", () => {
    const message = problems({ PORT: "abc", DATABASE_URL: "mysql://x", SLACK_BOT_TOKEN: "xoxp-user-token" });
    expect(message).toMatch(/PORT is invalid .*PORT=3000/);
    expect(message).toMatch(/DATABASE_URL is invalid .*postgres:\/\//);
    expect(message).toMatch(/SLACK_BOT_TOKEN is invalid .*xoxb-/);
  });

  it("checks settings that only make sense together, alongside the invalid ones", () => {
    const message = problems({ PORT: "70000", SLACK_BOT_TOKEN: "xoxb-1" });
    expect(message).toMatch(/PORT is invalid/);
    expect(message).toMatch(/SLACK_SIGNING_SECRET is missing/);
  });

  it("treats empty values as unset, so a copied .env.example runs", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "", QDRANT_URL: " ", PORT: "3001" })).toMatchObject({
      PORT: 3001,
      SLACK_BOT_TOKEN: undefined,
      QDRANT_URL: undefined,
    });
  });
});
