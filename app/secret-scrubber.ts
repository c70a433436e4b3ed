import type { Config } from "./config.ts";

/** The settings that hold credentials; their values never reach a log line or an error message on the terminal. */
export type SecretSettings = Partial<
  Pick<
    Config,
    | "SLACK_BOT_TOKEN"
    | "SLACK_APP_TOKEN"
    | "SLACK_SIGNING_SECRET"
    | "MICROSOFT_APP_PASSWORD"
    | "OPENAI_API_KEY"
    | "QDRANT_API_KEY"
    | "DATABASE_URL"
  >
>;

export const REDACTED = "[REDACTED]";

/** Credential shapes worth hiding even when no setting names them (a token from another workspace, a user token). */
const PATTERNS: [RegExp, string][] = [
  // Authorization headers, whatever the library calls them (long enough not to eat prose like "Basic Information").
  [/\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/g, `Bearer ${REDACTED}`],
  [/\bBasic\s+[A-Za-z0-9+/]{16,}={0,2}/g, `Basic ${REDACTED}`],
  // Slack tokens (bot, user, app, refresh, config).
  [/\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g, REDACTED],
  // OpenAI-style keys.
  [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
  // user:password@ in any URL (DATABASE_URL, a proxy URL).
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@"]+:[^/\s@"]+@/gi, `$1${REDACTED}@`],
];

/** Too short to replace safely: a one-letter "secret" would blank out the log. */
const MIN_SECRET_CHARS = 6;

/**
 * Replaces every configured secret value (as written and as JSON-escaped) and every credential-shaped string in
 * `text`. Applied to each finished log line, so no error shape (axios configs, raw request headers) can carry one out.
 */
export function secretScrubber(settings: SecretSettings): (text: string) => string {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(settings)) {
    if (typeof value !== "string" || value === "") continue;
    if (name === "DATABASE_URL") {
      for (const part of userinfoOf(value)) values.add(part);
      continue;
    }
    values.add(value);
  }
  const needles = [...values]
    .filter((value) => value.length >= MIN_SECRET_CHARS)
    .flatMap((value) => [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)])
    // Longest first, so a secret that contains another is replaced whole.
    .sort((left, right) => right.length - left.length);
  return (text) => {
    let scrubbed = text;
    for (const needle of needles) if (scrubbed.includes(needle)) scrubbed = scrubbed.split(needle).join(REDACTED);
    for (const [pattern, replacement] of PATTERNS) scrubbed = scrubbed.replace(pattern, replacement);
    return scrubbed;
  };
}

function userinfoOf(url: string): string[] {
  try {
    const parsed = new URL(url);
    const password = decodeURIComponent(parsed.password);
    return password ? [password, parsed.password] : [];
  } catch {
    return [];
  }
}
