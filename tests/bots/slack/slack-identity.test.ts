import { describe, expect, it } from "vitest";
import { slackIdentity } from "../../../bots/slack/slack-identity.ts";

describe("slackIdentity", () => {
  it("gives a stable pseudonymous asker id per team and user", () => {
    const first = slackIdentity({ teamId: "T1", userId: "U1" });
    expect(first.asker.askerId).toMatch(/^slack-[0-9a-f]{24}$/);
    expect(slackIdentity({ teamId: "T1", userId: "U1" }).asker.askerId).toBe(first.asker.askerId);
    expect(slackIdentity({ teamId: "T2", userId: "U1" }).asker.askerId).not.toBe(first.asker.askerId);
    expect(first.asker.askerId).not.toContain("U1");
  });

  it("maps the team, or else the Enterprise Grid id, to an organisation", () => {
    const organisations = { T1: "チームの会社", E1: "グリッドの会社" };
    expect(slackIdentity({ teamId: "T1", enterpriseId: "E1", userId: "U", organisations })).toMatchObject({
      workspaceId: "T1",
      organisation: "チームの会社",
    });
    expect(slackIdentity({ teamId: "T9", enterpriseId: "E1", userId: "U", organisations }).organisation).toBe(
      "グリッドの会社",
    );
    expect(slackIdentity({ enterpriseId: "E1", userId: "U", organisations }).workspaceId).toBe("E1");
    expect(slackIdentity({ teamId: "T9", userId: "U", organisations }).organisation).toBeUndefined();
  });
});
