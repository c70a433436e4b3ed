import { readFileSync } from "node:fs";
import { z } from "zod";
import { TaiwaError } from "../app/errors.ts";
import type { OrganisationDirectory, OrganisationStore } from "./types.ts";

const mapSchema = z.record(z.string().min(1), z.string().min(1));

/**
 * ORGANISATION_MAP: inline JSON (`{"T0123ABCD":"株式会社サンプル","<teams-tenant-guid>":"サンプル工業"}`) or the path of a
 * JSON file holding the same object. Keys are Slack team ids and Teams tenant ids.
 */
export function parseOrganisationMap(
  value: string | undefined,
  read: (path: string) => string = (path) => readFileSync(path, "utf8"),
): Record<string, string> {
  if (value === undefined || value.trim() === "") return {};
  const trimmed = value.trim();
  let text = trimmed;
  if (!trimmed.startsWith("{")) {
    try {
      text = read(trimmed);
    } catch (error) {
      throw new TaiwaError(
        "config_invalid",
        `ORGANISATION_MAP: cannot read ${trimmed}: give inline JSON or the path of a readable JSON file.`,
        { cause: error },
      );
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TaiwaError(
      "config_invalid",
      'ORGANISATION_MAP is not valid JSON: write it as {"<Slack team id or Teams tenant id>": "<organisation name>"}.',
      { cause: error },
    );
  }
  const parsed = mapSchema.safeParse(json);
  if (!parsed.success) {
    throw new TaiwaError(
      "config_invalid",
      'ORGANISATION_MAP must map ids to names: {"T0123ABCD": "株式会社サンプル"}.',
    );
  }
  return parsed.data;
}

/** Admin edits in the console (stored) win over the configured map; unknown workspaces have no organisation. */
export function createOrganisationDirectory(options: {
  configured: Record<string, string>;
  store: OrganisationStore;
  cacheMs?: number;
  now?: () => number;
}): OrganisationDirectory & { invalidate(): void } {
  const now = options.now ?? Date.now;
  let cache: { at: number; map: Map<string, string> } | undefined;
  return {
    invalidate() {
      cache = undefined;
    },
    async lookup(workspaceId) {
      if (!workspaceId) return undefined;
      if (!cache || now() - cache.at > (options.cacheMs ?? 30_000)) {
        try {
          const stored = await options.store.list();
          cache = { at: now(), map: new Map(stored.map((row) => [row.workspaceId, row.name])) };
        } catch {
          // The store being down must not stop a question being answered; the configured map still applies.
          return options.configured[workspaceId];
        }
      }
      return cache.map.get(workspaceId) ?? options.configured[workspaceId];
    },
  };
}
