/** Adaptive Card JSON as Teams receives it. Kept as plain data: the schema is validated in tests with `adaptivecards`. */
export type CardElement = { type: string } & Record<string, unknown>;

export interface AdaptiveCardJson {
  type: "AdaptiveCard";
  $schema: string;
  /** 1.5 is the newest schema Teams renders on desktop, web and mobile. */
  version: "1.5";
  body: CardElement[];
  actions?: CardElement[];
  msteams?: { width: "Full" };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/** Teams rejects a message above about 28 KB; we stay below with room for the activity envelope. */
export const CARD_BYTE_BUDGET = 24_000;

export function adaptiveCard(body: CardElement[], actions?: CardElement[]): AdaptiveCardJson {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
    msteams: { width: "Full" },
  };
}

export function cardBytes(card: AdaptiveCardJson): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}

export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: "TextBlock", text, wrap: true, ...options };
}

/** Teams renders a subset of Markdown in TextBlocks; characters that would start markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]])/g, "\\$1");
}
