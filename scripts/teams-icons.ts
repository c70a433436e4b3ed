/**
 * Draws the Teams app icons and writes them as PNG with node:zlib only (no image tools on build machines):
 * color.png 192×192 (full colour) and outline.png 32×32 (white on transparent, as Teams requires).
 * Run: npx tsx scripts/teams-icons.ts
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

type Pixel = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA, 8 bits per channel, filter 0 on every row. */
export function encodePng(size: number, pixel: (x: number, y: number) => Pixel): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x += 1) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A speech bubble in a unit square: rounded body plus a tail at the lower left. */
function inBubble(u: number, v: number): boolean {
  const inBody = u > 0.15 && u < 0.85 && v > 0.2 && v < 0.68 && roundedCorner(u, v, 0.15, 0.85, 0.2, 0.68, 0.1);
  const inTail = v >= 0.6 && v < 0.84 && u > 0.26 && u < 0.26 + (0.84 - v) * 0.8 && u < 0.45;
  return inBody || inTail;
}

function roundedCorner(
  u: number,
  v: number,
  left: number,
  right: number,
  top: number,
  bottom: number,
  radius: number,
): boolean {
  const cx = Math.min(Math.max(u, left + radius), right - radius);
  const cy = Math.min(Math.max(v, top + radius), bottom - radius);
  return (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2;
}

/** Three dots inside the bubble ("…", a conversation). */
function inDots(u: number, v: number): boolean {
  return [0.33, 0.5, 0.67].some((cx) => (u - cx) ** 2 + (v - 0.44) ** 2 <= 0.05 ** 2);
}

export function colorIcon(): Buffer {
  const navy: Pixel = [31, 78, 121, 255];
  const white: Pixel = [255, 255, 255, 255];
  const red: Pixel = [196, 30, 58, 255];
  return encodePng(192, (x, y) => {
    const u = (x + 0.5) / 192;
    const v = (y + 0.5) / 192;
    if (inBubble(u, v)) return inDots(u, v) ? red : white;
    return navy;
  });
}

export function outlineIcon(): Buffer {
  const white: Pixel = [255, 255, 255, 255];
  const clear: Pixel = [0, 0, 0, 0];
  return encodePng(32, (x, y) => {
    const u = (x + 0.5) / 32;
    const v = (y + 0.5) / 32;
    const edge =
      inBubble(u, v) &&
      !(inBubble(u - 0.07, v) && inBubble(u + 0.07, v) && inBubble(u, v - 0.07) && inBubble(u, v + 0.07));
    return edge || (inBubble(u, v) && inDots(u, v)) ? white : clear;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = new URL("../bots/teams/app-package/", import.meta.url);
  writeFileSync(new URL("color.png", folder), colorIcon());
  writeFileSync(new URL("outline.png", folder), outlineIcon());
  process.stdout.write("wrote bots/teams/app-package/color.png (192×192) and outline.png (32×32)\n");
}
