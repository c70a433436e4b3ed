import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { OpenApiValidator } from "./openapi-validator.ts";
import { matchesFilter, type QdrantFilter } from "./qdrant-filter.ts";
import { sharedPath } from "./shared-path.ts";

interface StoredPoint {
  id: string | number;
  vectors: Record<string, number[]>;
  payload: Record<string, unknown>;
}

interface Collection {
  vectors: Record<string, { size: number; distance: string }>;
  points: Map<string, StoredPoint>;
  payloadIndexes: Record<string, string>;
}

/** Which spec schema each (method, path pattern) body must satisfy. */
const ROUTES: { method: string; pattern: RegExp; schema?: string; action: string }[] = [
  { method: "GET", pattern: /^\/$/, action: "root" },
  { method: "GET", pattern: /^\/collections\/([^/]+)\/exists$/, action: "exists" },
  { method: "GET", pattern: /^\/collections\/([^/]+)$/, action: "get" },
  { method: "PUT", pattern: /^\/collections\/([^/]+)$/, schema: "CreateCollection", action: "create" },
  { method: "DELETE", pattern: /^\/collections\/([^/]+)$/, action: "drop" },
  { method: "PUT", pattern: /^\/collections\/([^/]+)\/index$/, schema: "CreateFieldIndex", action: "index" },
  { method: "PUT", pattern: /^\/collections\/([^/]+)\/points$/, schema: "PointInsertOperations", action: "upsert" },
  { method: "POST", pattern: /^\/collections\/([^/]+)\/points\/delete$/, schema: "PointsSelector", action: "delete" },
  { method: "POST", pattern: /^\/collections\/([^/]+)\/points\/query$/, schema: "QueryRequest", action: "query" },
  { method: "POST", pattern: /^\/collections\/([^/]+)\/points\/scroll$/, schema: "ScrollRequest", action: "scroll" },
  { method: "POST", pattern: /^\/collections\/([^/]+)\/points\/count$/, schema: "CountRequest", action: "count" },
];

/**
 * A local stand-in for Qdrant's REST API on 127.0.0.1, implementing the endpoints QdrantVectorStore uses.
 * Every request body is validated against the official Qdrant 1.19 OpenAPI document and rejected with
 * Qdrant's 400 shape; vector sizes and names are checked as Qdrant does. Records each request.
 */
export class QdrantStandIn {
  readonly requests: { method: string; path: string; body: unknown; apiKey?: string }[] = [];
  readonly collections = new Map<string, Collection>();
  readonly #validator = new OpenApiValidator(sharedPath("api-specs/qdrant-1.19-openapi.json"));
  readonly #server = createServer((request, response) => void this.#handle(request, response));
  readonly #apiKey: string | undefined;
  url = "";

