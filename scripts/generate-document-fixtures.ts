/**
 * Writes the small Japanese PDF and DOCX fixtures under tests/fixtures/documents/.
 * Run once (`npx tsx scripts/generate-document-fixtures.ts`); the outputs are committed, the font is not.
 * Needs a Japanese TrueType font: pass its path as the first argument, or install IPAGothic from `apt-get install fonts-ipafont-gothic`.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { PDFDocument, rgb } from "pdf-lib";

const outputDir = join(import.meta.dirname, "..", "tests", "fixtures", "documents");
const fontCandidates = [
  process.argv[2],
  "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
  "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
].filter((path): path is string => typeof path === "string" && existsSync(path));

/** Two pages; page 1 has a sentence broken over two lines, page 2 a numbered item under a chapter. */
const pdfPages: string[][] = [
  [
    "第1章 総則",
    "",
    "本ガイダンスは、企業が保有する重要技術の流出を防ぐた",
    "めの基本的な考え方を示すものである。",
    "",
    "(1) 対象となる技術",
    "・共同研究で扱う試作品の設計情報",
    "・海外拠点へ移転する製造ノウハウ",
  ],
  [
    "第2章 対策",
    "",
    "① 情報管理",
    "秘密情報を特定し、取り扱える従業員を限定する。",
    "② 契約",
    "共同研究の契約に目的外利用の禁止を定める。",
  ],
];

async function writePdf(fontPath: string): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  // subset: only the glyphs used are embedded, which keeps the fixture a few kilobytes.
  const font = await pdf.embedFont(await readFile(fontPath), { subset: true });
  pdf.setTitle("技術流出対策の手引き(テスト用)");
  for (const lines of pdfPages) {
    const page = pdf.addPage([595, 842]);
    let y = 780;
    for (const line of lines) {
      if (line !== "") page.drawText(line, { x: 60, y, size: 12, font, color: rgb(0, 0, 0) });
      y -= line === "" ? 10 : 18;
    }
  }
  pdf.setCreationDate(new Date("2025-05-01T00:00:00Z"));
  pdf.setModificationDate(new Date("2025-05-01T00:00:00Z"));
  await writeFile(join(outputDir, "sample-ja.pdf"), await pdf.save({ useObjectStreams: true }));
}

async function writeDocx(): Promise<void> {
  const document = new Document({
    creator: "taiwa tests",
    sections: [
      {
        children: [
          new Paragraph({ text: "経済安全保障推進法の概要(テスト用)", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "令和4年5月に成立した法律の柱を整理する。" }),
          new Paragraph({ text: "4つの制度", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: "重要物資の安定的な供給の確保", bullet: { level: 0 } }),
          new Paragraph({ text: "基幹インフラ役務の安定的な提供の確保", bullet: { level: 0 } }),
          new Paragraph({ text: "先端的な重要技術の開発支援", bullet: { level: 0 } }),
          new Paragraph({ text: "特許出願の非公開", bullet: { level: 0 } }),
          new Paragraph({ text: "相談窓口", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: "制度ごとに所管省庁の窓口へ相談する。" }),
        ],
      },
    ],
  });
  await writeFile(join(outputDir, "sample-ja.docx"), await Packer.toBuffer(document));
}

const fontPath = fontCandidates[0];
if (!fontPath) {
  process.stderr.write(
    "日本語フォントが見つかりません (no Japanese font): pass a .ttf path or apt-get install fonts-ipafont-gothic\n",
  );
  process.exit(1);
}
await mkdir(outputDir, { recursive: true });
await writePdf(fontPath);
await writeDocx();
process.stdout.write(`wrote ${outputDir}/sample-ja.pdf and sample-ja.docx\n`);
