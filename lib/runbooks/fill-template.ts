import type { RunbookSteps } from "./schema";

type TokenWords = { service: string; consoleUrl: string | null };

/** Fills a template's {{service}} and {{console}} with the token's own service and console link. */
export function fillTemplate(steps: RunbookSteps, token: TokenWords): RunbookSteps {
  const consoleLink = token.consoleUrl
    ? `[the ${token.service} console](<${token.consoleUrl}>)`
    : `the ${token.service} admin console`;
  const fill = (text: string) => text.replaceAll("{{console}}", consoleLink).replaceAll("{{service}}", token.service);
  return {
    generateSteps: steps.generateSteps.map(fill),
    replaceSteps: steps.replaceSteps.map(fill),
    verifySteps: steps.verifySteps.map(fill),
    rollbackSteps: steps.rollbackSteps.map(fill),
  };
}
