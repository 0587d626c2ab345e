import { lintSource } from "@secretlint/core";
import { secretLintProfiler } from "@secretlint/profiler";
import { rules as recommendedRules } from "@secretlint/secretlint-rule-preset-recommend";
import type { SecretFinding } from "./secret-finding";
import { kindForSecretlintRule } from "./secretlint-kinds";

// The profiler is on by default and keeps every performance mark forever: a leak in a server.
secretLintProfiler.setEnabled(false);

// Pasted text is untrusted, so the rule that honours "secretlint-disable…" comments is left out.
// It is dropped here rather than with `disabled: true`, which @secretlint/core 13 ignores for rules
// inside a preset.
const DIRECTIVE_RULE_ID = "@secretlint/secretlint-rule-filter-comments";
const scannerRules = recommendedRules
  .filter((rule) => rule.meta.id !== DIRECTIVE_RULE_ID)
  .map((rule) => ({ id: rule.meta.id, rule }));

/** Runs secretlint's recommended scanners. Only the rule id is read: messages quote the secret. */
export async function scanWithSecretlint(normalisedText: string): Promise<SecretFinding | null> {
  const result = await lintSource({
    source: { content: normalisedText, filePath: "pasted-text.txt", contentType: "text" },
    options: { config: { rules: scannerRules }, noPhysicFilePath: true, maskSecrets: true },
  });
  const first = result.messages[0];
  return first ? { kind: kindForSecretlintRule(first.ruleId) } : null;
}
