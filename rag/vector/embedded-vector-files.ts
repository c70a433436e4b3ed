import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from "../../app/data-dir-permissions.ts";
import { TaiwaError } from "../../app/errors.ts";

/** What `${dataDir}/vectors/` holds: `index.json` (ids and metadata) beside `vectors.f32` (row-major float32). */
export interface VectorFiles {
  modelId: string;
  dimensions: number;
  chunkIds: string[];
  docIds: string[];
  kinds: string[];
  /** count × dimensions, unit-length rows. */
  matrix: Float32Array;
}

const indexSchema = z.object({
  format: z.literal(1),
  modelId: z.string(),
  dimensions: z.number().int().positive(),
  chunkIds: z.array(z.string()),
  docIds: z.array(z.string()),
  kinds: z.array(z.string()),
});

export async function readVectorFiles(directory: string): Promise<VectorFiles | undefined> {
  const indexPath = join(directory, "index.json");
  if (!existsSync(indexPath)) return undefined;
  const fix = `delete ${directory} and restart: the vectors are rebuilt from the documents`;
  try {
    const index = indexSchema.parse(JSON.parse(await readFile(indexPath, "utf8")));
    const bytes = await readFile(join(directory, "vectors.f32"));
    const count = index.chunkIds.length;
    if (
      index.docIds.length !== count ||
      index.kinds.length !== count ||
      bytes.byteLength !== count * index.dimensions * 4
    ) {
      throw new Error(`${bytes.byteLength} bytes for ${count} vectors of ${index.dimensions} dimensions`);
    }
    // Copy into a fresh, aligned buffer: Buffer slices may start at any byte offset.
    const matrix = new Float32Array(count * index.dimensions);
    new Uint8Array(matrix.buffer).set(bytes);
    return {
      modelId: index.modelId,
      dimensions: index.dimensions,
      chunkIds: index.chunkIds,
      docIds: index.docIds,
      kinds: index.kinds,
      matrix,
    };
  } catch (error) {
    throw new TaiwaError("index_corrupt", `the vector files in ${directory} are unreadable: ${fix}`, { cause: error });
  }
}

/** Writes both files through temporary names so a crash mid-write leaves the previous pair intact. */
export async function writeVectorFiles(directory: string, files: VectorFiles): Promise<void> {
  await mkdir(directory, { recursive: true, mode: PRIVATE_DIR_MODE });
  const count = files.chunkIds.length;
  const bytes = new Uint8Array(files.matrix.buffer, files.matrix.byteOffset, count * files.dimensions * 4);
  const index = {
    format: 1,
    modelId: files.modelId,
    dimensions: files.dimensions,
    chunkIds: files.chunkIds,
    docIds: files.docIds,
    kinds: files.kinds,
  };
  await writeFile(join(directory, "vectors.f32.tmp"), bytes, { mode: PRIVATE_FILE_MODE });
  await writeFile(join(directory, "index.json.tmp"), JSON.stringify(index), { mode: PRIVATE_FILE_MODE });
  await rename(join(directory, "vectors.f32.tmp"), join(directory, "vectors.f32"));
  await rename(join(directory, "index.json.tmp"), join(directory, "index.json"));
}
