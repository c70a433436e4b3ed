import type { CliCommand } from "../types.ts";
import { askCommand } from "./ask.ts";
import { eraseAskerCommand } from "./erase-asker.ts";
import { evalCommand } from "./eval.ts";
import { fetchSourcesCommand } from "./fetch-sources.ts";
import { ingestCommand } from "./ingest.ts";
import { purgeCommand } from "./purge.ts";
import { teamsPackageCommand } from "./teams-package.ts";
import { userCommand } from "./user.ts";

/** Every CLI command, in the order `taiwa help` lists them. Each lives in its own file beside this one. */
export const commands: CliCommand[] = [
  ingestCommand,
  askCommand,
  evalCommand,
  fetchSourcesCommand,
  userCommand,
  eraseAskerCommand,
  purgeCommand,
  teamsPackageCommand,
];
