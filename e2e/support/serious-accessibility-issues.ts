import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** axe's WCAG 2.1 A/AA checks of the page as it is now, keeping the serious and critical findings, in words. */
export async function seriousAccessibilityIssues(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}
