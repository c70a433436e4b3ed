import type { Hono } from "hono";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { html } from "../html.ts";

/** A viewer counts as present this long after their last refresh; the frame refreshes well within it. */
export const PRESENCE_TTL_MS = 90_000;
const REFRESH_SECONDS = 30;

/** Other officials who have the question open now. */
export async function otherViewers(deps: ConsoleDeps, questionId: string, login: string): Promise<string[]> {
  const since = new Date(deps.now().getTime() - PRESENCE_TTL_MS);
  const { viewers } = await deps.questionLog.listPresence({ questionId, since });
  return viewers.map((viewer) => viewer.login).filter((viewer) => viewer !== login);
}

/**
 * The detail page embeds this in a small frame that reloads itself (meta refresh, no script: the console's CSP
 * forbids scripts): each load says "I still have it open" and shows who else does.
 */
export function registerPresenceRoute(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get("/questions/:id/presence", async (c) => {
    const id = c.req.param("id");
    const login = c.get("user").login;
    if (await deps.questionLog.get(id)) await deps.questionLog.touchPresence({ questionId: id, login, at: deps.now() });
    const others = await otherViewers(deps, id, login);
    return c.html(html`<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta http-equiv="refresh" content="${REFRESH_SECONDS}">
<link rel="stylesheet" href="${deps.basePath}/console.css"><title>閲覧中の担当者</title></head>
<body class="presence-body"><p class="${others.length > 0 ? "presence-others" : "presence-alone"}" role="status">${
      others.length > 0
        ? `⚠ ${others.join("、")} さんもこの質問を開いています。回答が重ならないようご注意ください。`
        : "ほかにこの質問を開いている担当者はいません。"
    }</p></body></html>`);
  });
}
