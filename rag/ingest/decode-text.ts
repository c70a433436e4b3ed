/** Decoded text, or why the bytes are not text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
// Older Japanese government files are often Shift_JIS (Windows-31J); Node's full ICU decodes it.
const shiftJis = new TextDecoder("shift_jis", { fatal: true });

/** Control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd) controls++;
  }
  return controls / text.length;
}

/** Decodes a text file (UTF-8, UTF-16 with BOM, or Shift_JIS); binary garbage is refused. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "空のファイルです (empty file)" };
  let text: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else if (bytes.includes(0)) return { ok: false, reason: "バイナリファイルです (binary content, not text)" };
  if (text === undefined) {
    try {
      text = utf8.decode(bytes);
    } catch {
      try {
        text = shiftJis.decode(bytes);
      } catch {
        return { ok: false, reason: "文字コードを判別できません (not UTF-8 or Shift_JIS text)" };
      }
    }
  }
  if (controlShare(text) > 0.01) return { ok: false, reason: "バイナリファイルです (binary content, not text)" };
  if (text.trim() === "") return { ok: false, reason: "本文がありません (no text)" };
  return { ok: true, text };
}
