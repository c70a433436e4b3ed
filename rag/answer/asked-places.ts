/**
 * A row that gives one figure per country (「自動車・自動車部品　追加関税率:25% ・メキシコ、カナダからの…当面无税・英国は…
 * 以降25%。日本、EUについては、MFN税率等を含め15%。韓国については15%で合意」): a question about one of those places
 * (「日本の自動車の関税率」, "Japanese cars") is answered by the row's head and the pieces that name that place. The
 * other places' terms answer another asker.
 */

/** A row's sentences, and the items it sets apart with ・ (「25% ・メキシコ…」「当面无税・英国は…」). */
const PIECE_END = /(?<=。)|(?=\s*・)/u;

/** What joins the pieces kept when pieces between them are left out. */
const GAP = " … ";

/** How far into a piece the place it is about stands: 「日本、EUについては」「・英国は」, not 「…非米国部分のみ」. */
const OPENING_CHARS = 8;

/**
 * The line with only its head and the pieces about an asked place, when its pieces are about two or more places and
 * at least one is about an asked place and another about none; otherwise the line as it is. `placesIn` reads the
 * places a text names (kuromoji's 固有名詞・地域).
 */
export function withAskedPlace(
  line: string,
  asked: ReadonlySet<string>,
  placesIn: (text: string) => readonly string[],
): string {
  if (asked.size === 0) return line;
  const opening = (piece: string) => placesIn(piece.replace(/^[\s・]+/u, "").slice(0, OPENING_CHARS));
  // Each piece with the places it is about. A ・ that does not open a place's piece joins the words of one item
  // (自動車・自動車部品).
  const pieces: { text: string; about: readonly string[] }[] = [];
  for (const text of line.split(PIECE_END)) {
    if (text.length === 0) continue;
    const about = opening(text);
    const last = pieces.at(-1);
    if (last && /^\s*・/u.test(text) && about.length === 0) {
      last.text += text;
      // A short piece's opening runs on into what joined it.
      last.about = opening(last.text);
    } else pieces.push({ text, about });
  }
  if (pieces.length < 3) return line;
  const names = (places: readonly string[]) => places.some((place) => asked.has(place));
  const placed = pieces.filter(({ about }) => about.length > 0).map(({ about }) => about);
  if (placed.length < 2 || !placed.some(names) || placed.every(names)) return line;
  // The head: the pieces before the first about a place (the row's name and its general figure).
  const firstPlaced = pieces.findIndex(({ about }) => about.length > 0);
  const keep = pieces.map(({ about }, at) => at < firstPlaced || names(about));
  let kept = "";
  pieces.forEach(({ text }, at) => {
    if (!keep[at]) return;
    const gap = at > 0 && !keep[at - 1] && kept.length > 0;
    kept = gap ? `${kept.trimEnd()}${GAP}${text.replace(/^[\s・]+/u, "")}` : `${kept}${text}`;
  });
  return kept.trim();
}
