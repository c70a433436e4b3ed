import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { TaiwaError } from "../../app/errors.ts";
import { type Chunk, DOCUMENT_KINDS } from "../types.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import type { ChunkStore, DocumentRecord } from "./types.ts";

const metaShape = {
  docId: z.string(),
  title: z.string(),
  issuer: z.string().optional(),
  date: z.string().optional(),
  kind: z.enum(DOCUMENT_KINDS),
  url: z.string().optional(),
  version: z.string().optional(),
  supersedes: z.string().optional(),
  aliases: z.array(z.string()).optional(),
};

const recordSchema = z.object({
  docId: z.string(),
  path: z.string(),
  fingerprint: z.string(),
  meta: z.object(metaShape),
  chunkCount: z.number().int().nonnegative(),
  ingestedAt: z.string(),
});
const registrySchema = z.object({ version: z.literal(1), documents: z.array(recordSchema) });

const chunkSchema = z.object({
  ...metaShape,
  chunkId: z.string(),
  ordinal: z.number().int().nonnegative(),
  text: z.string(),
  sectionPath: z.array(z.string()),
  page: z.number().int().positive().optional(),
});
const chunkFileSchema = z.object({ docId: z.string(), chunks: z.array(chunkSchema) });

/** Chunks as `${dataDir}/chunks/<docId>.json`, the registry as `${dataDir}/documents.json`. */
export class FileChunkStore implements ChunkStore {
  private readonly registryPath: string;
  private readonly chunksDir: string;

  constructor(options: { dataDir: string }) {
    this.registryPath = join(options.dataDir, "documents.json");
    this.chunksDir = join(options.dataDir, "chunks");
  }

  async readRecords(): Promise<DocumentRecord[]> {
    const json = await this.readJson(this.registryPath);
    if (json === undefined) return [];
    const parsed = registrySchema.safeParse(json);
    if (!parsed.success) throw this.corrupt(this.registryPath, parsed.error);
    return parsed.data.documents;
  }

  async writeRecords(request: { records: DocumentRecord[] }): Promise<void> {
    const documents = [...request.records].sort((a, b) => a.docId.localeCompare(b.docId));
    // Parsing puts keys in schema order, so an unchanged registry is rewritten byte for byte.
    const registry = registrySchema.parse({ version: 1, documents });
    await this.write(this.registryPath, `${JSON.stringify(registry, null, 1)}\n`);
  }

  async writeChunks(request: { docId: string; chunks: Chunk[] }): Promise<void> {
    const chunks = request.chunks.map(({ superseded: _superseded, ...chunk }) => chunk);
    await this.write(this.chunkPath(request.docId), JSON.stringify({ docId: request.docId, chunks }));
  }

  async deleteChunks(request: { docId: string }): Promise<void> {
    await rm(this.chunkPath(request.docId), { force: true });
  }

  async readAllChunks(): Promise<Chunk[]> {
    const records = await this.readRecords();
    const present = new Set(records.map((record) => record.docId));
    // A document is superseded only when its newer version is ingested too.
    const superseded = new Set(
      records
        .map((record) => record.meta.supersedes)
        .filter((docId): docId is string => docId !== undefined && present.has(docId)),
    );
    const all: Chunk[] = [];
    for (const record of records) {
      const path = this.chunkPath(record.docId);
      const json = await this.readJson(path);
      if (json === undefined)
        throw new TaiwaError("index_corrupt", `チャンクファイルがありません (missing ${path}): run ingest again`);
      const parsed = chunkFileSchema.safeParse(json);
      if (!parsed.success) throw this.corrupt(path, parsed.error);
      for (const chunk of parsed.data.chunks)
        all.push(superseded.has(record.docId) ? { ...chunk, superseded: true } : chunk);
    }
    return all;
  }

  private async write(path: string, content: string): Promise<void> {
    try {
      await writeFileAtomic(path, content);
    } catch (error) {
      throw new TaiwaError(
        "store_unavailable",
        `データディレクトリに書き込めません (cannot write ${path}): check that TAIWA_DATA_DIR / --data-dir is a writable folder`,
        { cause: error, isRetryable: true },
      );
    }
  }

  private chunkPath(docId: string): string {
    return join(this.chunksDir, `${encodeURIComponent(docId)}.json`);
  }

  /** Parsed JSON, or undefined when the file does not exist. */
  private async readJson(path: string): Promise<unknown> {
    let raw: string;
    try {
      raw = await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new TaiwaError("store_unavailable", `データを読めません (cannot read ${path})`, { cause: error });
    }
    try {
      return JSON.parse(raw);
    } catch (error) {
      throw this.corrupt(path, error);
    }
  }

  private corrupt(path: string, cause: unknown): TaiwaError {
    return new TaiwaError(
      "index_corrupt",
      `取り込みデータが壊れています (corrupt ${path}): delete it and run \`npm run -s taiwa -- ingest\` again`,
      { cause },
    );
  }
}

/** Every chunk ingested into a data directory, superseded versions flagged: what the index builder reads. */
export function readAllChunks(options: { dataDir: string }): Promise<Chunk[]> {
  return new FileChunkStore(options).readAllChunks();
}
