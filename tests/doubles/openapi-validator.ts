import { readFileSync } from "node:fs";

/** The subset of JSON Schema (OpenAPI 3.0/3.1 dialects) that the OpenAI and Qdrant specs use for request bodies. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  format?: string;
}

/**
 * Validates request bodies against a component schema of an official OpenAPI document, so stand-ins reject
 * what the real service would. oneOf is checked as anyOf (the specs' alternatives overlap, e.g. nullable
 * variants); formats other than uuid and unsigned integers are not checked.
 */
export class OpenApiValidator {
  readonly #schemas: Record<string, Schema>;

  constructor(specPath: string) {
    const spec = JSON.parse(readFileSync(specPath, "utf8")) as { components: { schemas: Record<string, Schema> } };
    this.#schemas = spec.components.schemas;
  }

  /** Problems found, as "path: what is wrong"; empty when the value is valid. */
  validate(schemaName: string, value: unknown): string[] {
    const problems: string[] = [];
    this.#check({ $ref: `#/components/schemas/${schemaName}` }, value, "body", problems, 0);
    return problems;
  }

  #check(schema: Schema, value: unknown, path: string, problems: string[], depth: number): void {
    if (depth > 64) return;
    if (schema.$ref) {
      const name = schema.$ref.replace("#/components/schemas/", "");
      const target = this.#schemas[name];
      if (!target) throw new Error(`unknown schema ${schema.$ref}`);
      this.#check(target, value, path, problems, depth + 1);
    }
    if (value === null && (schema.nullable || typeIncludes(schema.type, "null"))) return;
    for (const part of schema.allOf ?? []) this.#check(part, value, path, problems, depth + 1);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) {
      const matches = alternatives.some((part) => {
        const inner: string[] = [];
        this.#check(part, value, path, inner, depth + 1);
        return inner.length === 0;
      });
      if (!matches) problems.push(`${path}: matches none of the allowed shapes`);
    }
    if (schema.enum && !schema.enum.some((allowed) => allowed === value))
      problems.push(`${path}: must be one of ${JSON.stringify(schema.enum)}`);
    if (schema.const !== undefined && schema.const !== value)
      problems.push(`${path}: must be ${JSON.stringify(schema.const)}`);
    if (schema.type && !matchesType(schema.type, value)) {
      problems.push(`${path}: must be ${Array.isArray(schema.type) ? schema.type.join(" or ") : schema.type}`);
      return;
    }
    if (typeof value === "number") this.#checkNumber(schema, value, path, problems);
    if (
      typeof value === "string" &&
      schema.format === "uuid" &&
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    ) {
      problems.push(`${path}: must be a UUID`);
    }
    if (typeof value === "string" && schema.minLength !== undefined && value.length < schema.minLength) {
      problems.push(`${path}: must have at least ${schema.minLength} characters`);
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems)
        problems.push(`${path}: must have at least ${schema.minItems} items`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems)
        problems.push(`${path}: must have at most ${schema.maxItems} items`);
      const items = schema.items;
      if (items)
        for (const [index, item] of value.entries()) this.#check(items, item, `${path}[${index}]`, problems, depth + 1);
    } else if (typeof value === "object" && value !== null) {
      this.#checkObject(schema, value as Record<string, unknown>, path, problems, depth);
    }
  }

  #checkNumber(schema: Schema, value: number, path: string, problems: string[]): void {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: must be ≥ ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${path}: must be ≤ ${schema.maximum}`);
    if (schema.format?.startsWith("uint") && (!Number.isInteger(value) || value < 0))
      problems.push(`${path}: must be an unsigned integer`);
  }

  #checkObject(schema: Schema, value: Record<string, unknown>, path: string, problems: string[], depth: number): void {
    for (const name of schema.required ?? []) {
      if (!(name in value)) problems.push(`${path}.${name}: is required`);
    }
    for (const [name, item] of Object.entries(value)) {
      const property = schema.properties?.[name];
      if (property) this.#check(property, item, `${path}.${name}`, problems, depth + 1);
      else if (schema.additionalProperties === false) problems.push(`${path}.${name}: is not allowed`);
      else if (typeof schema.additionalProperties === "object")
        this.#check(schema.additionalProperties, item, `${path}.${name}`, problems, depth + 1);
    }
  }
}

function typeIncludes(type: Schema["type"], name: string): boolean {
  return Array.isArray(type) ? type.includes(name) : type === name;
}

function matchesType(type: string | string[], value: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((name) => {
    switch (name) {
      case "null":
        return value === null;
      case "integer":
        return typeof value === "number" && Number.isInteger(value);
      case "number":
        return typeof value === "number";
      case "array":
        return Array.isArray(value);
      case "object":
        return typeof value === "object" && value !== null && !Array.isArray(value);
      default:
        return typeof value === name;
    }
  });
}
