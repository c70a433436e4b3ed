import { z } from "zod";
import { TaiwaError } from "./errors.ts";

/**
 * Every setting taiwa reads, parsed once at start-up. Nothing else reads process.env.
 * Each entry's description is the fix shown when the variable is missing or wrong.
 */
const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

/** Like booleanFlag, but an unset variable means true. */
const booleanFlagDefaultTrue = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === undefined || value === "" || value === "true" || value === "1");

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const optionalUrl = optionalString.pipe(z.url().optional());

/** A URL people open: http or https only (a `javascript:` base URL would end up in links and cookies). */
const optionalWebUrl = optionalString.pipe(z.url({ protocol: /^https?$/ }).optional());

/** An empty `PORT=` (as left by a template) means unset, i.e. the default, never port 0 (a random port). */
const port = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.coerce.number().int().min(0).max(65535).default(3000),
);

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  TAIWA_DATA_DIR: z.string().min(1).default("./data"),
  TAIWA_CORPUS_DIR: z.string().min(1).default("./corpus"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_QUESTIONS: booleanFlag,

  PORT: port,
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_BASE_URL: optionalWebUrl,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
  MAX_QUESTION_CHARS: z.coerce.number().int().positive().default(2000),
  /** 👎 and 「省庁に確認する」 from the web chat each add a log entry: this many per client address per hour. */
  WEB_FEEDBACK_PER_HOUR: z.coerce.number().int().positive().default(20),
  /** Proxies in front of taiwa that append to X-Forwarded-For; 0 = use the socket address. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** How long SIGTERM waits for questions in flight before closing the remaining connections. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),

  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .optional(),
  ),
  ORGANISATION_MAP: optionalString,
  RETENTION_DAYS: z.coerce.number().int().positive().optional(),
  CONSOLE_SESSION_MINUTES: z.coerce.number().int().positive().default(480),
  ANSWER_TARGET_HOURS: z.coerce.number().int().positive().default(72),

  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString.pipe(z.string().startsWith("xoxb-").optional()),
  SLACK_APP_TOKEN: optionalString.pipe(z.string().startsWith("xapp-").optional()),
  SLACK_API_URL: optionalUrl,
  SLACK_SLASH_COMMAND: z.string().startsWith("/").default("/taiwa"),
  SLACK_RATE_LIMIT_PER_USER: z.coerce.number().int().positive().default(10),
  SLACK_RATE_LIMIT_PER_WORKSPACE: z.coerce.number().int().positive().default(300),

  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  MICROSOFT_APP_TYPE: z.enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"]).default("MultiTenant"),
  BOTFRAMEWORK_OPENID_METADATA_URL: optionalUrl,
  BOTFRAMEWORK_TOKEN_URL: optionalUrl,
  TEAMS_ALLOWED_SERVICE_URLS: optionalString,

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_CHAT_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_EMBEDDING_MODEL: optionalString,
  OPENAI_EMBEDDING_DIMENSIONS: z.coerce.number().int().positive().optional(),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  EMBEDDING_MODEL_DIR: optionalString,
  OPENAI_API_VERSION: optionalString,
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  OPENAI_JSON_MODE: booleanFlagDefaultTrue,
  OPENAI_EMBEDDING_BATCH_SIZE: z.coerce.number().int().min(1).max(2048).default(64),
  GENERATED_ANSWERS: booleanFlagDefaultTrue,
  ANSWER_PROMPT_VERSION: z
    .string()
    .regex(/^v\d+$/)
    .default("v1"),
  HYBRID_LEXICAL_WEIGHT: z.coerce.number().min(0).default(1),
  HYBRID_DENSE_WEIGHT: z.coerce.number().min(0).default(1),

  QDRANT_URL: optionalUrl,
  QDRANT_API_KEY: optionalString,
  QDRANT_COLLECTION: z.string().min(1).default("taiwa"),
});

export type Config = z.infer<typeof configSchema>;

const fixes: Partial<Record<keyof Config, string>> = {
  PORT: "set a port number between 0 and 65535, e.g. PORT=3000",
  DATABASE_URL:
    "use a PostgreSQL URL such as postgres://user:password@127.0.0.1:5432/taiwa, or unset it to use the embedded SQLite log",
  SLACK_BOT_TOKEN: "copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions in your Slack app",
  SLACK_APP_TOKEN:
    "create an app-level token (xapp-…) with connections:write under Basic Information → App-Level Tokens",
  SLACK_SIGNING_SECRET: "copy it from Basic Information → App Credentials in your Slack app",
  SLACK_SLASH_COMMAND: "start it with a slash, e.g. /taiwa, and use the same name as in the Slack app's Slash Commands",
  SLACK_RATE_LIMIT_PER_USER: "use a whole number of questions per minute per Slack user, e.g. 10",
  SLACK_RATE_LIMIT_PER_WORKSPACE: "use a whole number of questions per minute per Slack workspace, e.g. 300",
  MICROSOFT_APP_TYPE: "use SingleTenant, MultiTenant or UserAssignedMSI, as registered for your Azure Bot",
  BOTFRAMEWORK_OPENID_METADATA_URL:
    "use the URL of an OpenID metadata document, e.g. https://login.botframework.com/v1/.well-known/openidconfiguration, or unset it",
  BOTFRAMEWORK_TOKEN_URL:
    "use the full URL of an OAuth 2.0 token endpoint (client credentials), or unset it to use Entra ID",
  OPENAI_BASE_URL: "use the full base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1",
  QDRANT_URL: "use the Qdrant REST URL, e.g. http://127.0.0.1:6333",
  OPENAI_MAX_RETRIES: "use a whole number from 0 to 10 (retries after a 429, a 5xx or a dropped connection)",
  OPENAI_JSON_MODE: "use true or false (false for servers that reject response_format)",
  OPENAI_EMBEDDING_BATCH_SIZE: "use a whole number from 1 to 2048 (texts per embeddings request)",
  GENERATED_ANSWERS: "use true or false (false keeps extractive answers even with a chat model configured)",
  ANSWER_PROMPT_VERSION: "use a prompt version present in prompts/, e.g. v1",
  HYBRID_LEXICAL_WEIGHT: "use a number ≥ 0, e.g. 1",
  HYBRID_DENSE_WEIGHT: "use a number ≥ 0, e.g. 1",
  LOG_QUESTIONS: "use true or false",
  HOST: "use an interface address such as 127.0.0.1 (this machine only) or 0.0.0.0 (all interfaces, e.g. in a container)",
  PUBLIC_BASE_URL: "use the URL people open, e.g. https://taiwa.example.go.jp (no trailing path)",
  RATE_LIMIT_PER_MINUTE: "set a whole number of questions each client may ask per minute, e.g. 60",
  MAX_QUESTION_CHARS: "set the longest question accepted, in characters, e.g. 2000",
  WEB_FEEDBACK_PER_HOUR:
    "set how many 👎 / 「省庁に確認する」 entries one web chat client may add to the question log per hour, e.g. 20",
  TRUST_PROXY_HOPS:
    "set how many proxies (load balancers) in front of taiwa append to X-Forwarded-For: 0 when clients connect directly, 1 behind one nginx",
  SHUTDOWN_TIMEOUT_MS: "set milliseconds to wait for questions in flight on shutdown, e.g. 30000",
  ORGANISATION_MAP:
    'give inline JSON such as {"T0123ABCD":"株式会社サンプル"} or the path of a JSON file holding that object',
  RETENTION_DAYS: "set a whole number of days (e.g. RETENTION_DAYS=365), or unset it to keep closed questions",
  CONSOLE_SESSION_MINUTES: "set a whole number of minutes a console login lasts, e.g. CONSOLE_SESSION_MINUTES=480",
  ANSWER_TARGET_HOURS:
    "set a whole number of hours within which the ministry aims to answer, e.g. ANSWER_TARGET_HOURS=72 (older open questions show as 期限超過)",
};

/** Settings that only make sense together: checked after each variable parses on its own. */
function crossCheck(config: Config): string[] {
  const problems: string[] = [];
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    problems.push(
      "SLACK_SIGNING_SECRET is missing: SLACK_BOT_TOKEN is set, so Slack needs either SLACK_SIGNING_SECRET (HTTP mode; copy it from Basic Information → App Credentials) or SLACK_APP_TOKEN (Socket Mode).",
    );
  }
  if ((config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN) && !config.SLACK_BOT_TOKEN) {
    problems.push(
      "SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions in your Slack app.",
    );
  }
  if (config.MICROSOFT_APP_ID && config.MICROSOFT_APP_TYPE !== "UserAssignedMSI" && !config.MICROSOFT_APP_PASSWORD) {
    problems.push("MICROSOFT_APP_PASSWORD is missing: create a client secret for the Azure Bot's app registration.");
  }
  if (config.MICROSOFT_APP_TYPE === "SingleTenant" && config.MICROSOFT_APP_ID && !config.MICROSOFT_APP_TENANT_ID) {
    problems.push(
      "MICROSOFT_APP_TENANT_ID is missing: SingleTenant bots need the Entra ID tenant id of the app registration.",
    );
  }
  problems.push(...llmCrossCheck(config));
  return problems;
}

