import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import type { CliIo } from "../../../cli/types.ts";

/** CliIo with captured output and the given stdin text. */
export function cliIo(
  options: { stdin?: string; dataDir?: string } = {},
): CliIo & { out: () => string; err: () => string; dataDir: string } {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "taiwa-cli-"));
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  return {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? ""]),
    env: { TAIWA_DATA_DIR: dataDir, LOG_LEVEL: "silent" },
    out: () => out,
    err: () => err,
    dataDir,
  };
}
