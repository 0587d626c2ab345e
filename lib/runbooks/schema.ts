import { z } from "zod";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { secretRefusalMessage } from "@/lib/secrets/secret-message";
import { requiredTypedText } from "@/lib/text/fold-text";

/** Sections 4–7 of every runbook; sections 1–3 (where, who, when) come from the token record. */
export const runbookSections = [
  {
    key: "generateSteps",
    anchor: "make-a-new-one",
    number: 4,
    title: "How to make a new one",
    hint: "Numbered steps, with a link to the provider's console where it helps.",
  },
  {
    key: "replaceSteps",
    anchor: "put-it-in-place",
    number: 5,
    title: "How to put the new one in place",
    hint: "Keep the old and the new one working side by side until the new one is confirmed.",
  },
  {
    key: "verifySteps",
    anchor: "check-it-worked",
    number: 6,
    title: "How to check it worked",
    hint: "The sign-off check: what to look at to be sure nothing broke.",
  },
  {
    key: "rollbackSteps",
    anchor: "roll-back",
    number: 7,
    title: "How to roll back if it didn't work",
    hint: "How to go back to the old one, and whom to tell.",
  },
] as const;

/** The runbook page's address of section 6, where a monitor's alarm sends people. */
export const checkItWorkedPath = (tokenId: string) => `/tokens/${tokenId}/runbook#check-it-worked`;

export type RunbookSectionKey = (typeof runbookSections)[number]["key"];
export const maxStepsPerSection = 30;
export const maxStepLength = 4000;

const sectionTitle = (key: RunbookSectionKey) => runbookSections.find((s) => s.key === key)!.title;

const step = (label: string) =>
  z
    .string({ message: "Write the step in words." })
    .trim()
    .overwrite(requiredTypedText)
    .min(1, "Write this step, or remove it.")
    .superRefine((value, ctx) => {
      const finding = looksLikeSecret(value);
      if (finding) ctx.addIssue({ code: "custom", message: secretRefusalMessage(finding, label) });
    })
    .max(maxStepLength, `Keep each step under ${maxStepLength} characters.`);

const section = (key: RunbookSectionKey) =>
  z
    .array(step(sectionTitle(key)), { message: "Add at least one step." })
    .min(1, `Add at least one step to “${sectionTitle(key)}”.`)
    .max(maxStepsPerSection, `Use at most ${maxStepsPerSection} steps in a section.`);

/** Shared by the editor (checked as you type) and the server (checked again, with the full secret scan). */
export const runbookInputSchema = z.object({
  generateSteps: section("generateSteps"),
  replaceSteps: section("replaceSteps"),
  verifySteps: section("verifySteps"),
  rollbackSteps: section("rollbackSteps"),
});

export type RunbookInput = z.input<typeof runbookInputSchema>;
export type RunbookSteps = z.output<typeof runbookInputSchema>;

export const saveTemplateSchema = z.object({
  name: z
    .string({ message: "Give the template a name." })
    .trim()
    .min(3, "Give the template a name of at least 3 characters.")
    .max(80, "Keep the name under 80 characters."),
  description: z.string().trim().max(300, "Keep the description under 300 characters.").default(""),
});

export type SaveTemplateInput = z.input<typeof saveTemplateSchema>;

/** A runbook not followed in a practice run for this long counts as untested again: consoles change. */
export const runbookTestedWithinDays = 180;