  constructor(options: { apiKey?: string } = {}) {
    this.#apiKey = options.apiKey;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const text = await readBody(request);
    const apiKey = typeof request.headers["api-key"] === "string" ? request.headers["api-key"] : undefined;
    const send = (status: number, body: object) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify({ ...body, time: (performance.now() - started) / 1000 }));
    };
    const fail = (status: number, error: string) => send(status, { status: { error } });
    let body: unknown = {};
    try {
      body = text === "" ? {} : JSON.parse(text);
    } catch {
      return fail(400, "Format error in JSON body");
    }
    this.requests.push({ method: request.method ?? "", path: url.pathname, body, ...(apiKey ? { apiKey } : {}) });
    if (this.#apiKey && apiKey !== this.#apiKey)
      return fail(401, "Must provide an API key or an Authorization bearer token");
    const route = ROUTES.find(
      (candidate) => candidate.method === request.method && candidate.pattern.test(url.pathname),
    );
    if (!route) return fail(404, `Not found: ${request.method} ${url.pathname}`);
    if (route.schema) {
      const problems = this.#validator.validate(route.schema, body);
      if (problems.length > 0) return fail(400, `Format error in JSON body: ${problems.join("; ")}`);
    }
    const name = decodeURIComponent(route.pattern.exec(url.pathname)?.[1] ?? "");
    const collection = this.collections.get(name);
    const ok = (result: unknown) => send(200, { status: "ok", result });
    const completed = () => ok({ operation_id: 0, status: "completed" });
    if (route.action === "root") return ok({ title: "qdrant - vector search engine", version: "1.19.0" });
    if (route.action === "exists") return ok({ exists: collection !== undefined });
    if (route.action === "create") {
      if (collection) return fail(409, `Wrong input: Collection \`${name}\` already exists!`);
      this.collections.set(name, {
        vectors: (body as { vectors: Collection["vectors"] }).vectors,
        points: new Map(),
        payloadIndexes: {},
      });
      return ok(true);
    }
    if (!collection) return fail(404, `Not found: Collection \`${name}\` doesn't exist!`);
    switch (route.action) {
      case "get":
        return ok({
          status: "green",
          optimizer_status: "ok",
          points_count: collection.points.size,
          segments_count: 1,
          config: {
            params: {
              vectors: collection.vectors,
              shard_number: 1,
              replication_factor: 1,
              write_consistency_factor: 1,
              on_disk_payload: true,
            },
          },
          payload_schema: collection.payloadIndexes,
        });
      case "drop":
        this.collections.delete(name);
        return ok(true);
      case "index": {
        const { field_name, field_schema } = body as { field_name: string; field_schema: string };
        collection.payloadIndexes[field_name] = field_schema;
        return completed();
      }
      case "upsert": {
        const points =
          (
            body as {
              points?: { id: string | number; vector: Record<string, number[]>; payload?: Record<string, unknown> }[];
            }
          ).points ?? [];
        for (const point of points) {
          for (const [vectorName, vector] of Object.entries(point.vector)) {
            const config = collection.vectors[vectorName];
            if (!config) return fail(400, `Wrong input: Not existing vector name error: ${vectorName}`);
            if (vector.length !== config.size)
              return fail(
                400,
                `Wrong input: Vector dimension error: expected dim: ${config.size}, got ${vector.length}`,
              );
          }
        }
        for (const point of points)
          collection.points.set(String(point.id), {
            id: point.id,
            vectors: point.vector,
            payload: point.payload ?? {},
          });
        return completed();
      }
      case "delete": {
        const selector = body as { points?: (string | number)[]; filter?: QdrantFilter };
        if (selector.points) for (const id of selector.points) collection.points.delete(String(id));
        if (selector.filter)
          for (const [id, point] of collection.points)
            if (matchesFilter(point.payload, selector.filter)) collection.points.delete(id);
        return completed();
      }
      case "count":
        return ok({ count: this.#select(collection, (body as { filter?: QdrantFilter }).filter).length });
      case "scroll": {
        const {
          limit = 10,
          offset,
          filter,
        } = body as { limit?: number; offset?: string | number; filter?: QdrantFilter };
        const all = this.#select(collection, filter).sort((left, right) =>
          String(left.id).localeCompare(String(right.id)),
        );
        const start = offset === undefined ? 0 : all.findIndex((point) => String(point.id) >= String(offset));
        const page = all.slice(Math.max(0, start), Math.max(0, start) + limit);
        const next = all[Math.max(0, start) + limit];
        return ok({
          points: page.map((point) => ({ id: point.id, payload: point.payload })),
          next_page_offset: next ? next.id : null,
        });
      }
      case "query":
        return this.#query(collection, body as QueryBody, ok, fail);
    }
    return fail(404, "unsupported");
  }

  #select(collection: Collection, filter: QdrantFilter | undefined): StoredPoint[] {
    return [...collection.points.values()].filter((point) => !filter || matchesFilter(point.payload, filter));
  }

  #query(
    collection: Collection,
    body: QueryBody,
    ok: (result: unknown) => void,
    fail: (status: number, error: string) => void,
  ): void {
    const using = body.using ?? "";
    const config = collection.vectors[using];
    if (!config) {
      fail(400, `Wrong input: Not existing vector name error: ${using}`);
      return;
    }
    if (!Array.isArray(body.query) || body.query.length !== config.size) {
      fail(400, `Wrong input: Vector dimension error: expected dim: ${config.size}`);
      return;
    }
    const query = unit(body.query);
    const scored = this.#select(collection, body.filter).map((point) => {
      const vector = unit(point.vectors[using] ?? []);
      return { point, score: vector.reduce((sum, value, index) => sum + value * (query[index] ?? 0), 0) };
    });
    scored.sort((left, right) => right.score - left.score);
    const fields = Array.isArray(body.with_payload) ? body.with_payload : undefined;
    const points = scored.slice(0, body.limit ?? 10).map(({ point, score }) => ({
      id: point.id,
      version: 0,
      score,
      payload: fields ? Object.fromEntries(fields.map((field) => [field, point.payload[field]])) : point.payload,
    }));
    ok({ points });
  }
}

interface QueryBody {
  query?: unknown;
  using?: string;
  limit?: number;
  filter?: QdrantFilter;
  with_payload?: boolean | string[];
}

function unit(vector: number[]): number[] {
  const length = Math.hypot(...vector);
  return length === 0 ? vector : vector.map((value) => value / length);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}
