import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from "../../app/data-dir-permissions.ts";
import { TaiwaError } from "../../app/errors.ts";
import type { Chunk } from "../types.ts";
import { Bm25Field, type Bm25FieldData } from "./bm25-field.ts";
import { SEARCH_FIELD_NAMES, type SearchFields } from "./search-fields.ts";

/**
 * Bumped whenever tokenisation or the file layout changes, so an old index is rebuilt, not misread.
 * 2: titles (document title, heading path) became fields of their own.
 */
export const INDEX_FORMAT_VERSION = 2;

const headerSchema = z.object({
  formatVersion: z.number(),
  builtAt: z.string(),
  chunkCount: z.number(),
  fields: z.record(z.string(), z.object({ terms: z.number(), postings: z.number(), documents: z.number() })),
});
export type IndexHeader = z.infer<typeof headerSchema>;

export interface StoredIndex {
  header: IndexHeader;
  chunks: Chunk[];
  fields: SearchFields;
}

export interface IndexToSave extends Omit<StoredIndex, "header"> {
  /** kuromoji words per indexed-text key, reused when re-indexing unchanged chunks. */
  wordCache: ReadonlyMap<string, string[]>;
}

const SEPARATOR = "\u0001";

function fieldBytes(data: Bm25FieldData): Buffer {
  return Buffer.concat([
    Buffer.from(data.offsets.buffer, data.offsets.byteOffset, data.offsets.byteLength),
    Buffer.from(data.docs.buffer, data.docs.byteOffset, data.docs.byteLength),
    Buffer.from(data.docLengths.buffer, data.docLengths.byteOffset, data.docLengths.byteLength),
    Buffer.from(data.freqs.buffer, data.freqs.byteOffset, data.freqs.byteLength),
  ]);
}

function fieldFromBytes(bytes: Buffer, terms: string[], postings: number, documents: number): Bm25Field {
  // Copy into an aligned buffer: typed arrays need offsets that are multiples of their element size.
  const aligned = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(aligned).set(bytes);
  let at = 0;
  const offsets = new Uint32Array(aligned, at, terms.length + 1);
  at += offsets.byteLength;
  const docs = new Uint32Array(aligned, at, postings);
  at += docs.byteLength;
  const docLengths = new Uint32Array(aligned, at, documents);
  at += docLengths.byteLength;
  const freqs = new Uint16Array(aligned, at, postings);
  return new Bm25Field({ terms, offsets, docs, freqs, docLengths });
}

/** The index holds the corpus (and the FAQ the ministry wrote): private to the service account. */
const PRIVATE_FILE = { mode: PRIVATE_FILE_MODE };

/** Writes the index into `${dir}` atomically: a half-written index is never loaded. */
export async function saveIndex(dir: string, index: IndexToSave): Promise<void> {
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: PRIVATE_DIR_MODE });
  const header: IndexHeader = {
    formatVersion: INDEX_FORMAT_VERSION,
    builtAt: new Date().toISOString(),
    chunkCount: index.chunks.length,
    fields: {},
  };
  for (const name of SEARCH_FIELD_NAMES) {
    const field = index.fields[name];
    header.fields[name] = {
      terms: field.data.terms.length,
      postings: field.data.docs.length,
      documents: field.data.docLengths.length,
    };
    await writeFile(join(staging, `${name}.terms.json`), JSON.stringify(field.data.terms), PRIVATE_FILE);
    await writeFile(join(staging, `${name}.bin`), fieldBytes(field.data), PRIVATE_FILE);
  }
  await writeFile(join(staging, "chunks.json"), JSON.stringify(index.chunks), PRIVATE_FILE);
  const cache = Object.fromEntries([...index.wordCache].map(([id, words]) => [id, words.join(SEPARATOR)]));
  await writeFile(join(staging, "word-cache.json"), JSON.stringify(cache), PRIVATE_FILE);
  await writeFile(join(staging, "header.json"), JSON.stringify(header, null, 2), PRIVATE_FILE);
  const old = `${dir}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  await rename(dir, old).catch(() => undefined);
  await rename(staging, dir);
  await rm(old, { recursive: true, force: true });
}

/** Loads a saved index, or returns undefined when there is none or it is of an older format. */
export async function loadIndex(dir: string): Promise<StoredIndex | undefined> {
  let headerText: string;
  try {
    headerText = await readFile(join(dir, "header.json"), "utf8");
  } catch {
    return undefined;
  }
  try {
    const header = headerSchema.parse(JSON.parse(headerText));
    if (header.formatVersion !== INDEX_FORMAT_VERSION) return undefined;
    const fields: Partial<SearchFields> = {};
    for (const name of SEARCH_FIELD_NAMES) {
      const meta = header.fields[name];
      if (!meta) return undefined;
      const terms = JSON.parse(await readFile(join(dir, `${name}.terms.json`), "utf8")) as string[];
      fields[name] = fieldFromBytes(await readFile(join(dir, `${name}.bin`)), terms, meta.postings, meta.documents);
    }
    const chunks = JSON.parse(await readFile(join(dir, "chunks.json"), "utf8")) as Chunk[];
    return { header, chunks, fields: fields as SearchFields };
  } catch (error) {
    throw new TaiwaError(
      "index_corrupt",
      `検索インデックスが壊れています: ${dir}。\`npm run -s taiwa -- ingest\` で作り直してください。(The search index is corrupt; re-run ingest.)`,
      { cause: error },
    );
  }
}

/** The analysis cache of a saved index: read only when re-indexing, so serving starts faster. */
export async function loadWordCache(dir: string): Promise<Map<string, string[]>> {
  try {
    const raw = JSON.parse(await readFile(join(dir, "word-cache.json"), "utf8")) as Record<string, string>;
    return new Map(Object.entries(raw).map(([key, joined]) => [key, joined === "" ? [] : joined.split(SEPARATOR)]));
  } catch {
    // A missing or damaged cache only costs a full re-analysis.
    return new Map();
  }
}
