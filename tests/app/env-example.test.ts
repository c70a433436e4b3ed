import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema, loadConfig } from "../../app/config.ts";

const example = readFileSync(join(import.meta.dirname, "..", "..", ".env.example"), "utf8");
const README = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");

describe(".env.example and README", () => {
  it.each(Object.keys(configSchema.shape))("documents %s with a comment", (name) => {
    const line = new RegExp(`^#?\\s*${name}=`, "m");
    expect(example).toMatch(line);
    const at = example.search(line);
    expect(example.slice(0, at).trimEnd().split("\n").at(-1)).toMatch(/^#/);
  });

  it.each(Object.keys(configSchema.shape))("lists %s in README's configuration table", (name) => {
    expect(README).toContain(name);
  });

  it("parses as a valid configuration once its empty values are left out", () => {
    const env = Object.fromEntries(
      example
        .split("\n")
        .filter((line) => /^[A-Z_]+=.+/.test(line))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    expect(() => loadConfig(env)).not.toThrow();
  });
});
