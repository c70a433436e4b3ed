import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { writeFileAtomic } from "./atomic-write.ts";
import type { CorpusManifest, ManifestSource } from "./corpus-manifest.ts";

export interface FetchSourcesResult {
  downloaded: { file: string; url: string; bytes: number }[];
  /** Already on disk (kept unless `force`). */
  present: { file: string }[];
  failed: { file: string; url: string; reason: string }[];
  /** True when the official sites could not be reached at all (DNS or connection failure). */
  offline: boolean;
  /** One paragraph for the user, Japanese then English. */
  message: string;
}

export interface FetchSourcesOptions {
  manifest: CorpusManifest;
  /** Where the manifest's relative `file` paths land; defaults to the manifest's folder. */
  targetDir?: string;
  fetch: typeof globalThis.fetch;
  force?: boolean;
  /** Per download; defaults to 60 s. */
  timeoutMs?: number;
  onProgress?: (event: { file: string; outcome: "downloaded" | "present" | "failed" }) => void;
}

/** Error codes Node's fetch (undici) reports when the network, not the site, is the problem. */
const networkCodes = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ETIMEDOUT",
  "ECONNRESET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
]);

/** True for DNS/connection failures and timeouts anywhere in the error's cause chain. */
export function isNetworkFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const code = (current as { code?: unknown }).code;
    const name = (current as { name?: unknown }).name;
    if (typeof code === "string" && networkCodes.has(code)) return true;
    if (name === "TimeoutError" || name === "ConnectTimeoutError") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function offlineMessage(sources: ManifestSource[], targetDir: string): string {
  const list = sources.map((source) => `  - ${source.file}: ${source.page ?? source.url}`).join("\n");
  return [
    "このマシンはインターネットに接続できないため、公式文書をダウンロードできませんでした。",
    `公式サイトから PDF を手作業で取得し、${targetDir} の下の指定のパスにコピーしてから \`npm run -s taiwa -- ingest corpus\` を実行してください。`,
    "This machine is offline (the official sites could not be reached), so nothing was downloaded.",
    `Download the PDFs by hand from the pages below, copy them to the paths shown under ${targetDir}, then run \`npm run -s taiwa -- ingest corpus\`.`,
    list,
  ].join("\n");
}

/** Downloads a manifest's `sources` (official PDFs). Offline, it says so and what to do instead; it never throws for a site. */
export async function fetchSources(options: FetchSourcesOptions): Promise<FetchSourcesResult> {
  const targetDir = resolve(options.targetDir ?? options.manifest.baseDir);
  const result: FetchSourcesResult = { downloaded: [], present: [], failed: [], offline: false, message: "" };
  const sources = options.manifest.sources;
  for (const [index, source] of sources.entries()) {
    const path = join(targetDir, source.file);
    if (
      !options.force &&
      (await stat(path).then(
        (info) => info.size > 0,
        () => false,
      ))
    ) {
      result.present.push({ file: source.file });
      options.onProgress?.({ file: source.file, outcome: "present" });
      continue;
    }
    const fail = (reason: string) => {
      result.failed.push({ file: source.file, url: source.url, reason });
      options.onProgress?.({ file: source.file, outcome: "failed" });
    };
    try {
      const response = await options.fetch(source.url, {
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
        redirect: "follow",
      });
      if (!response.ok) {
        fail(`HTTP ${response.status}${source.page ? `: download by hand from ${source.page}` : ""}`);
        continue;
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      // A moved document often answers 200 with an HTML page; that is not the PDF we were promised.
      if (
        source.file.toLowerCase().endsWith(".pdf") &&
        !new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-")
      ) {
        fail(
          `PDF ではありません (not a PDF; the URL may have moved)${source.page ? `: download by hand from ${source.page}` : ""}`,
        );
        continue;
      }
      await writeFileAtomic(path, bytes);
      result.downloaded.push({ file: source.file, url: source.url, bytes: bytes.length });
      options.onProgress?.({ file: source.file, outcome: "downloaded" });
    } catch (error) {
      if (isNetworkFailure(error) && result.downloaded.length === 0) {
        // Nothing has come through yet: the machine is offline; trying the rest would only wait on more timeouts.
        result.offline = true;
        for (const rest of sources.slice(index))
          result.failed.push({ file: rest.file, url: rest.url, reason: "offline" });
        break;
      }
      fail(
        isNetworkFailure(error)
          ? "接続できません (connection failed)"
          : `取得に失敗しました (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const missing = sources.filter((source) => result.failed.some((failure) => failure.file === source.file));
  if (result.offline) result.message = offlineMessage(missing, targetDir);
  else if (result.failed.length > 0) {
    result.message = `${result.failed.length} 件を取得できませんでした。手作業で取得して ${targetDir} に置いてください。(${result.failed.length} file(s) could not be downloaded; fetch them by hand into ${targetDir}.)`;
  } else {
    result.message = `公式文書を取得しました: 新規 ${result.downloaded.length} 件、既存 ${result.present.length} 件。(Downloaded ${result.downloaded.length}, already present ${result.present.length}.) 次に \`npm run -s taiwa -- ingest corpus\` を実行してください。`;
  }
  return result;
}
