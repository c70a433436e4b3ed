import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import JSZip from "jszip";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.ts";
import type { CliIo } from "../../../cli/types.ts";

function io(env: Record<string, string | undefined>): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => (out += String(chunk)));
  stderr.on("data", (chunk) => (err += String(chunk)));
  return { stdout, stderr, stdin: new PassThrough(), env, out: () => out, err: () => err };
}

describe("taiwa teams-package", () => {
  const folder = mkdtempSync(join(tmpdir(), "taiwa-teams-"));
  afterEach(() => rmSync(join(folder, "out.zip"), { force: true }));

  it("writes the zip with the bot id from MICROSOFT_APP_ID", async () => {
    const cli = io({ MICROSOFT_APP_ID: "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", MICROSOFT_APP_PASSWORD: "secret" });
    const code = await runCli(["teams-package", "--out", join(folder, "out.zip")], cli);
    expect(code).toBe(0);
    expect(cli.out()).toContain("out.zip");
    const archive = await JSZip.loadAsync(readFileSync(join(folder, "out.zip")));
    const manifest = JSON.parse((await archive.file("manifest.json")?.async("string")) ?? "{}");
    expect(manifest.bots[0].botId).toBe("0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b");
  });

  it("keeps the path of --base-url in the developer pages (issue 12 item 9)", async () => {
    const cli = io({ MICROSOFT_APP_ID: "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", MICROSOFT_APP_PASSWORD: "secret" });
    const out = join(folder, "out.zip");
    expect(await runCli(["teams-package", "--base-url", "https://host.example.jp/taiwa", "--out", out], cli)).toBe(0);
    const archive = await JSZip.loadAsync(readFileSync(out));
    const manifest = JSON.parse((await archive.file("manifest.json")?.async("string")) ?? "{}");
    expect(manifest.developer.privacyUrl).toBe("https://host.example.jp/taiwa/privacy");
    expect(manifest.developer.termsOfUseUrl).toBe("https://host.example.jp/taiwa/terms");
    expect(manifest.validDomains).toEqual(["host.example.jp"]);
  });

  it("prefers --app-id and fails clearly without any app id", async () => {
    const withFlag = io({});
    expect(
      await runCli(
        ["teams-package", "--app-id", "11111111-2222-3333-4444-555555555555", "--out", join(folder, "out.zip")],
        withFlag,
      ),
    ).toBe(0);
    const archive = await JSZip.loadAsync(readFileSync(join(folder, "out.zip")));
    expect(JSON.parse((await archive.file("manifest.json")?.async("string")) ?? "{}").id).toBe(
      "11111111-2222-3333-4444-555555555555",
    );

    const without = io({});
    expect(await runCli(["teams-package", "--out", join(folder, "out.zip")], without)).toBe(2);
    expect(without.err()).toContain("MICROSOFT_APP_ID is missing");
  });
});
