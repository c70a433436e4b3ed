import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CorpusManifest } from "../../../rag/ingest/corpus-manifest.ts";
import { fetchSources, isNetworkFailure } from "../../../rag/ingest/fetch-sources.ts";

const pdfBytes = new TextEncoder().encode("%PDF-1.4\n% official document stand-in\n%%EOF\n");
const requests: string[] = [];

/** Stands in for the official sites on loopback: a PDF, a page where a PDF should be, and a 404. */
const server: Server = createServer((request, response) => {
  requests.push(request.url ?? "");
  if (request.url === "/plan.pdf") {
    response.writeHead(200, { "content-type": "application/pdf" }).end(pdfBytes);
  } else if (request.url === "/moved.pdf") {
    response.writeHead(200, { "content-type": "text/html" }).end("<html>ページが移動しました</html>");
  } else {
    response.writeHead(404).end("not found");
  }
});
let base: string;
let dir: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "taiwa-fetch-"));
  requests.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function manifest(sources: CorpusManifest["sources"]): CorpusManifest {
  return { baseDir: dir, documents: [], sources };
}

/** A loopback port nothing listens on: connecting is refused at once. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("fetchSources", () => {
  it("downloads each source to its target path and keeps files already present", async () => {
    const sources = [{ url: `${base}/plan.pdf`, file: "official/plan.pdf" }];
    const first = await fetchSources({ manifest: manifest(sources), fetch });
    expect(first).toMatchObject({
      offline: false,
      downloaded: [{ file: "official/plan.pdf", bytes: pdfBytes.length }],
      failed: [],
    });
    expect(new Uint8Array(await readFile(join(dir, "official", "plan.pdf")))).toEqual(pdfBytes);
    const second = await fetchSources({ manifest: manifest(sources), fetch });
    expect(second).toMatchObject({ downloaded: [], present: [{ file: "official/plan.pdf" }] });
    expect(requests).toEqual(["/plan.pdf"]);
    await fetchSources({ manifest: manifest(sources), fetch, force: true });
    expect(requests).toEqual(["/plan.pdf", "/plan.pdf"]);
  });

  it("reports an HTTP error and an HTML page served instead of a PDF, pointing to the page", async () => {
    const result = await fetchSources({
      manifest: manifest([
        { url: `${base}/plan.pdf`, file: "a.pdf" },
        { url: `${base}/gone.pdf`, file: "b.pdf", page: "https://www.meti.go.jp/policy/economy/economic_security/" },
        { url: `${base}/moved.pdf`, file: "c.pdf" },
      ]),
      fetch,
    });
    expect(result.offline).toBe(false);
    expect(result.downloaded.map((entry) => entry.file)).toEqual(["a.pdf"]);
    expect(result.failed.map((entry) => [entry.file, entry.reason.split(/[:(]/)[0]!.trim()])).toEqual([
      ["b.pdf", "HTTP 404"],
      ["c.pdf", "PDF ではありません"],
    ]);
    expect(result.failed[0]!.reason).toContain("https://www.meti.go.jp/policy/economy/economic_security/");
    await expect(readFile(join(dir, "c.pdf"))).rejects.toThrow();
    expect(result.message).toContain("2 件を取得できませんでした");
  });

  it("says clearly, in Japanese and English, that the machine is offline when nothing can be reached", async () => {
    const port = await closedPort();
    const result = await fetchSources({
      manifest: manifest([
        {
          url: `http://127.0.0.1:${port}/plan.pdf`,
          file: "official/plan.pdf",
          page: "https://www.meti.go.jp/policy/economy/economic_security/",
        },
        { url: `http://127.0.0.1:${port}/casebook.pdf`, file: "official/casebook.pdf" },
      ]),
      fetch,
    });
    expect(result.offline).toBe(true);
    expect(result.downloaded).toEqual([]);
    expect(result.failed.map((entry) => entry.file)).toEqual(["official/plan.pdf", "official/casebook.pdf"]);
    expect(result.message).toContain("インターネットに接続できない");
    expect(result.message).toContain("offline");
    expect(result.message).toContain(join(dir));
    expect(result.message).toContain("official/plan.pdf: https://www.meti.go.jp/policy/economy/economic_security/");
  });

  it("treats a DNS failure as offline and stops instead of waiting on every source", async () => {
    const calls: string[] = [];
    const dnsFailure: typeof fetch = async (input) => {
      calls.push(String(input));
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("getaddrinfo ENOTFOUND www.meti.go.jp"), { code: "ENOTFOUND" }),
      });
    };
    const result = await fetchSources({
      manifest: manifest([
        { url: "https://www.meti.go.jp/a.pdf", file: "a.pdf" },
        { url: "https://www.jftc.go.jp/b.pdf", file: "b.pdf" },
      ]),
      fetch: dnsFailure,
    });
    expect(result.offline).toBe(true);
    expect(calls).toEqual(["https://www.meti.go.jp/a.pdf"]);
  });

  it("does not overwrite an existing file unless forced", async () => {
    await writeFile(join(dir, "kept.pdf"), "%PDF-hand-copied");
    const result = await fetchSources({ manifest: manifest([{ url: `${base}/plan.pdf`, file: "kept.pdf" }]), fetch });
    expect(result.present).toEqual([{ file: "kept.pdf" }]);
    expect(await readFile(join(dir, "kept.pdf"), "utf8")).toBe("%PDF-hand-copied");
  });
});

describe("isNetworkFailure", () => {
  it("recognises connection and DNS errors in the cause chain, not HTTP or parse errors", () => {
    expect(isNetworkFailure(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }))).toBe(true);
    expect(isNetworkFailure(Object.assign(new Error("timeout"), { name: "TimeoutError" }))).toBe(true);
    expect(isNetworkFailure(new SyntaxError("bad json"))).toBe(false);
    expect(isNetworkFailure(undefined)).toBe(false);
  });
});
