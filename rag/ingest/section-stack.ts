import { floatingOrder, type HeadingMatch } from "./line-structure.ts";

interface OpenHeading {
  title: string;
  style: string;
  rank: number;
  floating: boolean;
}

/** The headings open at the current line, outermost first. */
export class SectionStack {
  private readonly open: OpenHeading[] = [];

  /** Closes the headings this one ends, opens it, and returns the new path. */
  push(title: string, heading: HeadingMatch): string[] {
    if (heading.floating) this.pushFloating(title, heading.style);
    else this.pushFixed(title, heading);
    return this.path();
  }

  path(): string[] {
    return this.open.map((entry) => entry.title);
  }

  /** Chapters, sections and markdown headings (rank ≤ 6) also close open slides and cases; numbered items nest in them. */
  private pushFixed(title: string, heading: HeadingMatch): void {
    const closes = (entry: OpenHeading) => entry.rank >= heading.rank || (entry.floating && heading.rank <= 6);
    while (this.open.length > 0 && closes(this.open[this.open.length - 1]!)) this.open.pop();
    this.open.push({ title, style: heading.style, rank: heading.rank, floating: false });
  }

  /** A floating heading replaces its previous sibling and anything floating inside it, then nests under the rest. */
  private pushFloating(title: string, style: string): void {
    const order = floatingOrder.indexOf(style);
    const cut = this.open.findIndex(
      (entry) => entry.style === style || (entry.floating && floatingOrder.indexOf(entry.style) > order),
    );
    if (cut >= 0) this.open.length = cut;
    const parent = this.open[this.open.length - 1];
    // Just inside the parent, so a heading of the parent's rank closes it again. At the top level it ranks
    // with "1.": a numbered heading starts a new part, while (1), ① and ア. are items inside the slide.
    this.open.push({ title, style, rank: parent ? parent.rank + 0.1 : 10, floating: true });
  }
}
