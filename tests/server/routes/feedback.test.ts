import { describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { ScriptedAskService, sampleAnswer } from "../../doubles/scripted-ask-service.ts";
import { buildTestApp, postJson } from "../build-test-app.ts";

const answer = sampleAnswer();
const feedback = (overrides: Record<string, unknown> = {}) => ({
  answerId: answer.id,
  question: "特定重要物資とは?",
  kind: "escalated",
  userContext: "  当社の部品が該当するか知りたい  ",
  answer: { answer: answer.answer, citations: answer.citations, topics: answer.topics },
  ...overrides,
});

describe("POST /api/feedback", () => {
  it("passes an escalation with its context to askService.feedback, once per answer and kind", async () => {
    const askService = new ScriptedAskService();
    askService.feedbackResult = { questionId: "q-7" };
    const { app } = buildTestApp({ askService });
    const response = await app.request("/api/feedback", postJson(feedback()));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, questionId: "q-7" });
    const [request] = askService.feedbacks;
    expect(request).toMatchObject({
      surface: "web",
      eventKey: "web:ans-1:escalated",
      kind: "escalated",
      question: "特定重要物資とは?",
      userContext: "当社の部品が該当するか知りたい",
      answer: { answer: answer.answer, citations: answer.citations },
    });
    expect(request?.asker.askerId).toMatch(/^web-/);
    expect(request?.delivery).toEqual({ surface: "web", data: { askerId: request?.asker.askerId } });
  });

  it("accepts thumbs without context", async () => {
    const { app, askService } = buildTestApp();
    const response = await app.request(
      "/api/feedback",
      postJson(feedback({ kind: "thumbs-up", userContext: undefined })),
    );
    expect(await response.json()).toEqual({ ok: true });
    expect(askService.feedbacks[0]?.userContext).toBeUndefined();
  });

  it("rejects an unknown kind, a bad answer id and an empty question", async () => {
    const { app, askService } = buildTestApp();
    for (const body of [feedback({ kind: "love" }), feedback({ answerId: "<script>" }), feedback({ question: " " })]) {
      const response = await app.request("/api/feedback", postJson(body));
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toMatch(/^input_/);
    }
    expect(askService.feedbacks).toHaveLength(0);
  });
});

describe("POST /api/feedback limits", () => {
  it("answers 413 past 256 KiB and 429 once the client used its minute", async () => {
    const { app } = buildTestApp({ config: { RATE_LIMIT_PER_MINUTE: 2 } });
    const huge = await app.request("/api/feedback", postJson(feedback({ userContext: "あ".repeat(100_000) })));
    expect(huge.status).toBe(413);
    expect((await app.request("/api/feedback", postJson(feedback()))).status).toBe(200);
    const limited = await app.request("/api/feedback", postJson(feedback()));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).not.toBeNull();
  });
});

describe("GET /api/my-questions", () => {
  it("answers 503 store_unavailable when the log cannot be read, without the cause", async () => {
    const { app } = buildTestApp({
      listWebReplies: async () => {
        throw new TaiwaError("store_unavailable", "ECONNREFUSED 10.1.2.3:5432", { isRetryable: true });
      },
    });
    const response = await app.request("/api/my-questions");
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("store_unavailable");
    expect(text).not.toContain("10.1.2.3");
  });

  it("lists the ministry answers stored for this browser's asker id, newest first", async () => {
    const seen: string[] = [];
    const { app, askService } = buildTestApp({
      listWebReplies: async ({ askerId }) => {
        seen.push(askerId);
        return {
          replies: [
            {
              questionId: "q-1",
              question: "古い質問",
              answer: "古い回答",
              answeredAt: new Date("2026-01-01T00:00:00.000Z"),
            },
            {
              questionId: "q-2",
              question: "新しい質問",
              answer: "新しい回答",
              answeredAt: new Date("2026-02-01T00:00:00.000Z"),
              corrected: true,
            },
          ],
        };
      },
    });
    const ask = await app.request("/api/ask", postJson({ question: "質問" }));
    const cookie = (ask.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const response = await app.request("/api/my-questions", { headers: { cookie } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.replies).toEqual([
      {
        questionId: "q-2",
        question: "新しい質問",
        answer: "新しい回答",
        answeredAt: "2026-02-01T00:00:00.000Z",
        corrected: true,
      },
      {
        questionId: "q-1",
        question: "古い質問",
        answer: "古い回答",
        answeredAt: "2026-01-01T00:00:00.000Z",
        corrected: false,
      },
    ]);
    expect(seen).toEqual([askService.asks[0]?.asker.askerId]);
  });

  it("is an empty list when no reader is wired", async () => {
    const { app } = buildTestApp();
    expect(await (await app.request("/api/my-questions")).json()).toEqual({ replies: [] });
  });
});
