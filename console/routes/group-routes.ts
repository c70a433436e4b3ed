import type { Hono } from "hono";
import { isTaiwaError } from "../../app/errors.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { html, layout } from "../html.ts";

/** Splitting a wrong grouping: the question leaves its group and is never grouped automatically again. */
export function registerGroupRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.post("/questions/:id/split", async (c) => {
    const id = c.req.param("id");
    const form = await c.req.parseBody();
    const back = typeof form.back === "string" && /^\d{1,15}$/.test(form.back) ? form.back : id;
    try {
      await deps.questionLog.groups.split({ id, actor: c.get("user").login, at: deps.now() });
    } catch (error) {
      if (!isTaiwaError(error) || (error.code !== "conflict" && error.code !== "not_found")) throw error;
      return c.html(
        layout({
          basePath: deps.basePath,
          title: "グループから外せません",
          user: c.get("user"),
          csrfToken: c.get("session").csrfToken,
          error: error.message,
          body: html`<p><a href="${deps.basePath}/questions/${back}">質問に戻る</a></p>`,
        }),
        error.code === "conflict" ? 409 : 404,
      );
    }
    return c.redirect(`${deps.basePath}/questions/${back}?done=split`, 303);
  });
}
