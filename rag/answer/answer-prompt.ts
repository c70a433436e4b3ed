import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TaiwaError } from "../../app/errors.ts";
import type { Language, Passage } from "../types.ts";

/** The prompt files of one version, read once at start. */
export interface AnswerPrompts {
  version: string;
  system: string;
  userTemplate: string;
}

const defaultDirectory = new URL("../../prompts/", import.meta.url).pathname;

/** Reads `prompts/answer.system.<version>.ja.md` and `prompts/answer.user.<version>.md`. */
export function loadAnswerPrompts(options: { version?: string; directory?: string } = {}): AnswerPrompts {
  const version = options.version ?? "v1";
  const directory = options.directory ?? defaultDirectory;
  try {
    return {
      version,
      system: readFileSync(join(directory, `answer.system.${version}.ja.md`), "utf8").trim(),
      userTemplate: readFileSync(join(directory, `answer.user.${version}.md`), "utf8").trim(),
    };
  } catch (error) {
    throw new TaiwaError(
      "config_invalid",
      `the answer prompts (${version}) are missing from ${directory}: reinstall taiwa`,
      { cause: error },
    );
  }
}

/** Fills the user template: numbered sources, the question fenced so its text cannot pose as instructions. */
export function renderUserPrompt(options: {
  prompts: AnswerPrompts;
  question: string;
  context?: string;
  passages: Passage[];
  lang: Language;
  maxSourceChars: number;
}): string {
  const sources = options.passages
    .map((passage, index) => formatSource(index + 1, passage, options.maxSourceChars))
    .join("\n\n");
  const values: Record<string, string> = {
    sources,
    context: options.context ? fence(options.context) : "(なし / none)",
    question: fence(options.question),
    language: options.lang === "en" ? "English" : "Japanese (日本語)",
  };
  // One pass, so a value that itself contains "{{…}}" is never expanded.
  return options.prompts.userTemplate.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}

function formatSource(n: number, passage: Passage, maxChars: number): string {
  const { chunk } = passage;
  const origin = [chunk.issuer, chunk.date, chunk.version].filter(Boolean).join(", ");
  const where = [...chunk.sectionPath, chunk.page !== undefined ? `p.${chunk.page}` : ""].filter(Boolean).join(" › ");
  const text = chunk.text.length > maxChars ? `${chunk.text.slice(0, maxChars)}…` : chunk.text;
  return `[${n}] ${chunk.title}${origin ? ` (${origin})` : ""}${where ? ` — ${where}` : ""}\n${fence(text)}`;
}

/** Strips the tags we wrap user text in, so a question cannot close its own fence. */
function fence(text: string): string {
  return text.replace(/<\/?(question|source)>/gi, "");
}
