import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { parseInput } from "@/lib/validation/parse-input";
import { runbookInputSchema, runbookSections, type RunbookInput } from "./schema";

const asTexts = (value: unknown) =>
  (Array.isArray(value) ? value : []).map((step) => (typeof step === "string" ? step : undefined));

/** The full secret scan of every step first (it outranks other problems), then the shared schema. */
export async function validateRunbookInput(input: RunbookInput) {
  await refuseSecrets(
    runbookSections.flatMap(({ key, title }) =>
      asTexts(input?.[key]).map((value, index) => ({
        field: `${key}.${index}`,
        label: `${title}, step ${index + 1}`,
        value,
      })),
    ),
  );
  return parseInput(runbookInputSchema, input);
}
