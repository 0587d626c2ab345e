/**
 * Fake but well-formed secrets, and ordinary inputs that must pass, for tests that paste them into
 * fields. Secrets are generated from a fixed seed and assembled from pieces so that the repository
 * itself holds nothing a secret scanner would flag.
 */
export type CorpusSample = { name: string; text: string };
export type SecretSample = CorpusSample & { kind: string };

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const ALPHANUMERIC = UPPER + LOWER + DIGITS;
const BASE64 = ALPHANUMERIC + "+/";
const BASE64URL = ALPHANUMERIC + "-_";
const HEX = DIGITS + "abcdef";

let seed = 20261123;
function fake(alphabet: string, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    text += alphabet[(seed >>> 8) % alphabet.length];
  }
  return text;
}

const base64url = (json: object) =>
  btoa(JSON.stringify(json)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
const PEM_DASHES = "-".repeat(5);
const pemBlock = (label: string, magic: string, length: number) =>
  [
    `${PEM_DASHES}BEGIN ${label}PRIVATE ${"KEY"}${PEM_DASHES}`,
    ...(magic + fake(BASE64, length)).match(/.{1,64}/g)!,
    `${PEM_DASHES}END ${label}PRIVATE ${"KEY"}${PEM_DASHES}`,
  ].join("\n");
const fakeUuid = () => [8, 4, 4, 4, 12].map((length) => fake(HEX, length)).join("-");

const pkcs8PrivateKey = pemBlock("", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1200);

export const secretSamples: readonly SecretSample[] = [
  { name: "GitHub classic token", kind: "a GitHub token", text: "ghp" + "_" + fake(ALPHANUMERIC, 36) },
  { name: "GitHub OAuth token", kind: "a GitHub token", text: "gho" + "_" + fake(ALPHANUMERIC, 36) },
  {
    name: "GitHub fine-grained token",
    kind: "a GitHub token",
    text: "github" + "_pat_" + fake(ALPHANUMERIC, 22) + "_" + fake(ALPHANUMERIC, 59),
  },
  {
    name: "AWS access key id and secret access key pair",
    kind: "an AWS access key",
    text: `aws_access_key_id = ${"AKIA" + fake(UPPER + DIGITS, 16)}\naws_secret_access_key = ${fake(BASE64, 40)}`,
  },
  { name: "AWS temporary access key id", kind: "an AWS access key", text: "ASIA" + fake(UPPER + DIGITS, 16) },
  {
    name: "AWS secret access key on its own",
    kind: "a long random string that looks like a key",
    text: fake(BASE64, 40),
  },
  {
    name: "Slack bot token",
    kind: "a Slack token",
    text: "xoxb" + "-" + fake(DIGITS, 12) + "-" + fake(DIGITS, 13) + "-" + fake(ALPHANUMERIC, 24),
  },
  {
    name: "Slack user token",
    kind: "a Slack token",
    text: "xoxp" + "-" + fake(DIGITS, 12) + "-" + fake(DIGITS, 12) + "-" + fake(DIGITS, 13) + "-" + fake(HEX, 32),
  },
  {
    name: "Slack incoming webhook",
    kind: "a Slack webhook address",
    text: `https://hooks.slack.com/services/T${fake(UPPER + DIGITS, 10)}/B${fake(UPPER + DIGITS, 10)}/${fake(ALPHANUMERIC, 24)}`,
  },
  { name: "Stripe live secret key", kind: "a Stripe live key", text: "sk" + "_live_51" + fake(ALPHANUMERIC, 97) },
  { name: "Stripe live restricted key", kind: "a Stripe live key", text: "rk" + "_live_51" + fake(ALPHANUMERIC, 97) },
  {
    name: "JSON Web Token",
    kind: "a JSON Web Token",
    text: [
      base64url({ alg: "HS256", typ: "JWT" }),
      base64url({ sub: "1234567890", name: "Fake Person", iat: 1763856000 }),
      fake(BASE64URL, 43),
    ].join("."),
  },
  { name: "RSA private key", kind: "a private key", text: pemBlock("RSA ", "MIIEowIBAAKCAQEA", 1560) },
  { name: "EC private key", kind: "a private key", text: pemBlock("EC ", "MHcCAQEEI", 160) },
  {
    name: "OpenSSH private key",
    kind: "a private key",
    text: pemBlock("OPENSSH ", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU", 360),
  },
  { name: "PKCS#8 private key", kind: "a private key", text: pkcs8PrivateKey },
  {
    name: "Google Cloud service-account key file",
    kind: "a Google Cloud service-account key file",
    text: JSON.stringify(
      {
        type: "service_account",
        project_id: "fake-marketing-project",
        private_key_id: fake(HEX, 40),
        private_key: pkcs8PrivateKey + "\n",
        client_email: "reporting@fake-marketing-project.iam.gserviceaccount.com",
        client_id: fake(DIGITS, 21),
        token_uri: "https://oauth2.googleapis.com/token",
      },
      null,
      2,
    ),
  },
  {
    name: "long random base64 string",
    kind: "a long random string that looks like a key",
    text: fake(BASE64, 64) + "==",
  },
  { name: "npm token", kind: "an npm token", text: "npm" + "_" + fake(ALPHANUMERIC, 36) },
  {
    name: "SendGrid API key",
    kind: "a SendGrid API key",
    text: "SG" + "." + fake(BASE64URL, 22) + "." + fake(BASE64URL, 43),
  },
  { name: "HubSpot private app token", kind: "a HubSpot private app token", text: "pat" + "-na1-" + fakeUuid() },
  { name: "OpenAI project key", kind: "an OpenAI API key", text: "sk" + "-proj-" + fake(BASE64URL, 156) },
  { name: "Google API key", kind: "a Google API key", text: "AI" + "za" + fake(BASE64URL, 35) },
  { name: "Twilio auth token", kind: "a long random string that looks like a key", text: fake(HEX, 32) },
  {
    name: "database address with a password",
    kind: "a web address with a password in it",
    text: `postgres://marketing_app:${fake(ALPHANUMERIC, 20)}@db.internal.example.com:5432/analytics`,
  },
  {
    name: "web address with a key in its query",
    kind: "a password or secret value",
    text: `https://api.example.com/v1/reports?format=csv&api_key=${fake(ALPHANUMERIC, 40)}`,
  },
  ...credentialPhraseSamples(),
  ...splitKeySamples(),
];

const runbook = `## Replacing the HubSpot private app token

1. **Where it is stored:** 1Password › Marketing vault › HubSpot private app.
2. **Owner:** Finn Müller (finn.mueller@example.com). **Backup:** Priya Shah.
3. **Expires:** 2026-03-31 — HubSpot does not expire private app tokens, so we rotate every 180 days.
4. Open [Private apps](https://app.hubspot.com/private-apps/1234567) and choose **Marketing dashboards**.
5. Press *Rotate token*. HubSpot shows the new token once; copy it straight into 1Password, not here.
6. In Looker Studio open [the data sources page](https://lookerstudio.google.com/u/0/navigation/datasources)
   and paste the new token into the HubSpot connector. Keep the old one until the report refreshes.
7. **Check:** the "Pipeline by source" report shows today's date under *Last refreshed*.
8. **Roll back:** if the report fails, put the old token back from 1Password's item history and tell #marketing-ops.

> Deployed with commit \`3f2a9c1\` on 31/03/2025; see ticket OPS-1234 and
> [the Drive folder](https://drive.google.com/drive/folders/1x9Zq2LmN4oPqRsT7uVwXyZa3BcDeFgHi).
`;

export const harmlessSamples: readonly CorpusSample[] = [
  { name: "console address", text: "https://app.hubspot.com/private-apps/1234567" },
  { name: "Stripe dashboard address", text: "https://dashboard.stripe.com/apikeys" },
  { name: "GitHub settings address", text: "https://github.com/settings/personal-access-tokens/4242424" },
  {
    name: "Google Drive folder address",
    text: "https://drive.google.com/drive/folders/1x9Zq2LmN4oPqRsT7uVwXyZa3BcDeFgHi",
  },
  {
    name: "Google Sheets address",
    text: "https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit#gid=0",
  },
  {
    name: "Notion page address",
    text: "https://www.notion.so/acme/Rotating-the-HubSpot-token-8f3a2b1c4d5e6f708192a3b4c5d6e7f8?pvs=4",
  },
  {
    name: "Azure Key Vault secret address",
    text: "https://acme-marketing-kv.vault.azure.net/secrets/hubspot-token/4f9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d",
  },
  { name: "1Password location", text: "1Password › Marketing vault › HubSpot private app" },
  { name: "1Password location with ASCII arrows", text: "1Password > Finance vault > Bank feed API (Plaid)" },
  { name: "AWS Secrets Manager location", text: "AWS Secrets Manager: prod/marketing/hubspot-api-key (eu-west-1)" },
  {
    name: "AWS secret ARN",
    text: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/marketing/hubspot-AbCdEf",
  },
  { name: "Vault path", text: "HashiCorp Vault: secret/data/marketing/hubspot/private-app-token" },
  { name: "Kubernetes secret", text: "k8s namespace marketing, secret hubspot-credentials, key HUBSPOT_TOKEN" },
  { name: "macOS file path", text: "/Users/finn/Documents/Tokens/HubSpotPrivateAppTokenLocation-2025.txt" },
  { name: "Windows file path", text: "C:\\Users\\finn\\Documents\\Finance\\bank-feed-credentials-location.docx" },
  { name: "home-relative path", text: "~/.config/gcloud/application_default_credentials.json" },
  { name: "email address", text: "finn.mueller@example.com" },
  { name: "long email address", text: "marketing-ops-hubspot-integration-owner2025@acme-corporation.example" },
  { name: "UUID", text: "123e4567-e89b-12d3-a456-426614174000" },
  { name: "ISO date", text: "2025-03-31" },
  { name: "European date", text: "31/03/2025" },
  { name: "written date", text: "March 31, 2025" },
  { name: "timestamp", text: "2025-03-31T09:00:00Z" },
  { name: "short commit hash", text: "Deployed in 3f2a9c1d8e7b, see the release notes." },
  {
    name: "long plain sentence",
    text:
      "When the HubSpot token expires the weekly pipeline report, the lead-scoring sync into Salesforce and " +
      "the Slack alert for new enterprise sign-ups all stop working until someone in marketing operations rotates it.",
  },
  { name: "long slug", text: "quarterly-marketing-attribution-dashboard-hubspot-sync-2025" },
  { name: "long CamelCase name", text: "HubSpotMarketingAttributionDashboardSyncToken2025" },
  { name: "environment variable name", text: "HUBSPOT_PRIVATE_APP_ACCESS_TOKEN_FOR_MARKETING_DASHBOARDS_2025" },
  { name: "scopes", text: "crm.objects.contacts.read, crm.objects.companies.read, content, automation" },
  {
    name: "prefix mentioned in a sentence",
    text: "Stripe live keys start with sk_live_ and GitHub tokens with ghp_ — never paste one here.",
  },
  { name: "placeholder key", text: "Looks like sk_live_... or AKIA... in the dashboard." },
  {
    name: "private key header mentioned in docs",
    text: `The file starts with ${PEM_DASHES}BEGIN PRIVATE ${"KEY"}${PEM_DASHES} — keep it in the vault.`,
  },
  { name: "phone number and IBAN", text: "Call +49 30 1234 5678; invoices to DE89 3704 0044 0532 0130 00." },
  { name: "non-English text", text: "Schlüssel liegt im Tresor „Marketing“ – Ansprechpartnerin: Zoë Åkesson 🙂" },
  { name: "markdown runbook", text: runbook },
];

/** Credentials written as addresses, headers and assignments (issue 15), with variants. */
function credentialPhraseSamples(): SecretSample[] {
  const inAddress = "a web address with a password in it";
  const header = "a sign-in header value (Authorization, Bearer or Basic)";
  const named = "a password or secret value";
  const jwt = [
    base64url({ alg: "HS256", typ: "JWT" }),
    base64url({ sub: "42", name: "Fake" }),
    fake(BASE64URL, 43),
  ].join(".");
  const basic = btoa(`admin:${fake(ALPHANUMERIC, 12)}!`);
  const password = () => fake(UPPER, 1) + fake(LOWER, 5) + fake(DIGITS, 3) + "!";
  const at = "@";
  return [
    {
      name: "address with a password on a dotless host",
      kind: inAddress,
      text: `https://admin:S3cr3t!pass${at}intranet/x`,
    },
    {
      name: "address with a password, host with a port",
      kind: inAddress,
      text: `http://deploy:${password()}${at}build01:8080/job`,
    },
    {
      name: "file share address with a password",
      kind: inAddress,
      text: `smb://svc-backup:${password()}${at}fileserver/finance`,
    },
    { name: "FTP address with a password", kind: inAddress, text: `ftp://reports:${password()}${at}nas01/exports` },
    {
      name: "address with a password inside a sentence",
      kind: inAddress,
      text: `Log in via https://finn:${password()}${at}wiki.local/login then go on.`,
    },
    {
      name: "Redis address with only a password",
      kind: inAddress,
      text: `redis://:${fake(ALPHANUMERIC, 16)}${at}cache:6379/0`,
    },
    { name: "Authorization header with a bearer JWT", kind: "a JSON Web Token", text: `Authorization: Bearer ${jwt}` },
    { name: "bearer JWT split in two parts", kind: header, text: `Bearer ${jwt.slice(0, 30)} ${jwt.slice(30)}` },
    {
      name: "bearer JWT split over two lines",
      kind: header,
      text: `Authorization: Bearer ${jwt.slice(0, 45)}\n${jwt.slice(45)}`,
    },
    {
      name: "Authorization header on one line, bearer value on the next",
      kind: header,
      text: `Authorization:\nBearer ${fake(ALPHANUMERIC, 40)}`,
    },
    { name: "bearer opaque token", kind: header, text: `Bearer ${fake(ALPHANUMERIC, 24)}` },
    { name: "Authorization header with Basic", kind: header, text: `Authorization: Basic ${basic}` },
    { name: "Basic value alone", kind: header, text: `Basic ${basic}` },
    { name: "Authorization header without a scheme", kind: header, text: `authorization=${fake(HEX, 20)}` },
    { name: "password= assignment", kind: named, text: "password=S3cr3t!pass" },
    { name: "password= with a plain word", kind: named, text: `password=${fake(LOWER, 9)}` },
    { name: "pwd followed by a value", kind: named, text: "pwd S3cr3t!pass" },
    { name: "pwd: with a value", kind: named, text: `pwd: ${password()}` },
    { name: "secret= assignment", kind: named, text: `secret=${fake(ALPHANUMERIC, 10)}` },
    { name: "client_secret in a settings file", kind: named, text: `client_secret: ${fake(ALPHANUMERIC, 8)}9` },
    { name: "environment file password", kind: named, text: `DB_PASSWORD=${fake(LOWER, 7)}-${fake(DIGITS, 2)}` },
    { name: "JSON password field", kind: named, text: `{"username": "finn", "password": "${password()}"}` },
    {
      name: "password sentence with the value",
      kind: named,
      text: `The admin password: ${password()} (change it soon)`,
    },
    {
      name: "password in a query string",
      kind: named,
      text: `https://reports.example.com/login?user=finn&password=${password()}`,
    },
    { name: "api_key assignment", kind: named, text: `api_key = ${fake(ALPHANUMERIC, 11)}7` },
  ];
}

/** Keys cut by a space or a line break, as a form field or a chat message may leave them. */
function splitKeySamples(): SecretSample[] {
  const github = "ghp" + "_" + fake(ALPHANUMERIC, 36);
  const stripe = "sk" + "_live_51" + fake(ALPHANUMERIC, 60);
  const aws = "AKIA" + fake(UPPER + DIGITS, 16);
  const random = fake(ALPHANUMERIC, 24) + "7" + fake(ALPHANUMERIC, 23);
  return [
    { name: "GitHub key split by a space", kind: "a GitHub token", text: `${github.slice(0, 17)} ${github.slice(17)}` },
    {
      name: "GitHub key split by a line break",
      kind: "a GitHub token",
      text: `${github.slice(0, 25)}\n${github.slice(25)}`,
    },
    {
      name: "GitHub key split in three",
      kind: "a GitHub token",
      text: `${github.slice(0, 12)} ${github.slice(12, 26)} ${github.slice(26)}`,
    },
    {
      name: "Stripe key split by a space",
      kind: "a Stripe live key",
      text: `${stripe.slice(0, 20)} ${stripe.slice(20)}`,
    },
    {
      name: "AWS access key split by a space",
      kind: "an AWS access key",
      text: `${aws.slice(0, 10)} ${aws.slice(10)}`,
    },
    {
      name: "random key split by a line break",
      kind: "a long random string that looks like a key",
      text: `${random.slice(0, 24)}\r\n${random.slice(24)}`,
    },
  ];
}
