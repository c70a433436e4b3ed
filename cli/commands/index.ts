import type { CliCommand } from "../types.ts";
import { askCommand } from "./ask.ts";
import { evalCommand } from "./eval.ts";
import { fetchSourcesCommand } from "./fetch-sources.ts";
import { ingestCommand } from "./ingest.ts";
import { teamsPackageCommand } from "./teams-package.ts";

/** Every CLI command, in the order `taiwa help` lists them. Each lives in its own file beside this one. */
export const commands: CliCommand[] = [
  ingestCommand,
  fetchSourcesCommand,
  askCommand,
  evalCommand,
  teamsPackageCommand,
];
