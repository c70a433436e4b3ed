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

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const optionalUrl = optionalString.pipe(z.url().optional());

const port = z.coerce.number().int().min(0).max(65535);

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  TAIWA_DATA_DIR: z.string().min(1).default("./data"),
  TAIWA_CORPUS_DIR: z.string().min(1).default("./corpus"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_QUESTIONS: booleanFlag,

  PORT: port.default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_BASE_URL: optionalUrl,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
  MAX_QUESTION_CHARS: z.coerce.number().int().positive().default(2000),

  DATABASE_URL: optionalString.pipe(z.string().regex(/^postgres(ql)?:\/\//).optional()),
  ORGANISATION_MAP: optionalString,
  RETENTION_DAYS: z.coerce.number().int().positive().optional(),
  CONSOLE_SESSION_MINUTES: z.coerce.number().int().positive().default(480),

  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString.pipe(z.string().startsWith("xoxb-").optional()),
  SLACK_APP_TOKEN: optionalString.pipe(z.string().startsWith("xapp-").optional()),
  SLACK_API_URL: optionalUrl,
  SLACK_SLASH_COMMAND: z.string().startsWith("/").default("/taiwa"),

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

  QDRANT_URL: optionalUrl,
  QDRANT_API_KEY: optionalString,
  QDRANT_COLLECTION: z.string().min(1).default("taiwa"),
});

export type Config = z.infer<typeof configSchema>;

const fixes: Partial<Record<keyof Config, string>> = {
  PORT: "set a port number between 0 and 65535, e.g. PORT=3000",
  DATABASE_URL: "use a PostgreSQL URL such as postgres://user:password@127.0.0.1:5432/taiwa, or unset it to use the embedded SQLite log",
  SLACK_BOT_TOKEN: "copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions in your Slack app",
  SLACK_APP_TOKEN: "create an app-level token (xapp-…) with connections:write under Basic Information → App-Level Tokens",
  SLACK_SIGNING_SECRET: "copy it from Basic Information → App Credentials in your Slack app",
  MICROSOFT_APP_TYPE: "use SingleTenant, MultiTenant or UserAssignedMSI, as registered for your Azure Bot",
  BOTFRAMEWORK_OPENID_METADATA_URL: "use the URL of an OpenID metadata document, e.g. https://login.botframework.com/v1/.well-known/openidconfiguration, or unset it",
  BOTFRAMEWORK_TOKEN_URL: "use the full URL of an OAuth 2.0 token endpoint (client credentials), or unset it to use Entra ID",
  OPENAI_BASE_URL: "use the full base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1",
  QDRANT_URL: "use the Qdrant REST URL, e.g. http://127.0.0.1:6333",
  LOG_QUESTIONS: "use true or false",
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
    problems.push("SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions in your Slack app.");
  }
  if (config.MICROSOFT_APP_ID && config.MICROSOFT_APP_TYPE !== "UserAssignedMSI" && !config.MICROSOFT_APP_PASSWORD) {
    problems.push("MICROSOFT_APP_PASSWORD is missing: create a client secret for the Azure Bot's app registration.");
  }
  if (config.MICROSOFT_APP_TYPE === "SingleTenant" && config.MICROSOFT_APP_ID && !config.MICROSOFT_APP_TENANT_ID) {
    problems.push("MICROSOFT_APP_TENANT_ID is missing: SingleTenant bots need the Entra ID tenant id of the app registration.");
  }
  return problems;
}

/** Parses the environment once; throws a TaiwaError listing every bad or missing variable with its fix. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "config") as keyof Config;
      const fix = fixes[name];
      return `${name} is invalid (${issue.message})${fix ? `: ${fix}` : ""}.`;
    });
    throw new TaiwaError("config_invalid", `taiwa cannot start:\n- ${lines.join("\n- ")}`);
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) {
    throw new TaiwaError("config_invalid", `taiwa cannot start:\n- ${problems.join("\n- ")}`);
  }
  return parsed.data;
}