/** The OpenAI-compatible model, local embedding model and Qdrant settings only make sense in some combinations. */
function llmCrossCheck(config: Config): string[] {
  const problems: string[] = [];
  const openAiConfigured = Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);
  if (config.OPENAI_EMBEDDING_MODEL && !openAiConfigured) {
    problems.push(
      "OPENAI_API_KEY is missing: OPENAI_EMBEDDING_MODEL is set, so set OPENAI_API_KEY (OpenAI, Azure) or OPENAI_BASE_URL (a local server).",
    );
  }
  if (config.OPENAI_EMBEDDING_MODEL && config.EMBEDDING_MODEL_DIR) {
    problems.push(
      "OPENAI_EMBEDDING_MODEL and EMBEDDING_MODEL_DIR are both set: keep one (the embedding endpoint or the local model folder).",
    );
  }
  if (config.QDRANT_URL && !config.OPENAI_EMBEDDING_MODEL && !config.EMBEDDING_MODEL_DIR) {
    problems.push(
      "QDRANT_URL is set but nothing makes vectors: set OPENAI_EMBEDDING_MODEL (with OPENAI_API_KEY or OPENAI_BASE_URL) or EMBEDDING_MODEL_DIR.",
    );
  }
  if (config.OPENAI_API_VERSION && !config.OPENAI_BASE_URL) {
    problems.push(
      "OPENAI_BASE_URL is missing: OPENAI_API_VERSION (Azure OpenAI) needs your resource URL, e.g. https://<resource>.openai.azure.com/.",
    );
  }
  return problems;
}

/** Parses the environment once; throws a TaiwaError listing every bad or missing variable with its fix. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  const lines: string[] = [];
  let config: Config | undefined = parsed.success ? parsed.data : undefined;
  if (!parsed.success) {
    const invalid = new Set<string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "config") as keyof Config;
      invalid.add(name);
      const fix = fixes[name];
      lines.push(`${name} is invalid (${issue.message})${fix ? `: ${fix}` : ""}.`);
    }
    // The settings that did parse are still checked together, so one run lists every problem.
    const rest = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([name]) => !invalid.has(name))));
    config = rest.success ? rest.data : undefined;
  }
  if (config) lines.push(...crossCheck(config));
  if (lines.length > 0) throw new TaiwaError("config_invalid", `taiwa cannot start:\n- ${lines.join("\n- ")}`);
  return config!;
}
