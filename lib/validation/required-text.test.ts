import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { createApiKeySchema } from "@/lib/api-keys/schema";
import { createChannelSchema } from "@/lib/channels/schema";
import { invitePersonSchema, renameMyselfSchema } from "@/lib/people/schema";
import { teamNameSchema } from "@/lib/teams/schema";
import { tokenInputSchema } from "@/lib/tokens/schema";

/**
 * Characters nobody sees: spaces of every width, zero-width spaces and joiners, the word joiner and its kin, the
 * byte-order mark, the soft hyphen, direction marks, bidi embeddings, overrides and isolates, variation selectors,
 * tag characters, the Hangul fillers and other format characters.
 */
const invisibleCharacters = [
  ..." \t\n\r\u00a0\u2002\u2009\u3000\u00ad\u034f\u061c\u115f\u1160\u17b4\u180e\u200b\u200c\u200d\u200e\u200f",
  ..."\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u3164\ufe00\ufe0f",
  ..."\ufeff\uffa0\u{e0001}\u{e0020}\u{e007f}\u{e0100}\u{1d173}",
];
const invisibleText = fc.array(fc.constantFrom(...invisibleCharacters), { minLength: 1, maxLength: 30 });

/** Every required text field a person fills in. */
const requiredFields: { form: string; field: string; schema: z.ZodType }[] = [
  { form: "token", field: "name", schema: tokenInputSchema },
  { form: "token", field: "service", schema: tokenInputSchema },
  { form: "token", field: "purpose", schema: tokenInputSchema },
  { form: "token", field: "secretLocation", schema: tokenInputSchema },
  { form: "own name (profile)", field: "name", schema: renameMyselfSchema },
  { form: "invited person", field: "name", schema: invitePersonSchema },
  { form: "team", field: "name", schema: teamNameSchema },
  { form: "API key", field: "name", schema: createApiKeySchema },
  { form: "channel", field: "name", schema: createChannelSchema },
];

/** The message the schema gives `field` when it holds `value`, or undefined when it takes it. */
function messageFor(schema: z.ZodType, field: string, value: string): string | undefined {
  const parsed = schema.safeParse({ [field]: value });
  return parsed.error?.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("required text fields", () => {
  it.each(requiredFields)(
    "$form $field: only invisible characters is refused like an empty field",
    ({ field, schema }) => {
      const emptyMessage = messageFor(schema, field, "");
      expect(emptyMessage).toMatch(/^(Enter|Give)/);
      fc.assert(
        fc.property(invisibleText, (characters) => {
          expect(messageFor(schema, field, characters.join(""))).toBe(emptyMessage);
        }),
        { numRuns: 200 },
      );
    },
  );
});
