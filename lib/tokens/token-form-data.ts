import { formObject, receivedForm } from "@/lib/validation/action-input";
import type { TokenInput } from "./schema";

/**
 * The token form as it posts: its fields by name, "What stops working" as repeated `dependents`, tags as
 * one comma-separated line, tick boxes present only when ticked. Unchecked: `tokenInputSchema` judges it.
 */
export function tokenInputFromForm(received: FormData): TokenInput {
  const formData = receivedForm(received);
  const fields = formObject(formData);
  const tags = typeof fields.tags === "string" ? fields.tags.split(",") : (fields.tags ?? []);
  return {
    ...fields,
    dependents: formData.getAll("dependents"),
    tags: Array.isArray(tags) ? tags.map((tag) => (typeof tag === "string" ? tag.trim() : tag)) : tags,
    doesNotExpire: formData.has("doesNotExpire"),
    promoteHolders: formData.has("promoteHolders"),
  } as TokenInput;
}
