import type { Language } from "../rag/types.ts";

/** English when the browser prefers English (Accept-Language); Japanese otherwise. */
export function requestLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return "ja";
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const first = ranked.find((entry) => entry.tag.startsWith("en") || entry.tag.startsWith("ja"));
  return first?.tag.startsWith("en") ? "en" : "ja";
}
