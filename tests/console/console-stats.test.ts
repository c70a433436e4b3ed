import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Browser, type ConsoleFixture, consoleFixture } from "./console-fixture.ts";

const HOUR = 3_600_000;

describe("console statistics", () => {
  let fixture: ConsoleFixture;
  let browser: Browser;

  beforeEach(async () => {
    fixture = await consoleFixture();
    // A Wednesday noon in JST, so "this week" is unambiguous.
    fixture.clock.now = new Date("2026-04-08T03:00:00Z");
    browser = new Browser(fixture.app);
    await browser.signIn("sato");
  });
  afterEach(() => fixture.questionLog.close());

  it("says there is no data yet instead of drawing empty charts", async () => {
    const page = await (await browser.get("/console/stats")).text();
    expect(page.match(/まだデータがありません/g)).toHaveLength(5);
    expect(page).not.toContain("<svg");
  });

  it("counts as resolved only what the bot really answered, not partial, declined or failed answers", async () => {
    const at = fixture.clock.now;
    // Four bot answers: one resolved, two partial or declined (resolved: false), and one failure without an "ask".
    for (const kind of ["ask", "ask", "ask", "resolved", "unresolved", "unresolved", "unresolved"] as const)
      await fixture.questionLog.countEvent({ kind, surface: "web", at });
    const page = await (await browser.get("/console/stats")).text();
    expect(page).toContain("25.0%");
    expect(page).toContain("1 / 4 件");
  });

  it("breaks questions down by organisation, surface and topic, each bar linking to the filtered list", async () => {
    const at = new Date(fixture.clock.now.getTime() - HOUR);
    await fixture.record({ organisation: "株式会社サンプル", surface: "slack", topic: "guidance", receivedAt: at });
    await fixture.record({ organisation: "株式会社サンプル", surface: "teams", topic: "minutes", receivedAt: at });
    await fixture.record({ organisation: "B工業", surface: "web", topic: "guidance", receivedAt: at });
    const page = await (await browser.get("/console/stats")).text();
    for (const title of ["組織別", "窓口別", "トピック別"]) expect(page).toContain(`<figcaption>${title}</figcaption>`);
    // The week's bar for ガイダンス opens the list of that week and topic, all statuses.
    const weekLink = "/console/?view=all&amp;from=2026-04-06&amp;to=2026-04-12&amp;topic=guidance";
    expect(page).toContain(`<a href="${weekLink}"`);
    const organisationLink =
      /<a href="(\/console\/\?view=all&amp;from=[\d-]+&amp;organisation=[^"]+)" aria-label="株式会社サンプル 2 件の一覧">/.exec(
        page,
      );
    expect(organisationLink).not.toBeNull();
    expect(page).toMatch(
      /<a href="\/console\/\?view=all&amp;from=[\d-]+&amp;surface=teams" aria-label="Teams 1 件の一覧">/,
    );

    // Following the links gives the list the bar counted.
    const ids = async (href: string) =>
      new Set(
        [
          ...(await (await browser.get(href.replace(/&amp;/g, "&"))).text()).matchAll(
            /href="\/console\/questions\/(\d+)"/g,
          ),
        ].map((match) => match[1]),
      );
    expect(await ids(weekLink)).toEqual(new Set(["1", "3"]));
    expect(await ids(organisationLink?.[1] ?? "")).toEqual(new Set(["1", "2"]));
  });

  it("exports the figures as CSV and records the export", async () => {
    const at = new Date(fixture.clock.now.getTime() - HOUR);
    await fixture.record({ organisation: "B工業", surface: "teams", topic: "minutes", receivedAt: at });
    await fixture.questionLog.countEvent({ kind: "ask", surface: "teams", at });
    await fixture.questionLog.countEvent({ kind: "resolved", surface: "teams", at });
    const response = await browser.get("/console/stats.csv?weeks=4");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="taiwa-stats-\d{12}\.csv"$/);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("区分,項目,件数・値");
    for (const line of [
      "合計,解決率(%),100.0",
      "組織,B工業,1",
      "窓口,Teams,1",
      "トピック,議事録,1",
      "週 2026-04-06,議事録,1",
    ])
      expect(lines).toContain(line);
    const { events } = await fixture.questionLog.listAudit({});
    expect(events.some((event) => event.action === "export-stats" && event.actor === "sato")).toBe(true);
  });
});
