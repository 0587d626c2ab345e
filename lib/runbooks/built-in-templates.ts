import type { RunbookSteps } from "./schema";

export type BuiltInTemplate = RunbookSteps & { key: string; name: string; description: string };

// {{service}} and {{console}} are filled in from the token when a runbook starts from a template.
export const builtInTemplates: BuiltInTemplate[] = [
  {
    key: "saas-api-key",
    name: "API key in a SaaS admin console",
    description: "A key made on a settings page of a web service, such as HubSpot, Mailchimp or Stripe.",
    generateSteps: [
      "Sign in to {{service}} as an admin and open {{console}}. Look for a page called *API keys*, *Integrations* or *Developer settings*.",
      "Create a new key. Give it a name with today's date, such as *Weekly report – new*, so you can tell old from new. Give it the same permissions as the old one (listed on the token's page).",
    ],
    replaceSteps: [
      "Copy the new key straight into the place it is stored (section 1). Never paste it into Tokenbook, chat or email. **Leave the old key switched on for now.**",
      "In every tool that uses the key (see *What stops working* on the token's page), swap in the new key. The old and the new key both work, so nothing breaks while you do this.",
    ],
    verifySteps: [
      "Run each thing that depends on the key once (refresh the report, run the sync) and check it shows fresh data and no error.",
      "Only when everything works: go back to {{console}} and delete or switch off the **old** key.",
    ],
    rollbackSteps: [
      "If something stopped working, put the **old** key back in the tools that use it. It still works as long as you have not deleted it.",
      "Delete the new key in {{console}}, write down what went wrong, and tell the backup person.",
    ],
  },
  {
    key: "oauth-connection",
    name: "OAuth app connection",
    description: "A tool connected with “Sign in with …” or “Connect your account”, such as Salesforce or Google Ads.",
    generateSteps: [
      "Check which account made the connection last time. It should be a shared or team account, not a person who might leave.",
      "Open {{console}} and find the connected app (often under *Connected apps* or *Authorised apps*). Note its name and the permissions it has.",
    ],
    replaceSteps: [
      "In the tool that uses the connection, choose *Reconnect* or *Re-authorise* and sign in to {{service}} with the same account. Approve the same permissions as before.",
      "If the tool asks for a client secret, make a new one in {{console}} **without deleting the old one**, keep it where secrets are stored (section 1), and enter it in the tool.",
    ],
    verifySteps: [
      "Run the sync or report once and check the data is fresh and no *Disconnected* warning shows.",
      "If you made a new client secret, delete the old one in {{console}}.",
    ],
    rollbackSteps: [
      "If the tool shows errors, reconnect with the account used before, or put the old client secret back while it still exists.",
      "Tell the backup person and write down what went wrong.",
    ],
  },
  {
    key: "service-account-key",
    name: "Service-account key file",
    description: "A key file for a robot account, such as a Google Cloud or BigQuery service account.",
    generateSteps: [
      "Open {{console}} and find the service account (for example under *IAM › Service accounts*).",
      "Add a new key and download the key file. Move it straight into the place it is stored (section 1), then delete the downloaded copy from your computer.",
    ],
    replaceSteps: [
      "Give the new key file to each system that uses it (see *What stops working*). If you are not sure how, ask an engineer: the old key keeps working meanwhile.",
      "Restart or re-run each system so it picks up the new key file.",
    ],
    verifySteps: [
      "Check each system works with the new key: fresh data, no permission errors. In {{console}} the new key shows as recently used.",
      "Once everything works, delete the **old** key in {{console}}.",
    ],
    rollbackSteps: [
      "If something fails, give the systems the old key file again and restart them. It works until you delete it in {{console}}.",
      "Delete the new key, note what went wrong, and tell the backup person.",
    ],
  },
  {
    key: "personal-access-token",
    name: "Personal access token",
    description: "A token made by one person or bot account, such as a GitHub or GitLab personal access token.",
    generateSteps: [
      "Sign in to {{service}} as the person or bot account that owns the token, and open {{console}} (often *Settings › Developer settings › Tokens*).",
      "Create a new token with the same permissions and an expiry date. Note the expiry date: you enter it in Tokenbook at the end.",
    ],
    replaceSteps: [
      "Put the new token where it is stored (section 1), next to the old one. **Do not delete the old one yet.**",
      "Swap the new token into each tool that uses it (see *What stops working*).",
    ],
    verifySteps: ["Run each tool once and check it works.", "Delete the **old** token in {{console}}."],
    rollbackSteps: [
      "If something breaks, put the old token back in the tools. It still works until you delete it.",
      "Delete the new token, and tell the backup person what happened.",
    ],
  },
];

export const builtInTemplateId = (key: string) => `built-in:${key}`;
