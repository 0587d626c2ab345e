import { z } from "zod";
import type { RunbookSteps } from "./schema";

const stepList = z.array(z.string()).catch([]);

type StoredSteps = { generateSteps: unknown; replaceSteps: unknown; verifySteps: unknown; rollbackSteps: unknown };

/** The four step lists of a stored runbook or template; a damaged JSON column reads as no steps, never as a crash. */
export function readSteps(stored: StoredSteps): RunbookSteps {
  return {
    generateSteps: stepList.parse(stored.generateSteps),
    replaceSteps: stepList.parse(stored.replaceSteps),
    verifySteps: stepList.parse(stored.verifySteps),
    rollbackSteps: stepList.parse(stored.rollbackSteps),
  };
}
