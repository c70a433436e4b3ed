import { floatingOrder, type HeadingMatch } from "./line-structure.ts";

interface OpenHeading {
  title: string;
  style: string;
  rank: number;
  floating: boolean;
  /** The number a numbered heading (「3. 経営者等が…」) starts with. */
  number?: number;
  /** A numbered item of a slide's own list. */
  inSlide?: boolean;
}

/** 「3. 経営者等が認識すべき原則」 → 3. */
function leadingNumber(title: string): number | undefined {
  const match = /^(\d{1,2})[.．]/u.exec(title.normalize("NFKC"));
  return match ? Number(match[1]) : undefined;
}

/** The headings open at the current line, outermost first. */
export class SectionStack {
  private readonly open: OpenHeading[] = [];
  /** Whether the last heading pushed was a numbered item of a slide's own list. */
  private inSlide = false;

  /** Closes the headings this one ends, opens it, and returns the new path. */
  push(title: string, heading: HeadingMatch): string[] {
    this.inSlide = false;
    if (heading.floating) this.pushFloating(title, heading.style);
    else this.pushFixed(title, heading);
    return this.path();
  }

  /** True when the last heading pushed numbers an item of a slide's own list (see `pushNumberedInSlide`). */
  numberedInSlide(): boolean {
    return this.inSlide;
  }

  path(): string[] {
    return this.open.map((entry) => entry.title);
  }

  /** Chapters, sections and markdown headings (rank ≤ 6) also close open slides and cases; numbered items nest in them. */
  private pushFixed(title: string, heading: HeadingMatch): void {
    if (this.pushNumberedInSlide(title, heading)) return;
    const closes = (entry: OpenHeading) => entry.rank >= heading.rank || (entry.floating && heading.rank <= 6);
    while (this.open.length > 0 && closes(this.open[this.open.length - 1]!)) this.open.pop();
    this.open.push({ title, style: heading.style, rank: heading.rank, floating: false, number: leadingNumber(title) });
  }

  /**
   * A slide's own numbered list (「ガイドライン(案)の構成」 then 「1. はじめに」「2. 基本方針」…) restarts at 1 under a
   * part that is already numbered (「4. 官民連携の一層の推進」): the restart says it is inside the slide, not the
   * document's next part. Its later items nest there too while they go on counting; any other number is a part.
   */
  private pushNumberedInSlide(title: string, heading: HeadingMatch): boolean {
    const number = leadingNumber(title);
    if (heading.style !== "number" || number === undefined) return false;
    const lastAt = this.open.findLastIndex((entry) => entry.style === "number");
    const last = this.open[lastAt];
    if (last?.inSlide && number === (last.number ?? -1) + 1) {
      this.open.length = lastAt;
      this.open.push({ title, style: heading.style, rank: last.rank, floating: false, number, inSlide: true });
      this.inSlide = true;
      return true;
    }
    const slideAt = this.open.findLastIndex((entry) => entry.floating);
    if (number !== 1 || slideAt < 0 || lastAt < 0 || lastAt > slideAt) return false;
    this.open.length = slideAt + 1;
    const rank = this.open[slideAt]!.rank + 0.05;
    this.open.push({ title, style: heading.style, rank, floating: false, number, inSlide: true });
    this.inSlide = true;
    return true;
  }

  /** A floating heading replaces its previous sibling and anything floating inside it, then nests under the rest. */
  private pushFloating(title: string, style: string): void {
    const order = floatingOrder.indexOf(style);
    // Inside an item of a slide's own list (「3. アクションプランの策定」 then 「産業支援策 (Promotion)」), a title is the
    // item's, as it is under a numbered part: the slide around the list stays open.
    const from = this.open.findLastIndex((entry) => entry.inSlide) + 1;
    const found = this.open
      .slice(from)
      .findIndex((entry) => entry.style === style || (entry.floating && floatingOrder.indexOf(entry.style) > order));
    const cut = found < 0 ? -1 : from + found;
    if (cut >= 0) this.open.length = cut;
    const parent = this.open[this.open.length - 1];
    // Just inside the parent, so a heading of the parent's rank closes it again. At the top level it ranks
    // with "1.": a numbered heading starts a new part, while (1), ① and ア. are items inside the slide.
    this.open.push({ title, style, rank: parent ? parent.rank + 0.1 : 10, floating: true });
  }
}
