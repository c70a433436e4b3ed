import { describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { ScriptedAskService, sampleAnswer } from "../../doubles/scripted-ask-service.ts";
import { buildTestApp, postJson } from "../build-test-app.ts";

function events(text: string): { event: string; data: unknown }[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      const event =
        lines
          .find((line) => line.startsWith("event:"))
          ?.slice(6)
          .trim() ?? "message";
      const data = lines
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trim())
        .join("\n");
      return { event, data: JSON.parse(data) };
    });
}

describe("POST /api/ask/stream", () => {
  it("streams partial text, then the full answer with the opaque reference, never the log id (issue 12 item 10)", async () => {
    const askService = new ScriptedAskService(async (request) => {
      request.onPartial?.("特定重要物資");
      request.onPartial?.("の安定供給");
      return { answer: sampleAnswer(), questionId: "9", reference: "7K2M-QX9D" };
    });
    const { app } = buildTestApp({ askService });
    const response = await app.request("/api/ask/stream", postJson({ question: "特定重要物資とは?" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const received = events(await response.text());
    expect(received).toEqual([
      { event: "partial", data: { text: "特定重要物資" } },
      { event: "partial", data: { text: "の安定供給" } },
      { event: "answer", data: { ...sampleAnswer(), reference: "7K2M-QX9D" } },
    ]);
    expect(askService.asks[0]?.surface).toBe("web");
  });

  it("sends an error event with the fixed message when the answer fails mid-stream", async () => {
    const askService = new ScriptedAskService(async () => {
      throw new TaiwaError("model_unavailable", "connection refused 127.0.0.1:11434");
    });
    const { app } = buildTestApp({ askService });
    const response = await app.request("/api/ask/stream", postJson({ question: "質問" }, { "accept-language": "en" }));
    const text = await response.text();
    expect(text).not.toContain("11434");
    expect(events(text)).toEqual([
      {
        event: "error",
        data: {
          error: { code: "model_unavailable", message: "The answer service is unavailable. Please try again shortly." },
        },
      },
    ]);
  });

  it("validates like /api/ask, with a JSON error before any stream opens", async () => {
    const { app } = buildTestApp();
    const response = await app.request("/api/ask/stream", postJson({ question: "" }));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
  });
});
