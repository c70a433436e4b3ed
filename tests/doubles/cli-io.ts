import { PassThrough } from "node:stream";
import type { CliIo } from "../../cli/types.ts";

/** CLI streams captured in memory. */
export function captureIo(
  env: Record<string, string | undefined> = {},
): CliIo & { stdin: PassThrough; out(): string; err(): string } {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on("data", (chunk: Buffer) => chunks.out.push(chunk));
  stderr.on("data", (chunk: Buffer) => chunks.err.push(chunk));
  return {
    stdout,
    stderr,
    stdin,
    env,
    out: () => Buffer.concat(chunks.out).toString("utf8"),
    err: () => Buffer.concat(chunks.err).toString("utf8"),
  };
}
