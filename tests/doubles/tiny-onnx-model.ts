import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes a tiny BERT-shaped transformers.js model folder, made here rather than downloaded: a WordPiece
 * tokenizer over a few characters and an ONNX graph that is one Gather (token id → row of an embedding table),
 * so `last_hidden_state[token] = table[id]` and the expected sentence vector can be computed by hand.
 */
export const TINY_VOCABULARY = [
  "[PAD]",
  "[UNK]",
  "[CLS]",
  "[SEP]",
  "経",
  "済",
  "安",
  "全",
  "保",
  "障",
  "輸",
  "出",
  "規",
  "制",
];
export const TINY_HIDDEN = 8;

/** Row `id` of the embedding table: deterministic, distinct per token. */
export function tinyRow(id: number): number[] {
  return Array.from({ length: TINY_HIDDEN }, (_, column) => Math.sin((id + 1) * (column + 1)));
}

export function writeTinyModel(folder: string): void {
  mkdirSync(join(folder, "onnx"), { recursive: true });
  writeFileSync(
    join(folder, "config.json"),
    JSON.stringify({ model_type: "bert", hidden_size: TINY_HIDDEN, vocab_size: TINY_VOCABULARY.length }),
  );
  writeFileSync(
    join(folder, "tokenizer_config.json"),
    JSON.stringify({
      tokenizer_class: "BertTokenizer",
      model_max_length: 64,
      do_lower_case: true,
      pad_token: "[PAD]",
      unk_token: "[UNK]",
      cls_token: "[CLS]",
      sep_token: "[SEP]",
    }),
  );
  writeFileSync(
    join(folder, "tokenizer.json"),
    JSON.stringify({
      version: "1.0",
      truncation: null,
      padding: null,
      added_tokens: TINY_VOCABULARY.slice(0, 4).map((content, id) => ({
        id,
        content,
        single_word: false,
        lstrip: false,
        rstrip: false,
        normalized: false,
        special: true,
      })),
      normalizer: {
        type: "BertNormalizer",
        clean_text: true,
        handle_chinese_chars: true,
        strip_accents: null,
        lowercase: true,
      },
      pre_tokenizer: { type: "BertPreTokenizer" },
      post_processor: { type: "BertProcessing", sep: ["[SEP]", 3], cls: ["[CLS]", 2] },
      decoder: { type: "WordPiece", prefix: "##", cleanup: true },
      model: {
        type: "WordPiece",
        unk_token: "[UNK]",
        continuing_subword_prefix: "##",
        max_input_chars_per_word: 100,
        vocab: Object.fromEntries(TINY_VOCABULARY.map((token, id) => [token, id])),
      },
    }),
  );
  writeFileSync(join(folder, "onnx", "model.onnx"), tinyOnnxModel());
}

const FLOAT = 1;
const INT64 = 7;

function tinyOnnxModel(): Uint8Array {
  const table = new Float32Array(TINY_VOCABULARY.flatMap((_, id) => tinyRow(id)));
  const initializer = message([
    ...[TINY_VOCABULARY.length, TINY_HIDDEN].map((dim) => varintField(1, dim)),
    varintField(2, FLOAT),
    stringField(8, "embeddings"),
    bytesField(9, new Uint8Array(table.buffer)),
  ]);
  const node = message([
    stringField(1, "embeddings"),
    stringField(1, "input_ids"),
    stringField(2, "last_hidden_state"),
    stringField(3, "lookup"),
    stringField(4, "Gather"),
  ]);
  const graph = message([
    bytesField(1, node),
    stringField(2, "tiny"),
    bytesField(5, initializer),
    bytesField(11, valueInfo("input_ids", INT64, ["batch", "sequence"])),
    bytesField(11, valueInfo("attention_mask", INT64, ["batch", "sequence"])),
    bytesField(12, valueInfo("last_hidden_state", FLOAT, ["batch", "sequence", TINY_HIDDEN])),
  ]);
  const opset = message([stringField(1, ""), varintField(2, 13)]);
  return message([varintField(1, 8), stringField(2, "taiwa-tests"), bytesField(7, graph), bytesField(8, opset)]);
}

function valueInfo(name: string, elementType: number, dims: (string | number)[]): Uint8Array {
  const shape = message(
    dims.map((dim) => bytesField(1, message([typeof dim === "number" ? varintField(1, dim) : stringField(2, dim)]))),
  );
  const tensorType = message([varintField(1, elementType), bytesField(2, shape)]);
  return message([stringField(1, name), bytesField(2, message([bytesField(1, tensorType)]))]);
}

// Protocol buffers wire format, just what ONNX needs: varints (wire type 0) and length-delimited fields (2).
function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}
function varintField(field: number, value: number): Uint8Array {
  return Uint8Array.from([...varint(field * 8), ...varint(value)]);
}
function bytesField(field: number, value: Uint8Array): Uint8Array {
  return Uint8Array.from([...varint(field * 8 + 2), ...varint(value.length), ...value]);
}
function stringField(field: number, value: string): Uint8Array {
  return bytesField(field, new TextEncoder().encode(value));
}
function message(fields: Uint8Array[]): Uint8Array {
  const total = fields.reduce((sum, field) => sum + field.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const field of fields) {
    out.set(field, offset);
    offset += field.length;
  }
  return out;
}
