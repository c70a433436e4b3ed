import { describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { ScriptedAskService, sampleAnswer } from "../../doubles/scripted-ask-service.ts";
import { buildTestApp, postJson } from "../build-test-app.ts";

describe("POST /api/ask", () => {
  it("returns the AnswerResult JSON and asks as the web surface with a pseudonymous cookie asker", async () => {
    const { app, askService } = buildTestApp();
    const response = await app.request(
      "/api/ask",
      postJson({ question: "  特定重要物資とは?  ", context: "前の質問" }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body).toEqual(sampleAnswer({ question: "特定重要物資とは?" }));

    const [request] = askService.asks;
    expect(request?.surface).toBe("web");
    expect(request?.question).toBe("特定重要物資とは?");
    expect(request?.context).toBe("前の質問");
    expect(request?.eventKey).toBe(`web:${response.headers.get("x-request-id")}`);
    expect(request?.asker.askerId).toMatch(/^web-[A-Za-z0-9_-]{32}$/);
    expect(request?.delivery).toEqual({ surface: "web", data: { askerId: request?.asker.askerId } });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^taiwa_asker=[A-Za-z0-9_-]{32};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
  });

  it("keeps the same asker id for a returning browser and never stores the cookie itself", async () => {
    const { app, askService } = buildTestApp();
    const first = await app.request("/api/ask", postJson({ question: "一つ目" }));
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const second = await app.request("/api/ask", postJson({ question: "二つ目" }, { cookie }));
    expect(second.headers.get("set-cookie")).toBeNull();
    expect(askService.asks[1]?.asker.askerId).toBe(askService.asks[0]?.asker.askerId);
    expect(askService.asks[0]?.asker.askerId).not.toContain(cookie.split("=")[1] ?? "missing");
  });

  it("passes a retrieval filter through and rejects an unknown document kind", async () => {
    const { app, askService } = buildTestApp();
    const ok = await app.request(
      "/api/ask",
      postJson({ question: "計画は?", filter: { kinds: ["action-plan"], includeSuperseded: true } }),
    );
    expect(ok.status).toBe(200);
    expect(askService.asks[0]?.filter).toEqual({ kinds: ["action-plan"], includeSuperseded: true });
    const bad = await app.request("/api/ask", postJson({ question: "計画は?", filter: { kinds: ["poem"] } }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("input_malformed");
  });

  it("returns a partial answer's machine-readable list of the parts the documents do not answer", async () => {
    const missing = [{ part: "施行はいつ?", askedType: "date" as const }];
    const askService = new ScriptedAskService(() => ({
      answer: sampleAnswer({ resolved: false, reason: "partial", missing }),
      questionId: "q-7",
    }));
    const { app } = buildTestApp({ askService });
    const body = await (await app.request("/api/ask", postJson({ question: "制度の概要と施行はいつ?" }))).json();
    expect(body).toMatchObject({ resolved: false, reason: "partial", missing });
  });

  it("puts the logged question's opaque reference in a header, never the log id (issue 12 item 10)", async () => {
    const askService = new ScriptedAskService(() => ({
      answer: sampleAnswer({ resolved: false, reason: "no-evidence" }),
      questionId: "42",
      reference: "7K2M-QX9D",
    }));
    const { app } = buildTestApp({ askService });
    const response = await app.request("/api/ask", postJson({ question: "文書にない質問" }));
    expect(response.headers.get("x-taiwa-reference")).toBe("7K2M-QX9D");
    expect(response.headers.get("x-taiwa-question-id")).toBeNull();
    expect((await response.json()).resolved).toBe(false);
  });

  const badBodies: [string, string | Uint8Array<ArrayBuffer>, string][] = [
    ["malformed JSON", "{question:", "input_malformed"],
    ["a JSON array", "[]", "input_malformed"],
    ["a missing question", "{}", "input_empty"],
    ["an empty question", JSON.stringify({ question: "" }), "input_empty"],
    ["a blank question", JSON.stringify({ question: " \n\t " }), "input_empty"],
    ["a non-string question", JSON.stringify({ question: 42 }), "input_malformed"],
    ["control characters", JSON.stringify({ question: "abc\u0000\u0001def" }), "input_binary"],
    ["bytes that are not UTF-8", new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x00, 0x7d]), "input_binary"],
  ];
  for (const [label, body, code] of badBodies) {
    it(`answers 400 ${code} for ${label}, in Japanese, without calling the service`, async () => {
      const { app, askService } = buildTestApp();
      const response = await app.request("/api/ask", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(response.status).toBe(400);
      const json = await response.json();
      expect(json.error.code).toBe(code);
      expect(json.error.message).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(askService.asks).toHaveLength(0);
    });
  }

  it("names the limit when the question is too long, in English for an English browser", async () => {
    const { app } = buildTestApp({ config: { MAX_QUESTION_CHARS: 10 } });
    const response = await app.request(
      "/api/ask",
      postJson({ question: "x".repeat(11) }, { "accept-language": "en-US,en;q=0.9,ja;q=0.5" }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "input_too_long",
        message: "The question is too long. Please shorten it to 10 characters or fewer.",
      },
    });
    const japanese = await app.request("/api/ask", postJson({ question: "あ".repeat(11) }));
    expect((await japanese.json()).error.message).toContain("10文字以内");
    const atLimit = await app.request("/api/ask", postJson({ question: "😀".repeat(10) }));
    expect(atLimit.status).toBe(200);
  });

  it("rejects a lone UTF-16 surrogate as unreadable, never passing it on (issue 12 item 17)", async () => {
    const { app, askService } = buildTestApp();
    const body = '{"question":"経済安全保障\\ud800について"}';
    const response = await app.request("/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("input_binary");
    expect(askService.asks).toHaveLength(0);
  });

  it("fills {max} when the length limit is enforced past the HTTP check (issue 12 item 17)", async () => {
    const askService = new ScriptedAskService(() => {
      throw new TaiwaError("input_too_long", "too long", { params: { max: 2000 } });
    });
    const { app } = buildTestApp({ askService });
    const response = await app.request("/api/ask", postJson({ question: "質問" }));
    expect(response.status).toBe(400);
    const message = (await response.json()).error.message as string;
    expect(message).toContain("2000文字以内");
    expect(message).not.toContain("{max}");
  });

  it("answers 413 for an oversized body before reading it", async () => {
    const { app, askService } = buildTestApp();
    const response = await app.request("/api/ask", postJson({ question: "あ".repeat(20_000) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
    expect(askService.asks).toHaveLength(0);
  });

  it("maps a TaiwaError from the service to its status and fixed message, never its internal text", async () => {
    const askService = new ScriptedAskService(() => {
      throw new TaiwaError("model_timeout", "OpenAI at http://10.0.0.5 timed out after 20000 ms", {
        isRetryable: true,
      });
    });
    const { app, log } = buildTestApp({ askService });
    const response = await app.request("/api/ask", postJson({ question: "遅い質問" }));
    expect(response.status).toBe(504);
    expect(response.headers.get("retry-after")).toBe("5");
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("model_timeout");
    expect(text).not.toContain("10.0.0.5");
    expect(log.text()).toContain("10.0.0.5");
  });

  it("answers 500 internal for an unexpected exception, without the stack", async () => {
    const askService = new ScriptedAskService(() => {
      throw new Error("secret stack detail");
    });
    const { app } = buildTestApp({ askService });
    const response = await app.request("/api/ask", postJson({ question: "壊れる質問" }));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("internal");
    expect(text).not.toContain("secret stack detail");
  });

  it("never logs the question text unless LOG_QUESTIONS is on", async () => {
    const quiet = buildTestApp();
    await quiet.app.request("/api/ask", postJson({ question: "機密の質問文" }));
    expect(quiet.log.text()).not.toContain("機密の質問文");
    expect(
      quiet.log.lines().some((line) => line.msg === "request" && line.path === "/api/ask" && line.status === 200),
    ).toBe(true);

    const verbose = buildTestApp({ config: { LOG_QUESTIONS: true } });
    await verbose.app.request("/api/ask", postJson({ question: "機密の質問文" }));
    expect(verbose.log.text()).toContain("機密の質問文");
  });
});

describe("POST /api/ask content type", () => {
  it("accepts only application/json, so a cross-site form cannot post a question", async () => {
    const { app, askService } = buildTestApp();
    const form = await app.request("/api/ask", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ question: "質問" }),
    });
    expect(form.status).toBe(400);
    expect((await form.json()).error.code).toBe("input_malformed");
    const charset = await app.request(
      "/api/ask",
      postJson({ question: "質問" }, { "content-type": "application/json; charset=utf-8" }),
    );
    expect(charset.status).toBe(200);
    expect(askService.asks).toHaveLength(1);
  });
});
