import { existsSync } from "node:fs";
import { isTaiwaError } from "../app/errors.ts";
import { commands } from "./commands/index.ts";
import type { CliIo } from "./types.ts";

function help(io: CliIo): number {
  io.stdout.write("使い方 / usage: npm run -s taiwa -- <command> [options]\n\n");
  for (const command of commands) io.stdout.write(`  ${command.name.padEnd(16)} ${command.summary}\n`);
  return 0;
}

/** Every command takes --data-dir; it is lifted into TAIWA_DATA_DIR so each command reads one setting. */
function liftDataDir(argv: string[], io: CliIo): { argv: string[]; io: CliIo } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  for (let at = 0; at < argv.length; at++) {
    const arg = argv[at]!;
    if (arg === "--data-dir" && at + 1 < argv.length) dataDir = argv[++at];
    else if (arg.startsWith("--data-dir=")) dataDir = arg.slice("--data-dir=".length);
    else rest.push(arg);
  }
  return { argv: rest, io: dataDir ? { ...io, env: { ...io.env, TAIWA_DATA_DIR: dataDir } } : io };
}

export async function runCli(rawArgv: string[], rawIo: CliIo): Promise<number> {
  const { argv, io } = liftDataDir(rawArgv, rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") return help(io);
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(
      `不明なコマンドです: ${name}(unknown command). \`npm run -s taiwa -- help\` で一覧を表示します。\n`,
    );
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isTaiwaError(error)) {
      io.stderr.write(`${error.message}\n`);
      return error.code === "internal" ? 1 : 2;
    }
    // An unexpected failure still gets one line; the detail goes to stderr only with TAIWA_DEBUG.
    io.stderr.write(
      `予期しないエラーが発生しました(unexpected error): ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (io.env.TAIWA_DEBUG) io.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
    return 1;
  }
}

const isEntryPoint = import.meta.url === `file://${process.argv[1]}`;
if (isEntryPoint) {
  // The same .env as `npm start`, so `user add` and `ask` see the same data dir and database.
  if (existsSync(".env")) process.loadEnvFile(".env");
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
  runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
