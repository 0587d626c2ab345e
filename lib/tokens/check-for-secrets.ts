import { InvalidInputError } from "@/lib/errors";
import { findSecret, type SecretFinder } from "@/lib/secrets/find-secret";
import { secretRefusalMessage } from "@/lib/secrets/secret-message";

/**
 * The full server-side check of every free-text value. A hit refuses the whole change with a
 * message per field; the value itself is never logged or repeated.
 */
export async function refuseSecrets(
  values: { field: string; label: string; value: string | undefined | null }[],
  find: SecretFinder = findSecret,
) {
  const fields: Record<string, string> = {};
  for (const { field, label, value } of values) {
    if (!value) continue;
    const finding = await find(value);
    if (finding && !fields[field]) fields[field] = secretRefusalMessage(finding, label);
  }
  if (Object.keys(fields).length > 0) {
    throw new InvalidInputError("Nothing was saved: a field looks like it contains a secret itself.", fields);
  }
}
