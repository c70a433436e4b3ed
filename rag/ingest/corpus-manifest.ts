import { readFile } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
import { z } from "zod";
import { TaiwaError } from "../../app/errors.ts";
import { DOCUMENT_KINDS, type DocumentMeta } from "../types.ts";
import { dateFromFileName, parseJapaneseDate } from "./japanese-date.ts";

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD");

export const manifestDocumentSchema = z.object({
  docId: z
    .string()
    .min(1)
    .regex(/^[^/\\]+$/, "no slashes in a docId"),
  /** Path of the file, relative to the manifest (matched by its name when the file lives elsewhere). */
  file: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1).optional(),
  date: isoDate.optional(),
  kind: z.enum(DOCUMENT_KINDS),
  url: z.url().optional(),
  version: z.string().min(1).optional(),
  supersedes: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).optional(),
});

/** A file to download from an official site (`fetch-sources`). */
export const manifestSourceSchema = z.object({
  docId: z.string().min(1).optional(),
  /** Direct download URL. */
  url: z.url(),
  /** Target path, relative to the manifest. */
  file: z.string().min(1),
  /** The page that links the file, for downloading by hand. */
  page: z.url().optional(),
  /** Caveat for maintainers, e.g. that the direct URL could not be verified. */
  note: z.string().optional(),
});

export const corpusManifestSchema = z.object({
  description: z.string().optional(),
  documents: z.array(manifestDocumentSchema).default([]),
  sources: z.array(manifestSourceSchema).default([]),
});

export type ManifestDocument = z.infer<typeof manifestDocumentSchema>;
export type ManifestSource = z.infer<typeof manifestSourceSchema>;
export interface CorpusManifest extends z.infer<typeof corpusManifestSchema> {
  /** Absolute folder the manifest's relative paths start from. */
  baseDir: string;
}

/** Reads and validates a manifest; a bad one is a TaiwaError naming every problem. */
export async function readManifest(request: { path: string }): Promise<CorpusManifest> {
  let raw: string;
  try {
    raw = await readFile(request.path, "utf8");
  } catch (error) {
    throw new TaiwaError("file_unreadable", `マニフェストを読めません (cannot read manifest ${request.path})`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new TaiwaError(
      "input_malformed",
      `マニフェストが JSON ではありません (manifest ${request.path} is not valid JSON)`,
      { cause: error },
    );
  }
  const parsed = corpusManifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new TaiwaError(
      "input_malformed",
      `マニフェストに誤りがあります (invalid manifest ${request.path}): ${problems}`,
    );
  }
  const docIds = new Set<string>();
  for (const document of parsed.data.documents) {
    if (docIds.has(document.docId)) {
      throw new TaiwaError(
        "input_malformed",
        `マニフェストで docId が重複しています (duplicate docId ${document.docId} in ${request.path})`,
      );
    }
    docIds.add(document.docId);
  }
  return { ...parsed.data, baseDir: dirname(resolve(request.path)) };
}

/** The manifest entry for a file: by its resolved path first, then by file name. */
export function findManifestDocument(manifests: CorpusManifest[], path: string): ManifestDocument | undefined {
  const absolute = resolve(path);
  for (const manifest of manifests) {
    const exact = manifest.documents.find((document) => resolve(manifest.baseDir, document.file) === absolute);
    if (exact) return exact;
  }
  const name = basename(absolute);
  for (const manifest of manifests) {
    const byName = manifest.documents.find((document) => basename(document.file) === name);
    if (byName) return byName;
  }
  return undefined;
}

/** DocumentMeta of a manifest entry (the entry minus its file path). */
export function metaFromManifest(document: ManifestDocument): DocumentMeta {
  const { file: _file, ...meta } = document;
  return meta;
}

/** Without a manifest entry: docId from the file name, title from the first heading or line, date from name or text. */
export function inferMeta(request: { path: string; text: string }): DocumentMeta {
  const fileName = basename(request.path);
  const docId = fileName.slice(0, fileName.length - extname(fileName).length) || fileName;
  const lines = request.text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const heading = lines.find((line) => /^#{1,6}\s+\S/.test(line));
  const firstLine = (heading ?? lines[0] ?? "").replace(/^#{1,6}\s+/, "");
  const title = firstLine.length > 0 && firstLine.length <= 120 ? firstLine : docId;
  const date = dateFromFileName(fileName) ?? parseJapaneseDate(lines.slice(0, 30).join("\n"));
  const meta: DocumentMeta = { docId, title, kind: "other" };
  if (date) meta.date = date;
  return meta;
}
