import type { SecretFinding } from "./secret-finding";

type ProviderKeyPattern = SecretFinding & { pattern: RegExp };

// Each prefix needs a realistic body after it, so a sentence such as "GitHub tokens start with ghp_"
// or a placeholder like "sk_live_..." is not refused.
export const providerKeyPatterns: readonly ProviderKeyPattern[] = [
  { kind: "a GitHub token", pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{50,})/ },
  { kind: "a Stripe live key", pattern: /(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{20,}/ },
  { kind: "a Stripe test key", pattern: /(?<![A-Za-z0-9])[sr]k_test_[A-Za-z0-9]{20,}/ },
  {
    kind: "a Slack webhook address",
    pattern: /hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]{16,}/,
  },
  { kind: "a Slack token", pattern: /(?<![A-Za-z0-9])(?:xox[a-z]|xapp)-\d+-[A-Za-z0-9-]{10,}/ },
  { kind: "an AWS access key", pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/ },
  { kind: "an npm token", pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
  { kind: "a SendGrid API key", pattern: /(?<![A-Za-z0-9])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{40,50}/ },
  { kind: "an Anthropic API key", pattern: /(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{32,}/ },
  { kind: "an OpenAI API key", pattern: /(?<![A-Za-z0-9])sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}/ },
  { kind: "a Google API key", pattern: /(?<![A-Za-z0-9])AIza[A-Za-z0-9_-]{35}/ },
  { kind: "a GitLab token", pattern: /(?<![A-Za-z0-9])glpat-[A-Za-z0-9_-]{20,}/ },
  {
    kind: "a HubSpot private app token",
    pattern: /(?<![A-Za-z0-9])pat-[a-z]{2}\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
  },
  { kind: "a Shopify access token", pattern: /(?<![A-Za-z0-9])shp(?:at|ca|pa|ss)_[A-Fa-f0-9]{32}/ },
  { kind: "a Tokenbook API key", pattern: /(?<![A-Za-z0-9_])tkb_[A-Za-z0-9_-]{30,}/ },
  { kind: "a Twilio API key", pattern: /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/ },
];
