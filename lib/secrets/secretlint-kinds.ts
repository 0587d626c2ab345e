const KIND_BY_RULE: Record<string, string> = {
  aws: "an AWS secret access key",
  gcp: "a Google Cloud service-account key file",
  privatekey: "a private key",
  npm: "an npm token",
  basicauth: "a web address with a password in it",
  slack: "a Slack token",
  sendgrid: "a SendGrid API key",
  shopify: "a Shopify access token",
  stripe: "a Stripe key",
  github: "a GitHub token",
  gitlab: "a GitLab token",
  grafana: "a Grafana token",
  openai: "an OpenAI API key",
  anthropic: "an Anthropic API key",
  groq: "a Groq API key",
  huggingface: "a Hugging Face token",
  linear: "a Linear API key",
  notion: "a Notion integration token",
  "1password": "a 1Password service-account token",
  "database-connection-string": "a database address with a password in it",
  "hashicorp-vault": "a HashiCorp Vault token",
  vercel: "a Vercel token",
  databricks: "a Databricks token",
  docker: "a Docker access token",
  figma: "a Figma token",
  cloudflare: "a Cloudflare token",
  tailscale: "a Tailscale key",
};

/** Plain words for a secretlint rule id such as "@secretlint/secretlint-rule-github". */
export function kindForSecretlintRule(ruleId: string): string {
  return KIND_BY_RULE[ruleId.replace("@secretlint/secretlint-rule-", "")] ?? "a secret key or password";
}
