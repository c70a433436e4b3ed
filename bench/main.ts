import { readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * `npm run bench`: runs every `bench/suites/*.ts` in turn (each prints its own table and writes
 * bench/results/<name>.json). `npm run bench -- <name…>` runs only those.
 */
const here = new URL(".", import.meta.url).pathname;
const suitesDir = join(here, "suites");
const only = process.argv.slice(2);
const files = (await readdir(suitesDir)).filter((file) => file.endsWith(".ts")).sort();
for (const file of files) {
  const name = file.replace(/\.ts$/, "");
  if (only.length > 0 && !only.includes(name)) continue;
  process.stdout.write(`\n=== bench: ${name}\n`);
  const suite = (await import(join(suitesDir, file))) as { run: () => Promise<void> };
  await suite.run();
}
