import { describe, expect, it } from "vitest";
import { createServiceUrlPolicy } from "../../../bots/teams/service-url-policy.ts";
import { inboundActivitySchema, readFeedbackData } from "../../../bots/teams/teams-activity.ts";
import { askerOf, originOf } from "../../../bots/teams/teams-identity.ts";
import { fixture } from "./teams-harness.ts";

const activityFrom = (name: "channel-mention" | "personal-message" | "group-chat-mention") =>
  inboundActivitySchema.parse(fixture(name, "https://smba.trafficmanager.net/apac/"));

describe("Teams identity and origin", () => {
  it("maps tenant and team to the log's workspace, for channels and chats", () => {
    expect(originOf(activityFrom("channel-mention"))).toEqual({
      tenantId: "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
      teamId: "19:f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5@thread.tacv2",
      channelId: "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.tacv2",
      workspaceId: "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
    });
    const chat = activityFrom("personal-message");
    const { channelData: _ignored, ...withoutChannelData } = chat;
    expect(originOf(withoutChannelData).workspaceId).toBe("8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d");
  });

  it("gives the same person the same pseudonymous id everywhere in a tenant, and a different one in another tenant", () => {
    const inChannel = askerOf(activityFrom("channel-mention"));
    const inChat = askerOf(activityFrom("personal-message"));
    expect(inChannel.askerId).toBe(inChat.askerId);
    expect(inChannel.askerId).not.toContain("6f1e2d3c");
    const otherTenant = activityFrom("personal-message");
    otherTenant.conversation.tenantId = "99999999-0000-0000-0000-000000000000";
    otherTenant.channelData = { tenant: { id: "99999999-0000-0000-0000-000000000000" } };
    expect(askerOf(otherTenant).askerId).not.toBe(inChat.askerId);
    expect(askerOf(activityFrom("group-chat-mention")).askerId).not.toBe(inChat.askerId);
  });

  it("reads feedback from an Action.Submit value and from an Action.Execute invoke, and nothing else", () => {
    const data = { action: "feedback", kind: "thumbs-up", answerId: "a1" };
    expect(readFeedbackData(data)).toEqual(data);
    expect(readFeedbackData({ action: { type: "Action.Execute", data }, trigger: "manual" })).toEqual(data);
    expect(readFeedbackData({ action: "feedback", kind: "delete-everything", answerId: "a1" })).toBeUndefined();
    expect(readFeedbackData(undefined)).toBeUndefined();
  });
});

describe("serviceUrl policy", () => {
  it("allows only loopback without authentication", () => {
    const allowed = createServiceUrlPolicy({ authenticated: false });
    expect(allowed("http://127.0.0.1:56150/")).toBe(true);
    expect(allowed("http://localhost:3978/")).toBe(true);
    expect(allowed("https://smba.trafficmanager.net/apac/")).toBe(false);
  });

  it("without authentication, lets replies reach only /v3/conversations/… on loopback (issue 12 item 19)", () => {
    const allowed = createServiceUrlPolicy({ authenticated: false });
    expect(allowed("http://[::1]:3978/")).toBe(true);
    expect(allowed("http://127.0.0.1:3978")).toBe(true);
    // botbuilder appends v3/conversations/… to the serviceUrl: any path, query or credentials would redirect the POST.
    expect(allowed("http://127.0.0.1:5432/admin/")).toBe(false);
    expect(allowed("http://127.0.0.1:8080/api/delete?x=")).toBe(false);
    expect(allowed("http://127.0.0.1:8080/#")).toBe(false);
    expect(allowed("http://user:pw@127.0.0.1:8080/")).toBe(false);
    expect(allowed("http://127.0.0.1:8080/%2e%2e/")).toBe(false);
    // A list does not widen development mode beyond loopback.
    const listed = createServiceUrlPolicy({ authenticated: false, allowed: "http://" });
    expect(listed("http://10.0.0.5:3978/")).toBe(false);
    expect(listed("http://127.0.0.1:3978/")).toBe(true);
  });

  it("trusts the token's serviceUrl when authenticated, unless a list narrows it", () => {
    expect(createServiceUrlPolicy({ authenticated: true })("https://smba.trafficmanager.net/apac/")).toBe(true);
    const listed = createServiceUrlPolicy({
      authenticated: true,
      allowed: "https://smba.trafficmanager.net/, https://smba.infra.gcc.teams.microsoft.com/",
    });
    expect(listed("https://smba.trafficmanager.net/apac/")).toBe(true);
    expect(listed("https://attacker.example/")).toBe(false);
  });
});
