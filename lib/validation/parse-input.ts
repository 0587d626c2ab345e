import type { z } from "zod";
import { InvalidInputError } from "@/lib/errors";
import { findUnstorableText } from "./storable-text";

/** Parses a form's input with its shared schema, or throws with a plain message per field ("dependents.2"). */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  const unstorable = parsed.success ? findUnstorableText(parsed.data) : null;
  if (unstorable) {
    throw new InvalidInputError("Some details need fixing; nothing was saved.", {
      [unstorable.join(".") || "form"]:
        "This has a hidden character that can't be saved. Type the text again instead of pasting it.",
    });
  }
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "form";
    fields[field] ??= issue.message;
  }
  throw new InvalidInputError("Some details need fixing; nothing was saved.", fields);
}
