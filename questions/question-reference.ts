import { createHash } from "node:crypto";

/** Crockford's base32: no I, L, O or U, so a reference read over the phone is not misheard. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * What askers are shown for a logged question (「受付番号」): eight characters derived from the entry's event key,
 * e.g. `7K2M-QX9D`. The log's own id is a running number that would tell anyone how many questions were logged;
 * the event key is unique per entry and chosen by the surface (Slack event id, Teams activity id, a random id on the
 * web), so the reference reveals neither the count nor the question. The console shows the same reference.
 */
export function questionReference(eventKey: string): string {
  const digest = createHash("sha256").update(`taiwa-reference\u0000${eventKey}`).digest();
  let value = digest.readUIntBE(0, 5); // 40 bits = 8 base32 characters
  let text = "";
  for (let index = 0; index < 8; index += 1) {
    text = ALPHABET[value % 32] + text;
    value = Math.floor(value / 32);
  }
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}
