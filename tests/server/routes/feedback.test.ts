import { describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { ScriptedAskService, sampleAnswer } from "../../doubles/scripted-ask-service.ts";
import { buildTestApp, postJson } from "../build-test-app.ts";

const answer = sampleAnswer();
const feedback = (overrides: Record<string, unknown> = {}) => ({
  answerId: answer.id,
  kind: "escalated",
  userContext: "  当社の部品が該当するか知りたい  ",
  ...overrides,
});

/** Asks once as a browser and returns its cookie: feedback refers to the answer the server gave it. */
async function askAs(app: ReturnType<typeof buildTestApp>["app"], question = "特定重要物資とは?"): Promise<string> {
  const response = await app.request("/api/ask", postJson({ question }));
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe("POST /api/feedback", () => {
  it("logs the answer the server gave, by id, with the browser's context, once per answer and kind", async () => {
    const askService = new ScriptedAskService();
    askService.feedbackResult = { questionId: "7", reference: "7K2M-QX9D" };
    const { app } = buildTestApp({ askService });
    const cookie = await askAs(app);
    const response = await app.request("/api/feedback", postJson(feedback(), { cookie }));
    expect(response.status).toBe(200);
    // The opaque reference, never the log's running number (issue 12 item 10).
    expect(await response.json()).toEqual({ ok: true, reference: "7K2M-QX9D" });
    const [request] = askService.feedbacks;
    expect(request).toMatchObject({
      surface: "web",
      eventKey: `web:${answer.id}:escalated`,
      kind: "escalated",
      question: "特定重要物資とは?",
      userContext: "当社の部品が該当するか知りたい",
      answer: { answer: answer.answer, citations: answer.citations },
    });
    expect(request?.asker.askerId).toMatch(/^web-/);
    expect(request?.delivery).toEqual({ surface: "web", data: { askerId: request?.asker.askerId } });
  });

  it("never logs a client-supplied answer or citations (issue 12 item 15)", async () => {
    const { app, askService } = buildTestApp();
    const cookie = await askAs(app);
    const spoofed = {
      answer: "偽の回答",
      citations: [{ n: 1, docId: "x", chunkId: "x#1", title: "罠", kind: "guidance", url: "javascript:alert(1)" }],
    };
    const response = await app.request(
      "/api/feedback",
      postJson(feedback({ question: "偽の質問", answer: spoofed }), { cookie }),
    );
    expect(response.status).toBe(200);
    const logged = JSON.stringify(askService.feedbacks[0]);
    expect(logged).not.toContain("偽の");
    expect(logged).not.toContain("javascript:");
    expect(askService.feedbacks[0]?.question).toBe("特定重要物資とは?");
  });

  it("refuses feedback on an answer the server never gave, or gave to another browser (issue 12 item 15)", async () => {
    const { app, askService } = buildTestApp();
    const unknown = await app.request("/api/feedback", postJson(feedback({ answerId: "made-up-1" })));
    expect(unknown.status).toBe(404);
    await askAs(app);
    const otherBrowser = await app.request(
      "/api/feedback",
      postJson(feedback(), { cookie: "taiwa_asker=someone-else" }),
    );
    expect(otherBrowser.status).toBe(404);
    expect(askService.feedbacks).toHaveLength(0);
  });

  it("accepts thumbs without context", async () => {
    const { app, askService } = buildTestApp();
    const cookie = await askAs(app);
    const response = await app.request(
      "/api/feedback",
      postJson(feedback({ kind: "thumbs-up", userContext: undefined }), { cookie }),
    );
    expect(await response.json()).toEqual({ ok: true });
    expect(askService.feedbacks[0]?.userContext).toBeUndefined();
  });

  it("rejects an unknown kind and a bad answer id", async () => {
    const { app, askService } = buildTestApp();
    const cookie = await askAs(app);
    for (const body of [feedback({ kind: "love" }), feedback({ answerId: "<script>" })]) {
      const response = await app.request("/api/feedback", postJson(body, { cookie }));
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toMatch(/^input_/);
    }
    expect(askService.feedbacks).toHaveLength(0);
  });
});

describe("POST /api/feedback limits", () => {
  it("answers 413 past 32 KiB (issue 12 item 16) and 429 once the client used its minute", async () => {
    const { app } = buildTestApp({ config: { RATE_LIMIT_PER_MINUTE: 3 } });
    const cookie = await askAs(app);
    const huge = await app.request("/api/feedback", postJson(feedback({ padding: "x".repeat(40_000) }), { cookie }));
    expect(huge.status).toBe(413);
    expect((await app.request("/api/feedback", postJson(feedback(), { cookie }))).status).toBe(200);
    expect((await app.request("/api/feedback", postJson(feedback(), { cookie }))).status).toBe(200);
    const limited = await app.request("/api/feedback", postJson(feedback(), { cookie }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).not.toBeNull();
  });
});

describe("POST /api/feedback volume (issue 12 item 16)", () => {
  it("caps the log entries one client adds per hour, while 👍 (which stores nothing) still works", async () => {
    const { app, askService } = buildTestApp({ config: { WEB_FEEDBACK_PER_HOUR: 2 } });
    const cookie = await askAs(app);
    for (const kind of ["thumbs-down", "escalated"]) {
      expect((await app.request("/api/feedback", postJson(feedback({ kind }), { cookie }))).status).toBe(200);
    }
    const capped = await app.request("/api/feedback", postJson(feedback({ kind: "escalated" }), { cookie }));
    expect(capped.status).toBe(429);
    expect(Number(capped.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((await app.request("/api/feedback", postJson(feedback({ kind: "thumbs-up" }), { cookie }))).status).toBe(
      200,
    );
    expect(askService.feedbacks.map((request) => request.kind)).toEqual(["thumbs-down", "escalated", "thumbs-up"]);
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
              reference: "AAAA-0001",
              question: "古い質問",
              answer: "古い回答",
              answeredAt: new Date("2026-01-01T00:00:00.000Z"),
            },
            {
              reference: "BBBB-0002",
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
        reference: "BBBB-0002",
        question: "新しい質問",
        answer: "新しい回答",
        answeredAt: "2026-02-01T00:00:00.000Z",
        corrected: true,
      },
      {
        reference: "AAAA-0001",
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
