import { readFile } from "node:fs/promises";
import { z } from "zod";
import { TaiwaError } from "../../app/errors.ts";

/** One line of an evaluation set, in the format of the shared eval README. */
export const evalQuestionSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(["ja", "en"]).optional(),
  question: z.string(),
  answerable: z.boolean(),
  category: z.string().optional(),
  evidence: z.array(z.object({ doc: z.string(), quote: z.string() })).default([]),
  answer_facts: z.array(z.string()).default([]),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export function parseEvalLines(text: string, source: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  text.split(/\r?\n/).forEach((line, at) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new TaiwaError(
        "input_malformed",
        `${source}:${at + 1}: JSON として読めません。(line ${at + 1} is not valid JSON)`,
      );
    }
    const parsed = evalQuestionSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TaiwaError(
        "input_malformed",
        `${source}:${at + 1}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "invalid"}`,
      );
    }
    questions.push(parsed.data);
  });
  return questions;
}

export async function readEvalQuestions(path: string): Promise<EvalQuestion[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new TaiwaError("file_unreadable", `質問ファイルを読めません: ${path}(cannot read the question file)`, {
      cause: error,
    });
  }
  return parseEvalLines(text, path);
}
