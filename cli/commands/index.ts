import type { CliCommand } from "../types.ts";
import { eraseAskerCommand } from "./erase-asker.ts";
import { purgeCommand } from "./purge.ts";
import { userCommand } from "./user.ts";

/** Every CLI command, in the order `taiwa help` lists them. Each lives in its own file beside this one. */
export const commands: CliCommand[] = [userCommand, eraseAskerCommand, purgeCommand];
