import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetchSourcesCommand } from "../../../cli/commands/fetch-sources.ts";
import { commands } from "../../../cli/commands/index.ts";
import { runCli } from "../../../cli/main.ts";
import type { CliIo } from "../../../cli/types.ts";

function capture(): { io: CliIo; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (data) => out.push(String(data)));
  stderr.on("data", (data) => err.push(String(data)));
  return {
    io: { stdout, stderr, stdin: new PassThrough(), env: {} },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

const server: Server = createServer((_request, response) => response.writeHead(200).end("%PDF-1.4\n%%EOF\n"));
let base: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function manifestWith(url: string): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), "taiwa-cli-fetch-"));
  const path = join(dir, "manifest.json");
  await writeFile(path, JSON.stringify({ sources: [{ url, file: "official/plan.pdf" }] }));
  return { dir, path };
}

describe("fetch-sources command", () => {
  it("is registered", () => {
    expect(commands.map((command) => command.name)).toContain("fetch-sources");
  });

  it("downloads into the manifest's folder and exits 0", async () => {
    const { dir, path } = await manifestWith(`${base}/plan.pdf`);
    const output = capture();
    expect(await createFetchSourcesCommand({ fetch }).run(["--manifest", path], output.io)).toBe(0);
    expect(await readFile(join(dir, "official", "plan.pdf"), "utf8")).toContain("%PDF-1.4");
    expect(output.stdout()).toContain("downloaded");
    await rm(dir, { recursive: true, force: true });
  });

  it("finds the manifest in TAIWA_CORPUS_DIR by default", async () => {
    const { dir } = await manifestWith(`${base}/plan.pdf`);
    const output = capture();
    output.io.env.TAIWA_CORPUS_DIR = dir;
    expect(await createFetchSourcesCommand({ fetch }).run([], output.io)).toBe(0);
    expect(await readFile(join(dir, "official", "plan.pdf"), "utf8")).toContain("%PDF-1.4");
    await rm(dir, { recursive: true, force: true });
  });

  it("exits 2 with the offline explanation when the site cannot be reached", async () => {
    const { dir, path } = await manifestWith("https://www.meti.go.jp/plan.pdf");
    const offline: typeof fetch = async () => {
      throw new TypeError("fetch failed", { cause: { code: "EAI_AGAIN" } });
    };
    const output = capture();
    expect(await createFetchSourcesCommand({ fetch: offline }).run(["--manifest", path], output.io)).toBe(2);
    expect(output.stderr()).toContain("インターネットに接続できない");
    expect(output.stderr()).toContain("This machine is offline");
    await rm(dir, { recursive: true, force: true });
  });

  it("answers a bad argument with one line and a non-zero exit, never a stack trace", async () => {
    const output = capture();
    expect(await runCli(["fetch-sources", "--bogus"], output.io)).not.toBe(0);
    expect(output.stderr().trim().split("\n")).toHaveLength(1);
    expect(output.stderr()).not.toContain("    at ");
  });
});
