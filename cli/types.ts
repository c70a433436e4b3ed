/** One CLI command: `npm run -s taiwa -- <name> …`. */
export interface CliCommand {
  name: string;
  /** One line, shown in `taiwa help`. */
  summary: string;
  /** Usage line(s), shown on bad arguments. */
  usage: string;
  /** Returns the process exit code. Throws TaiwaError for user errors (printed as one line, never a stack trace). */
  run(argv: string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}
