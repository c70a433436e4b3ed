import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { z } from "zod";
import { TaiwaError } from "../../app/errors.ts";

const PACKAGE_FOLDER = new URL("./app-package/", import.meta.url);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The manifest fields we fill in; the rest of the committed manifest passes through unchanged. */
const manifestSchema = z.looseObject({
  id: z.string(),
  developer: z.looseObject({ websiteUrl: z.string(), privacyUrl: z.string(), termsOfUseUrl: z.string() }),
  bots: z.array(z.looseObject({ botId: z.string() })).min(1),
  validDomains: z.array(z.string()),
});

export type TeamsManifest = z.infer<typeof manifestSchema>;

/**
 * The zip uploaded to Teams (manifest.json, color.png, outline.png at its root), with the Azure Bot's app id as both
 * the Teams app id and the bot id, and the public base URL (if known, with its path) as the developer pages
 * (`<base>/privacy` and `<base>/terms`, which the server serves) and its host as the valid domain.
 */
export async function buildTeamsAppPackage(request: {
  appId: string;
  publicBaseUrl?: string;
}): Promise<{ zip: Buffer; manifest: TeamsManifest }> {
  if (!GUID.test(request.appId)) {
    throw new TaiwaError(
      "config_invalid",
      `MICROSOFT_APP_ID must be the Azure Bot's Microsoft App ID (a GUID such as 0f1e2d3c-…); got "${request.appId}".`,
    );
  }
  const manifest = manifestSchema.parse(JSON.parse(await readFile(new URL("manifest.json", PACKAGE_FOLDER), "utf8")));
  manifest.id = request.appId;
  for (const bot of manifest.bots) bot.botId = request.appId;
  if (request.publicBaseUrl) {
    const base = new URL(request.publicBaseUrl);
    if (base.protocol !== "https:")
      throw new TaiwaError("config_invalid", `PUBLIC_BASE_URL must use https for Teams; got ${request.publicBaseUrl}.`);
    // taiwa may be served under a path (https://host/taiwa): its pages are there too. Query and fragment are dropped.
    const root = `${base.origin}${base.pathname.replace(/\/+$/, "")}`;
    manifest.developer = {
      ...manifest.developer,
      websiteUrl: root,
      privacyUrl: `${root}/privacy`,
      termsOfUseUrl: `${root}/terms`,
    };
    manifest.validDomains = [base.host];
  }
  const zip = new JSZip();
  zip.file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of ["color.png", "outline.png"]) zip.file(icon, await readFile(new URL(icon, PACKAGE_FOLDER)));
  return { zip: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }), manifest };
}
