import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type BotConnectorStandIn, startBotConnectorStandIn } from "../../doubles/bot-connector-stand-in.ts";
import { type OpenIdStandIn, startOpenIdStandIn } from "../../doubles/bot-framework-openid-stand-in.ts";
import { fixture, startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

const APP_ID = "00000000-0000-0000-0000-00000000b07a";
const APP_PASSWORD = "stand-in-client-secret";

describe("Teams surface with MICROSOFT_APP_ID: Bot Framework token checks", () => {
  let openId: OpenIdStandIn;
  let connector: BotConnectorStandIn;
  let harness: TeamsHarness;

  beforeAll(async () => {
    openId = await startOpenIdStandIn();
    connector = await startBotConnectorStandIn({ requireToken: true, clientSecret: APP_PASSWORD });
    harness = await startTeamsHarness({
      env: {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: APP_PASSWORD,
        MICROSOFT_APP_TYPE: "MultiTenant",
        BOTFRAMEWORK_OPENID_METADATA_URL: openId.metadataUrl,
        BOTFRAMEWORK_TOKEN_URL: `${connector.url}oauth2/v2.0/token`,
      },
    });
  });
  afterAll(async () => {
    await harness.close();
    await connector.close();
    await openId.close();
  });
  beforeEach(() => {
    connector.calls.length = 0;
    harness.askService.asks.length = 0;
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it("describes itself as authenticated", () => {
    expect(harness.surface.describe()).toBe(`Teams: Bot Framework at /api/messages (app ${APP_ID}, MultiTenant)`);
  });

  it("accepts a valid channel token, answers, and calls the connector with a client-credentials token", async () => {
    const activity = fixture("personal-message", connector.url);
    const token = await openId.mintToken({ audience: APP_ID, serviceUrl: connector.url });
    const response = await harness.post(activity, bearer(token));
    expect(response.status).toBe(200);
    const [message] = await connector.waitForMessages(1);
    expect(message?.attachments).toBeDefined();
    expect(connector.calls.every((call) => call.authorization?.startsWith("Bearer stand-in-"))).toBe(true);
    expect(connector.tokenRequests[0]).toEqual({
      clientId: APP_ID,
      scope: "https://api.botframework.com/.default",
      grantType: "client_credentials",
    });
    expect(openId.requests).toContain("/v1/.well-known/keys");
  });

  it("accepts an invoke with a valid token and returns the invoke response", async () => {
    const token = await openId.mintToken({ audience: APP_ID, serviceUrl: connector.url });
    const response = await harness.post(fixture("invoke-adaptive-card-action", connector.url), bearer(token));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
    });
  });

  const rejected: [string, () => Promise<Record<string, string>>][] = [
    ["missing", async () => ({})],
    ["not a bearer token", async () => ({ authorization: "Basic dXNlcjpwYXNz" })],
    [
      "expired",
      async () =>
        bearer(await openId.mintToken({ audience: APP_ID, serviceUrl: connector.url, expiresInSeconds: -3600 })),
    ],
    [
      "wrong audience",
      async () =>
        bearer(await openId.mintToken({ audience: "11111111-2222-3333-4444-555555555555", serviceUrl: connector.url })),
    ],
    [
      "wrong issuer",
      async () =>
        bearer(
          await openId.mintToken({
            audience: APP_ID,
            serviceUrl: connector.url,
            overrides: { iss: "https://issuer.invalid" },
          }),
        ),
    ],
    [
      "bad signature",
      async () =>
        bearer(await openId.mintToken({ audience: APP_ID, serviceUrl: connector.url, signWithUnknownKey: true })),
    ],
    [
      "serviceUrl mismatch",
      async () =>
        bearer(await openId.mintToken({ audience: APP_ID, serviceUrl: "https://smba.trafficmanager.net/emea/" })),
    ],
  ];

  for (const [name, headers] of rejected) {
    it(`rejects a request with a ${name} token with 401 and does nothing`, async () => {
      for (const fixtureName of ["personal-message", "invoke-adaptive-card-action"] as const) {
        const response = await harness.post(fixture(fixtureName, connector.url), await headers());
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({
          error: "unauthorized",
          message: "A valid Bot Framework token is required.",
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(harness.askService.asks).toEqual([]);
      expect(connector.calls).toEqual([]);
    });
  }

  it("refuses requests (401) and logs an error when the signing keys cannot be loaded", async () => {
    const unreachable = await startTeamsHarness({
      env: {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: APP_PASSWORD,
        BOTFRAMEWORK_OPENID_METADATA_URL: "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
      },
    });
    try {
      const token = await openId.mintToken({ audience: APP_ID, serviceUrl: connector.url });
      expect((await unreachable.post(fixture("personal-message", connector.url), bearer(token))).status).toBe(401);
      expect(unreachable.logs.some((log) => log.level === 50 && String(log.msg).includes("signing keys"))).toBe(true);
    } finally {
      await unreachable.close();
    }
  });

  it("delivers a console answer proactively with a token", async () => {
    const token = await openId.mintToken({ audience: APP_ID, serviceUrl: connector.url });
    await harness.post(fixture("channel-mention", connector.url), bearer(token));
    await connector.waitForMessages(1);
    const delivery = harness.askService.asks[0]?.delivery;
    connector.calls.length = 0;
    await harness.surface.notifier?.deliver({
      entry: {
        id: "Q-7",
        eventKey: "teams:1763615554567",
        surface: "teams",
        asker: { askerId: "teams:abc" },
        question: "特定重要物資の安定供給確保のために事業者が取り組むべきことは？",
        botAnswer: "",
        citations: [],
        reason: "escalated",
        status: "answered",
        receivedAt: new Date(),
        deliveryAttempts: 0,
        ...(delivery ? { delivery } : {}),
      },
      answer: "事業者の皆様には、供給網の把握をお願いしています。",
    });
    const [message] = await connector.waitForMessages(1);
    expect(connector.calls[0]?.authorization).toMatch(/^Bearer stand-in-/);
    expect(connector.calls[0]?.conversationId).toBe(
      "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.tacv2;messageid=1763615554567",
    );
    expect(JSON.stringify(message)).toContain("経済産業省担当者からの回答");
  });
});
