import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../../app/config.ts";
import { TaiwaError } from "../../app/errors.ts";
import { buildTeamsAppPackage } from "../../bots/teams/app-package.ts";
import type { CliCommand } from "../types.ts";

export const teamsPackageCommand: CliCommand = {
  name: "teams-package",
  summary: "Teams にアップロードするアプリパッケージ(zip)を作ります / build the Teams app package",
  usage:
    "npm run -s taiwa -- teams-package [--app-id <Microsoft App ID>] [--base-url https://host] [--out ./taiwa-teams.zip]",
  async run(argv, io) {
    let values: { "app-id"?: string; "base-url"?: string; out?: string };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { "app-id": { type: "string" }, "base-url": { type: "string" }, out: { type: "string" } },
      }));
    } catch (error) {
      throw new TaiwaError(
        "input_malformed",
        `${error instanceof Error ? error.message : String(error)}\n${this.usage}`,
      );
    }
    const config = loadConfig(io.env);
    const appId = values["app-id"] ?? config.MICROSOFT_APP_ID;
    if (!appId) {
      throw new TaiwaError(
        "config_invalid",
        `MICROSOFT_APP_ID is missing: pass --app-id or set MICROSOFT_APP_ID to the Azure Bot's Microsoft App ID.\n${this.usage}`,
      );
    }
    const publicBaseUrl = values["base-url"] ?? config.PUBLIC_BASE_URL;
    const { zip, manifest } = await buildTeamsAppPackage({ appId, ...(publicBaseUrl ? { publicBaseUrl } : {}) });
    const out = resolve(values.out ?? "./taiwa-teams.zip");
    await writeFile(out, zip);
    io.stdout.write(
      `Teams アプリパッケージを書き出しました: ${out}\n  app id: ${manifest.id}\n  domains: ${manifest.validDomains.join(", ")}\n`,
    );
    if (!publicBaseUrl)
      io.stdout.write("  (PUBLIC_BASE_URL が未設定のため、開発者ページは仮の URL です。--base-url で指定できます)\n");
    return 0;
  },
};
