import { extname } from "node:path";
import { MammothDocxLoader } from "./mammoth-docx-loader.ts";
import { MarkdownLoader } from "./markdown-loader.ts";
import { NodeHtmlParserHtmlLoader } from "./node-html-parser-html-loader.ts";
import { PdfjsPdfLoader } from "./pdfjs-pdf-loader.ts";
import { PlainTextLoader } from "./plain-text-loader.ts";
import type { DocumentLoader } from "./types.ts";

/** Every loader taiwa ships: .txt, .md, .html, .pdf and .docx. */
export function defaultLoaders(): DocumentLoader[] {
  return [
    new PlainTextLoader(),
    new MarkdownLoader(),
    new NodeHtmlParserHtmlLoader(),
    new PdfjsPdfLoader(),
    new MammothDocxLoader(),
  ];
}

/** The loader for a file's extension, if any. */
export function loaderFor(path: string, loaders: DocumentLoader[]): DocumentLoader | undefined {
  const extension = extname(path).toLowerCase();
  return loaders.find((loader) => loader.extensions.includes(extension));
}
