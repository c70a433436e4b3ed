import { createRequire } from "node:module";
import type * as AdaptiveCards from "adaptivecards";

// The package's ESM build (lib/) uses extensionless imports that Node cannot resolve; its UMD bundle loads fine
// without a DOM, and parsing needs none.
const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js") as typeof AdaptiveCards;

/** Parses a card with the Adaptive Cards SDK, targeting schema 1.5, and returns every parse and validation problem. */
export function adaptiveCardProblems(card: unknown): string[] {
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  adaptiveCard.parse(card, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index += 1) {
    const event = context.getEventAt(index);
    if (event) problems.push(`parse: ${event.message}`);
  }
  for (const event of adaptiveCard.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}
