import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../app/logger.ts";
import { startServer } from "../../server/start-server.ts";
import { FakeSurface } from "../doubles/fake-surface.ts";
import { fakeTaiwa } from "../doubles/fake-taiwa.ts";
import { ScriptedAskService, sampleAnswer } from "../doubles/scripted-ask-service.ts";
import { memoryLog } from "./build-test-app.ts";

function refused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !condition(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error("condition not met in 2 s");
}

describe("startServer", () => {
  it("finishes a question in flight on close, refuses new connections, then stops surfaces and closes stores", async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const askService = new ScriptedAskService(async (request) => {
      await released;
      return { answer: sampleAnswer({ question: request.question }) };
    });
    const log = memoryLog();
    const logger = createLogger({ LOG_LEVEL: "info" }, log.stream);
    const slack = new FakeSurface({ name: "slack", basePath: "/slack" });
    const taiwa = fakeTaiwa({ logger, askService, surfaces: [slack] });
    const server = await startServer({ taiwa, config: taiwa.config, logger });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await until(() => slack.calls.includes("start"));

    const inFlight = fetch(`${server.url}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "時間のかかる質問" }),
    });
    await until(() => askService.asks.length === 1);

    const closed = server.close();
    expect(server.close()).toBe(closed);
    await until(() => log.text().includes("shutting down"));
    expect(await refused(server.url)).toBe(true);
    expect(taiwa.events).toEqual([]);

    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).question).toBe("時間のかかる質問");
    await closed;
    expect(taiwa.events).toEqual(["taiwa closed"]);
    expect(slack.calls).toEqual(["start", "stop"]);
    expect(log.text()).toContain("shut down cleanly");
  });

  it("reports the surfaces that are on and how to switch on the others", async () => {
    const log = memoryLog();
    const logger = createLogger({ LOG_LEVEL: "info" }, log.stream);
    const taiwa = fakeTaiwa({ logger, surfaces: [new FakeSurface({ name: "console", basePath: "/console" })] });
    const server = await startServer({ taiwa, config: taiwa.config, logger });
    await server.close();
    const listening = log.lines().find((line) => line.msg === "taiwa listening");
    const lines = listening?.lines as string[];
    expect(lines[0]).toBe(`Web chat: ${server.url}/ (ask API: POST ${server.url}/api/ask)`);
    expect(lines).toContain("console: fake at /console");
    expect(lines.some((line) => line.startsWith("Slack: off (set SLACK_BOT_TOKEN"))).toBe(true);
    expect(lines.some((line) => line.startsWith("Teams: off"))).toBe(true);
    expect(log.lines().some((line) => line.msg === "taiwa ready: answering questions")).toBe(true);
  });

  it("refuses to start on a port in use, naming the fix", async () => {
    const logger = createLogger({ LOG_LEVEL: "silent" });
    const first = fakeTaiwa({ logger });
    const running = await startServer({ taiwa: first, config: first.config, logger });
    const port = new URL(running.url).port;
    const second = fakeTaiwa({ logger, env: { PORT: port } });
    await expect(startServer({ taiwa: second, config: second.config, logger })).rejects.toThrow(
      /already in use: .*set PORT/,
    );
    await running.close();
  });
});
