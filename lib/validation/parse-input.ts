import type { z } from "zod";
import { InvalidInputError } from "@/lib/errors";

/** Parses a form's input with its shared schema, or throws with a plain message per field ("dependents.2"). */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "form";
    fields[field] ??= issue.message;
  }
  throw new InvalidInputError("Some details need fixing; nothing was saved.", fields);
}
