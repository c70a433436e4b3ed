/**
 * The Block Kit rules Slack enforces on chat.postMessage / chat.postEphemeral / views.open, as documented
 * at api.slack.com/reference/block-kit: breaking any of them earns `invalid_blocks`.
 * Returns the first problem found, or undefined when the blocks would be accepted.
 */
const BLOCK_TYPES = new Set(["section", "context", "actions", "divider", "header", "input", "image", "rich_text"]);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textObject(value: unknown, max: number, plainOnly = false): string | undefined {
  if (!isObject(value)) return "text object missing";
  if (value.type !== "plain_text" && (plainOnly || value.type !== "mrkdwn"))
    return `bad text type ${String(value.type)}`;
  if (typeof value.text !== "string" || value.text.length === 0) return "empty text";
  if (value.text.length > max) return `text longer than ${max}`;
  return undefined;
}

function element(value: unknown): string | undefined {
  if (!isObject(value)) return "element is not an object";
  if (value.type === "button") {
    if (typeof value.action_id === "string" && value.action_id.length > 255) return "action_id too long";
    if (typeof value.value === "string" && value.value.length > 2000) return "button value too long";
    return textObject(value.text, 75, true);
  }
  if (value.type === "plain_text_input") return undefined;
  return `unsupported element ${String(value.type)}`;
}

export function blockProblem(blocks: unknown, maxBlocks = 50): string | undefined {
  if (!Array.isArray(blocks)) return "blocks is not an array";
  if (blocks.length > maxBlocks) return `more than ${maxBlocks} blocks`;
  for (const block of blocks) {
    if (!isObject(block) || typeof block.type !== "string" || !BLOCK_TYPES.has(block.type)) return "unknown block type";
    if (typeof block.block_id === "string" && block.block_id.length > 255) return "block_id too long";
    switch (block.type) {
      case "section": {
        const problem = textObject(block.text, 3000);
        if (problem) return `section: ${problem}`;
        break;
      }
      case "header": {
        const problem = textObject(block.text, 150, true);
        if (problem) return `header: ${problem}`;
        break;
      }
      case "context": {
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 10)
          return "context elements";
        for (const item of block.elements) {
          const problem = textObject(item, 3000);
          if (problem) return `context: ${problem}`;
        }
        break;
      }
      case "actions": {
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 25)
          return "actions elements";
        for (const item of block.elements) {
          const problem = element(item);
          if (problem) return `actions: ${problem}`;
        }
        break;
      }
      case "input": {
        const problem = textObject(block.label, 2000, true) ?? element(block.element);
        if (problem) return `input: ${problem}`;
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}
