import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DOMAIN_SYNONYM_GROUPS } from "./domain-synonyms.ts";

interface SudachiItem {
  expandControl: 0 | 1 | 2;
  vocabularyNumber: number | undefined;
  midashi: string;
}
interface SudachiGroup {
  id: string;
  items: SudachiItem[];
}

const fold = (term: string) => term.normalize("NFKC").toLowerCase();

/**
 * Term → interchangeable terms, from Sudachi's maintained synonym dictionary (only entries of the
 * same lexeme: spelling variants, abbreviations, translations) plus our domain list.
 */
export class SynonymDictionary {
  private constructor(private readonly variants: Map<string, string[]>) {}

  static fromGroups(groups: readonly string[][]): SynonymDictionary {
    const dictionary = new SynonymDictionary(new Map());
    for (const group of groups) dictionary.addGroup(group.map(fold), true);
    return dictionary;
  }

  /** Sudachi's dictionary (npm package sudachi-synonyms-dictionary) plus the domain groups. */
  static loadDefault(): SynonymDictionary {
    // The package's exports hide the JSON file; resolve its folder through the main entry.
    const require = createRequire(import.meta.url);
    const folder = dirname(require.resolve("sudachi-synonyms-dictionary"));
    const groups = JSON.parse(readFileSync(join(folder, "sudachi-synonyms-dictionary.json"), "utf8")) as SudachiGroup[];
    const dictionary = new SynonymDictionary(new Map());
    for (const group of groups) {
      const byLexeme = new Map<number, SudachiItem[]>();
      for (const item of group.items) {
        if (item.expandControl === 2 || item.vocabularyNumber === undefined) continue;
        const list = byLexeme.get(item.vocabularyNumber) ?? [];
        list.push(item);
        byLexeme.set(item.vocabularyNumber, list);
      }
      for (const items of byLexeme.values()) {
        if (items.length < 2) continue;
        const triggers = items.filter((item) => item.expandControl === 0).map((item) => fold(item.midashi));
        const all = items.map((item) => fold(item.midashi));
        for (const trigger of triggers) dictionary.link(trigger, all);
      }
    }
    for (const group of DOMAIN_SYNONYM_GROUPS) dictionary.addGroup(group.map(fold), true);
    return dictionary;
  }

  private addGroup(terms: string[], prepend: boolean): void {
    for (const term of terms) this.link(term, terms, prepend);
  }

  private link(term: string, group: string[], prepend = false): void {
    const existing = this.variants.get(term) ?? [];
    const others = group.filter((other) => other !== term && !existing.includes(other));
    this.variants.set(term, prepend ? [...others, ...existing] : [...existing, ...others]);
  }

  /** Variants of a term (not including itself), at most `limit`. */
  lookup(term: string, limit = 4): string[] {
    return (this.variants.get(fold(term)) ?? []).slice(0, limit);
  }

  /** Domain terms that occur anywhere in the text (multi-word ones included), with their variants. */
  *domainMatches(foldedText: string): Generator<{ term: string; variants: string[] }> {
    for (const group of DOMAIN_SYNONYM_GROUPS) {
      for (const raw of group) {
        const term = fold(raw);
        // Short ASCII abbreviations (sc, el, us) only as whole words.
        const found = /^[a-z&]{1,3}$/.test(term)
          ? new RegExp(`(^|[^a-z])${term}([^a-z]|$)`).test(foldedText)
          : foldedText.includes(term);
        if (found) yield { term, variants: group.map(fold).filter((other) => other !== term) };
      }
    }
  }
}
