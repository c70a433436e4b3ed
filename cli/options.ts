import { type ParseArgsConfig, parseArgs } from "node:util";
import { TaiwaError } from "../app/errors.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Shared by every command: where the index and logs live. */
export const DATA_DIR_OPTION: Options = { "data-dir": { type: "string" } };

/** parseArgs with a one-line, bilingual error instead of a stack trace. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...DATA_DIR_OPTION, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new TaiwaError("input_malformed", `引数が正しくありません(${detail})。使い方: ${usage}`);
  }
}

export function dataDirFrom(values: Record<string, unknown>, env: Record<string, string | undefined>): string {
  const fromFlag = values["data-dir"];
  return typeof fromFlag === "string" && fromFlag !== "" ? fromFlag : (env.TAIWA_DATA_DIR ?? "./data");
}
