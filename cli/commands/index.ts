import type { CliCommand } from "../types.ts";
import { fetchSourcesCommand } from "./fetch-sources.ts";

/** Every CLI command, in the order `taiwa help` lists them. Each lives in its own file beside this one. */
export const commands: CliCommand[] = [fetchSourcesCommand];
