import { describe, expect, it } from "vitest";
import { buildTestApp, postJson } from "../build-test-app.ts";

describe("rate limiting on /api/ask", () => {
  it("answers 429 with Retry-After once a client used its minute, per client", async () => {
    const { app, askService } = buildTestApp({ config: { RATE_LIMIT_PER_MINUTE: 3, TRUST_PROXY_HOPS: 1 } });
    const from = (ip: string) => postJson({ question: "質問" }, { "x-forwarded-for": `198.51.100.9, ${ip}` });
    for (let index = 0; index < 3; index += 1)
      expect((await app.request("/api/ask", from("203.0.113.1"))).status).toBe(200);

    const limited = await app.request("/api/ask", from("203.0.113.1"));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const body = await limited.json();
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toContain(`${limited.headers.get("retry-after")}秒`);
    expect(askService.asks).toHaveLength(3);

    expect((await app.request("/api/ask", from("203.0.113.2"))).status).toBe(200);
  });

  it("ignores X-Forwarded-For unless proxies are trusted", async () => {
    const { app } = buildTestApp({ config: { RATE_LIMIT_PER_MINUTE: 1, TRUST_PROXY_HOPS: 0 } });
    expect(
      (await app.request("/api/ask", postJson({ question: "a" }, { "x-forwarded-for": "203.0.113.1" }))).status,
    ).toBe(200);
    expect(
      (await app.request("/api/ask", postJson({ question: "a" }, { "x-forwarded-for": "203.0.113.2" }))).status,
    ).toBe(429);
  });
});
