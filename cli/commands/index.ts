import type { CliCommand } from "../types.ts";
import { teamsPackageCommand } from "./teams-package.ts";

/** Every CLI command, in the order `taiwa help` lists them. Each lives in its own file beside this one. */
export const commands: CliCommand[] = [teamsPackageCommand];
