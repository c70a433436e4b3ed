import { Hono } from "hono";
import type { ChatSurface } from "../../bots/types.ts";

/** A surface with one route and recorded start/stop calls. */
export class FakeSurface implements ChatSurface {
  readonly name: ChatSurface["name"];
  readonly routes: { basePath: string; app: Hono };
  readonly calls: string[] = [];

  constructor(options: { name: ChatSurface["name"]; basePath: string }) {
    this.name = options.name;
    const app = new Hono();
    app.post("/events", (c) => c.json({ surface: options.name }));
    app.get("/", (c) => c.text(`${options.name} home`));
    this.routes = { basePath: options.basePath, app };
  }

  async start(): Promise<void> {
    this.calls.push("start");
  }

  async stop(): Promise<void> {
    this.calls.push("stop");
  }

  describe(): string {
    return `${this.name}: fake at ${this.routes.basePath}`;
  }
}
