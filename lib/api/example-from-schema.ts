// A readable example of a JSON Schema from the OpenAPI document: its own example where it has one,
// otherwise built from its fields, so the docs page never shows an example the document disagrees with.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  description?: string;
  pattern?: string;
  format?: string;
};

export type Components = Record<string, JsonSchema>;

const deepest = 6;

export const resolveSchema = (schema: JsonSchema, components: Components): JsonSchema =>
  schema.$ref ? resolveSchema(components[schema.$ref.split("/").at(-1)!] ?? {}, components) : schema;

const nonNull = (schema: JsonSchema) => schema.type !== "null";
const typeOf = (schema: JsonSchema) =>
  Array.isArray(schema.type) ? schema.type.find((type) => type !== "null") : schema.type;

function stringExample(name: string, schema: JsonSchema) {
  if (schema.pattern?.includes("\\d{4}-\\d{2}-\\d{2}") || /On$/.test(name)) return "2027-03-31";
  if (schema.format === "date-time" || /(At|Since)$/.test(name)) return "2026-12-01T09:30:00.000Z";
  if (name === "id" || name.endsWith("Id")) return "cm4x7k2p90000tkb0example";
  return "…";
}

/** An example value for `schema`; `name` is the field it belongs to (ids and dates read better). */
export function exampleFromSchema(schema: JsonSchema, components: Components, name = "", depth = 0): unknown {
  const resolved = resolveSchema(schema, components);
  if (depth > deepest) return null;
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.default !== undefined) return resolved.default;
  if (resolved.enum?.length) return resolved.enum[0];
  const options = (resolved.anyOf ?? resolved.oneOf)?.filter(nonNull);
  if (options?.length) return exampleFromSchema(options[0], components, name, depth + 1);
  switch (typeOf(resolved)) {
    case "object":
      return Object.fromEntries(
        Object.entries(resolved.properties ?? {}).map(([key, field]) => [
          key,
          exampleFromSchema(field, components, key, depth + 1),
        ]),
      );
    case "array":
      return resolved.items ? [exampleFromSchema(resolved.items, components, name, depth + 1)] : [];
    case "integer":
    case "number":
      return 1;
    case "boolean":
      return true;
    case "string":
      return stringExample(name, resolved);
    default:
      return null;
  }
}
