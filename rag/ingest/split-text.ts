/** Sentences (ending in 。！？ or a line break) with their end marks. */
export function splitSentences(text: string): string[] {
  return text.match(/[^。！？!?\n]+[。！？!?]*[」』)]*|[。！？!?]+/g) ?? [];
}

/** Cuts a text longer than `limit` at sentence ends, then at 、 or anywhere, so no piece passes `limit`. */
export function splitLongText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let current = "";
  const push = () => {
    if (current !== "") pieces.push(current);
    current = "";
  };
  for (const sentence of splitSentences(text)) {
    if (current.length + sentence.length <= limit) {
      current += sentence;
      continue;
    }
    push();
    let rest = sentence;
    while (rest.length > limit) {
      const comma = rest.lastIndexOf("、", limit - 1);
      const cut = comma > limit / 2 ? comma + 1 : limit;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  push();
  return pieces;
}

/** The last whole lines or sentences of a text that fit in `limit` characters; the last `limit` characters when none fits. */
export function tailForOverlap(text: string, limit: number): string {
  if (limit <= 0) return "";
  const lines = text.split("\n");
  let tail = "";
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!;
    const joined = tail === "" ? line : `${line}\n${tail}`;
    if (joined.length <= limit) {
      tail = joined;
      continue;
    }
    const sentences = splitSentences(line);
    let partial = "";
    for (let sentence = sentences.length - 1; sentence >= 0; sentence--) {
      const candidate = `${sentences[sentence]!}${partial}`;
      if (candidate.length + (tail === "" ? 0 : tail.length + 1) > limit) break;
      partial = candidate;
    }
    if (partial !== "") tail = tail === "" ? partial : `${partial}\n${tail}`;
    break;
  }
  if (tail.trim() === "") {
    // No whole sentence fits: start after a comma so the repeated text does not begin mid-word.
    tail = text.slice(-limit);
    const comma = tail.indexOf("、");
    if (comma >= 0 && comma < limit / 2) tail = tail.slice(comma + 1);
  }
  return tail.trim();
}
