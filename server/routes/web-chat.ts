import { readFileSync } from "node:fs";
import { Hono } from "hono";
import type { HttpEnv } from "../http-env.ts";

const WEB_DIR = new URL("../web/", import.meta.url);

// Only our own files run on the page: even if model or user text slipped into markup, no script would.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

const ASSETS: Record<string, string> = {
  "app.js": "text/javascript; charset=utf-8",
  "ask-client.js": "text/javascript; charset=utf-8",
  "citations.js": "text/javascript; charset=utf-8",
  "composer.js": "text/javascript; charset=utf-8",
  "conversation-store.js": "text/javascript; charset=utf-8",
  "exchange.js": "text/javascript; charset=utf-8",
  "feedback.js": "text/javascript; charset=utf-8",
  "landing.js": "text/javascript; charset=utf-8",
  "passage.js": "text/javascript; charset=utf-8",
  "replies.js": "text/javascript; charset=utf-8",
  "i18n.js": "text/javascript; charset=utf-8",
  "render.js": "text/javascript; charset=utf-8",
  "style.css": "text/css; charset=utf-8",
};

/**
 * `/`: the web chat page; `/web/*`: its script and styles. Static files, read once, no build step.
 * The page carries the server's question limit so the counter and the server agree.
 */
export function webChatRoutes(options: { maxQuestionChars: number }): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  const page = readFileSync(new URL("index.html", WEB_DIR), "utf8").replaceAll(
    "{{MAX_QUESTION_CHARS}}",
    String(options.maxQuestionChars),
  );
  const assets = new Map(
    Object.entries(ASSETS).map(([name, type]) => [name, { type, body: readFileSync(new URL(name, WEB_DIR), "utf8") }]),
  );
  const secure = { "content-security-policy": CONTENT_SECURITY_POLICY, "referrer-policy": "no-referrer" };

  app.get("/", (c) =>
    c.body(page, 200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache", ...secure }),
  );
  app.get("/web/:file", (c) => {
    const asset = assets.get(c.req.param("file"));
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { "content-type": asset.type, "cache-control": "no-cache", ...secure });
  });
  return app;
}
