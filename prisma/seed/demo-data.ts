// The demo company: teams, people, the services they use and ~80 hand-written token records.
// Everything here is made up; nothing is or looks like a real secret.
import type { Criticality, Environment, Role } from "@/lib/generated/prisma/client";

export const demoTeams = {
  marketing: "Marketing",
  finance: "Finance",
  customerSuccess: "Customer Success",
  salesOps: "Sales Ops",
  peopleOps: "People Ops",
  platform: "Engineering Platform",
} as const;

export type TeamKey = keyof typeof demoTeams;

export type DemoPerson = { name: string; email: string; role: Role; team: TeamKey; deactivated?: boolean };

export const demoPeople = {
  amara: { name: "Amara Okafor", email: "amara.okafor@example.com", role: "admin", team: "platform" },
  daniel: { name: "Daniel Reyes", email: "daniel.reyes@example.com", role: "admin", team: "finance" },
  finn: { name: "Finn Larsen", email: "finn.larsen@example.com", role: "editor", team: "platform" },
  priya: { name: "Priya Shah", email: "priya.shah@example.com", role: "editor", team: "marketing" },
  lucas: { name: "Lucas Martin", email: "lucas.martin@example.com", role: "editor", team: "salesOps" },
  jonas: { name: "Jonas Weber", email: "jonas.weber@example.com", role: "editor", team: "finance" },
  mei: { name: "Mei Chen", email: "mei.chen@example.com", role: "editor", team: "customerSuccess" },
  carlos: { name: "Carlos Mendes", email: "carlos.mendes@example.com", role: "editor", team: "salesOps" },
  hannah: { name: "Hannah Kim", email: "hannah.kim@example.com", role: "editor", team: "peopleOps" },
  rosa: { name: "Rosa Delgado", email: "rosa.delgado@example.com", role: "editor", team: "marketing", deactivated: true },
  tom: { name: "Tom Becker", email: "tom.becker@example.com", role: "editor", team: "finance", deactivated: true },
  liam: { name: "Liam O'Connor", email: "liam.oconnor@example.com", role: "viewer", team: "marketing" },
  sofia: { name: "Sofia Rossi", email: "sofia.rossi@example.com", role: "viewer", team: "finance" },
  noah: { name: "Noah Williams", email: "noah.williams@example.com", role: "viewer", team: "customerSuccess" },
  aisha: { name: "Aisha Rahman", email: "aisha.rahman@example.com", role: "viewer", team: "salesOps" },
  grace: { name: "Grace Liu", email: "grace.liu@example.com", role: "viewer", team: "peopleOps" },
} satisfies Record<string, DemoPerson>;

export type PersonKey = keyof typeof demoPeople;

/** Who usually owns a team's tokens (taken in turn) and who backs them up (first one who is not the owner). */
export const teamOwners: Record<TeamKey, { owners: PersonKey[]; backups: PersonKey[]; vault: string }> = {
  marketing: { owners: ["priya", "lucas", "priya", "amara"], backups: ["lucas", "priya"], vault: "1Password › Marketing vault" },
  finance: { owners: ["jonas", "daniel"], backups: ["daniel", "jonas"], vault: "1Password › Finance vault" },
  customerSuccess: { owners: ["mei", "amara"], backups: ["amara", "mei"], vault: "1Password › Customer Success vault" },
  salesOps: { owners: ["carlos", "carlos", "lucas"], backups: ["lucas", "carlos"], vault: "1Password › Sales Ops vault" },
  peopleOps: { owners: ["hannah", "hannah", "daniel"], backups: ["daniel", "hannah"], vault: "1Password › People Ops vault" },
  platform: { owners: ["finn"], backups: ["amara"], vault: "1Password › Platform vault" },
};

/** The provider page where a new token is made. */
export const demoServices = {
  HubSpot: "https://app.hubspot.com/private-apps",
  Salesforce: "https://login.salesforce.com/lightning/setup/ConnectedApplication/home",
  "Google Analytics": "https://console.cloud.google.com/apis/credentials",
  Stripe: "https://dashboard.stripe.com/apikeys",
  QuickBooks: "https://developer.intuit.com/app/developer/dashboard",
  Xero: "https://developer.xero.com/app/manage",
  Plaid: "https://dashboard.plaid.com/developers/keys",
  Zendesk: "https://example.zendesk.com/admin/apps-integrations/apis/zendesk-api",
  Intercom: "https://app.intercom.com/a/apps/_/developer-hub",
  Slack: "https://api.slack.com/apps",
  Mailchimp: "https://admin.mailchimp.com/account/api/",
  Segment: "https://app.segment.com/example/settings/access-management",
  Looker: "https://example.cloud.looker.com/admin/users",
  Snowflake: "https://app.snowflake.com/",
  GitHub: "https://github.com/organizations/example/settings/apps",
  AWS: "https://console.aws.amazon.com/iam/home#/users",
  Okta: "https://example-admin.okta.com/admin/access/api/tokens",
  DocuSign: "https://admin.docusign.com/apps-and-keys",
  Gusto: "https://dev.gusto.com/",
  Greenhouse: "https://app.greenhouse.io/configure/dev_center/credentials",
  BambooHR: "https://example.bamboohr.com/settings/permissions/api.php",
  Shopify: "https://admin.shopify.com/store/example/settings/apps/development",
  Airtable: "https://airtable.com/create/tokens",
  Notion: "https://www.notion.so/my-integrations",
  Zapier: "https://zapier.com/app/connections",
  Twilio: "https://console.twilio.com/us1/account/keys-credentials/api-keys",
  SendGrid: "https://app.sendgrid.com/settings/api_keys",
} as const;

export type ServiceName = keyof typeof demoServices;

/**
 * The status a demo token is given. "due7"/"due30" are both "expiring soon" (within 7 days,
 * within 30 days); "overdue" is "rotation overdue".
 */
export const demoStatuses = ["expired", "due7", "due30", "overdue", "noBackup", "noExpiry", "healthy", "compromised", "revoked", "retired"] as const;
export type DemoStatus = (typeof demoStatuses)[number];

export type TokenSpec = {
  service: ServiceName;
  name: string;
  team: TeamKey;
  purpose: string;
  dependents: string[];
  scopes: string;
  criticality: Criticality;
  tags: string[];
  status: DemoStatus;
  environment?: Environment;
  rotateEveryDays?: number;
  /** Where the secret lives; the team's vault and the token's name when not given. */
  where?: string;
  owner?: PersonKey;
  backup?: PersonKey;
  notes?: string;
};

export const demoTokens: TokenSpec[] = [
  // Marketing
  {
    service: "HubSpot", name: "HubSpot reporting key", team: "marketing", status: "due7", criticality: "high", rotateEveryDays: 180,
    purpose: "Pulls campaign numbers into the Monday marketing report.",
    dependents: ["Monday marketing report (Google Sheets)", "Campaign dashboard in Looker"],
    scopes: "Read contacts, marketing emails and campaigns", tags: ["marketing", "reporting"],
    where: "1Password › Marketing vault › HubSpot private app",
  },
  {
    service: "HubSpot", name: "HubSpot forms to Salesforce sync", team: "marketing", status: "healthy", criticality: "critical", backup: "rosa",
    purpose: "Copies website form sign-ups from HubSpot into Salesforce as new leads.",
    dependents: ["New-lead alerts in #sales-leads", "Lead routing in Salesforce"],
    scopes: "Read forms and form submissions, write contacts", tags: ["marketing", "crm", "automation"],
  },
  {
    service: "HubSpot", name: "HubSpot sandbox key", team: "marketing", status: "noExpiry", criticality: "low", environment: "staging",
    purpose: "Lets the web team test new landing-page forms without touching real contacts.",
    dependents: ["Landing page test checklist"],
    scopes: "Read and write contacts in the sandbox portal only", tags: ["marketing", "testing"],
  },
  {
    service: "Google Analytics", name: "GA4 reporting service account", team: "marketing", status: "overdue", criticality: "high", rotateEveryDays: 365,
    purpose: "Reads website traffic and conversions for the weekly traffic report.",
    dependents: ["Weekly website traffic report", "Board pack traffic slide"],
    scopes: "Viewer on the GA4 property (read-only)", tags: ["marketing", "reporting", "web"],
    where: "1Password › Marketing vault › GA4 service account key file",
  },
  {
    service: "Google Analytics", name: "GA4 export to Snowflake", team: "marketing", status: "healthy", criticality: "medium",
    purpose: "Sends daily website events into the data warehouse for campaign attribution.",
    dependents: ["Nightly web events load into Snowflake", "Attribution model in Looker"],
    scopes: "Analyst on the GA4 property; read the daily export", tags: ["marketing", "data warehouse"],
  },
  {
    service: "Mailchimp", name: "Mailchimp newsletter key", team: "marketing", status: "expired", criticality: "medium", owner: "rosa", rotateEveryDays: 365,
    purpose: "Adds people who sign up on the website to the monthly newsletter list.",
    dependents: ["Newsletter sign-up form on the website", "Welcome email series"],
    scopes: "Full account access (Mailchimp keys cannot be limited)", tags: ["marketing", "email"],
  },
  {
    service: "Mailchimp", name: "Mailchimp unsubscribe export", team: "marketing", status: "due30", criticality: "high", owner: "rosa",
    purpose: "Exports unsubscribes every night so Salesforce stops emailing those people.",
    dependents: ["Nightly unsubscribe sync to Salesforce"],
    scopes: "Read audiences and members", tags: ["marketing", "email", "compliance"],
  },
  {
    service: "Segment", name: "Segment website source", team: "marketing", status: "healthy", criticality: "high",
    purpose: "Sends website page views and sign-ups into Segment.",
    dependents: ["Website tracking in Segment", "Product sign-up funnel report"],
    scopes: "Write events to the website source", tags: ["marketing", "web", "tracking"],
  },
  {
    service: "Segment", name: "Segment workspace automation token", team: "marketing", status: "noBackup", criticality: "medium",
    purpose: "Lets marketing ops add new destinations through the workspace automation.",
    dependents: ["Destination set-up automation"],
    scopes: "Workspace member with source admin rights", tags: ["marketing", "automation"],
  },
  {
    service: "Zapier", name: "Zapier marketing workspace connection", team: "marketing", status: "healthy", criticality: "medium",
    purpose: "Runs the zaps that post new webinar registrations to Slack and HubSpot.",
    dependents: ["Webinar registrations posted in #events", "Webinar attendees added to HubSpot"],
    scopes: "Connected apps: HubSpot, Slack and Zoom", tags: ["marketing", "automation", "events"],
    where: "Zapier › Marketing workspace › Connections",
  },
  {
    service: "Slack", name: "Slack marketing alerts bot", team: "marketing", status: "noExpiry", criticality: "low",
    purpose: "Posts daily ad-spend alerts into #marketing-alerts.",
    dependents: ["Daily ad-spend alert in #marketing-alerts"],
    scopes: "Post messages to public channels", tags: ["marketing", "alerts"],
  },
  {
    service: "Airtable", name: "Airtable content calendar token", team: "marketing", status: "due7", criticality: "medium",
    purpose: "Syncs the content calendar base into Notion for the editorial team.",
    dependents: ["Editorial calendar in Notion", "Friday content round-up email"],
    scopes: "Read records in the Content calendar base", tags: ["marketing", "content"],
  },
  {
    service: "Notion", name: "Notion marketing wiki integration", team: "marketing", status: "revoked", criticality: "low",
    purpose: "Publishes the weekly campaign summary page in the marketing wiki.",
    dependents: ["Weekly campaign summary page"],
    scopes: "Read and insert content in the Marketing teamspace", tags: ["marketing", "content"],
    notes: "Revoked when the marketing wiki moved to a new teamspace; a new integration replaces it.",
  },
  {
    service: "Shopify", name: "Shopify merch store reporting app", team: "marketing", status: "retired", criticality: "low",
    purpose: "Read merch store orders for the quarterly brand report.",
    dependents: ["Quarterly brand report", "Merch stock alerts"],
    scopes: "Read orders and products", tags: ["marketing", "reporting"],
    notes: "The merch store closed; the record is kept for history.",
  },
  {
    service: "SendGrid", name: "SendGrid email stats key", team: "marketing", status: "expired", criticality: "medium",
    purpose: "Brings email opens and clicks into the campaign dashboard.",
    dependents: ["Email engagement tiles in the campaign dashboard"],
    scopes: "Read email statistics only", tags: ["marketing", "email", "reporting"],
  },
  {
    service: "Looker", name: "Looker marketing API key", team: "marketing", status: "due30", criticality: "medium",
    purpose: "Schedules the campaign dashboard PDFs sent to regional leads.",
    dependents: ["Monday campaign PDF to regional leads"],
    scopes: "Scheduled deliveries; read dashboards in the Marketing folder", tags: ["marketing", "reporting"],
  },

  // Finance
  {
    service: "Plaid", name: "Plaid bank feed", team: "finance", status: "due7", criticality: "critical", rotateEveryDays: 365,
    purpose: "Pulls the operating accounts' transactions into the cash dashboard every morning.",
    dependents: ["Daily cash position dashboard", "Nightly bank reconciliation in Xero"],
    scopes: "Transactions and balances for the two operating accounts", tags: ["finance", "bank feed"],
    where: "1Password › Finance vault › Plaid production",
  },
  {
    service: "Plaid", name: "Plaid sandbox keys", team: "finance", status: "noExpiry", criticality: "low", environment: "development",
    purpose: "Lets finance ops try bank-feed changes against made-up accounts.",
    dependents: ["Bank feed test runs"],
    scopes: "Sandbox only: made-up institutions and accounts", tags: ["finance", "testing"],
    where: "1Password › Finance vault › Plaid sandbox",
  },
  {
    service: "QuickBooks", name: "QuickBooks invoice sync", team: "finance", status: "expired", criticality: "critical",
    purpose: "Sends invoices from Stripe into QuickBooks every night.",
    dependents: ["Nightly invoice sync to QuickBooks", "Month-end revenue report"],
    scopes: "Accounting: read and write invoices and customers", tags: ["finance", "billing"],
    where: "1Password › Finance vault › QuickBooks app connection",
  },
  {
    service: "QuickBooks", name: "QuickBooks reporting connection", team: "finance", status: "healthy", criticality: "high",
    purpose: "Reads the profit-and-loss statement for the monthly board pack.",
    dependents: ["Monthly board pack P&L", "Budget vs actuals in Looker"],
    scopes: "Accounting: read-only reports", tags: ["finance", "reporting"],
  },
  {
    service: "Xero", name: "Xero bank reconciliation app", team: "finance", status: "overdue", criticality: "high", rotateEveryDays: 180,
    purpose: "Matches bank feed lines to bills in the UK subsidiary's Xero books.",
    dependents: ["UK subsidiary bank reconciliation", "Quarter-end consolidation sheet"],
    scopes: "Read and write bank transactions, read contacts", tags: ["finance", "bank feed"],
  },
  {
    service: "Xero", name: "Xero payroll journal import", team: "finance", status: "expired", criticality: "high", owner: "tom",
    purpose: "Imports the monthly payroll journal from Gusto into Xero.",
    dependents: ["Monthly payroll journal in Xero"],
    scopes: "Write manual journals", tags: ["finance", "payroll"],
  },
  {
    service: "Stripe", name: "Stripe reporting restricted key", team: "finance", status: "healthy", criticality: "high", rotateEveryDays: 180,
    purpose: "Reads payouts and fees for the weekly revenue report.",
    dependents: ["Weekly revenue report", "Payout reconciliation sheet"],
    scopes: "Restricted key: read balance, charges and payouts", tags: ["finance", "billing", "reporting"],
    where: "1Password › Finance vault › Stripe restricted reporting key",
  },
  {
    service: "Stripe", name: "Stripe billing webhook signing secret", team: "finance", status: "compromised", criticality: "critical",
    purpose: "Confirms that subscription events really come from Stripe before the billing sync uses them.",
    dependents: ["Subscription changes synced to Salesforce", "Failed-payment emails"],
    scopes: "Verifies webhook events only", tags: ["finance", "billing"],
    notes: "Reported compromised after it appeared in a screenshot shared in a vendor support ticket.",
  },
  {
    service: "Stripe", name: "Stripe test mode key", team: "finance", status: "noBackup", criticality: "low", environment: "test",
    purpose: "Used by finance ops to try out new invoice templates.",
    dependents: ["Invoice template previews"],
    scopes: "Test mode only", tags: ["finance", "testing"],
  },
  {
    service: "Gusto", name: "Gusto payroll cost export", team: "finance", status: "due30", criticality: "high",
    purpose: "Pulls pay-run totals into the payroll cost report.",
    dependents: ["Payroll cost report", "Headcount cost forecast"],
    scopes: "Read payrolls and employees (no bank details)", tags: ["finance", "payroll", "reporting"],
  },
  {
    service: "DocuSign", name: "DocuSign contract archive", team: "finance", status: "healthy", criticality: "medium", owner: "tom",
    purpose: "Copies signed order forms into the finance contracts folder on Google Drive.",
    dependents: ["Signed contracts folder on Google Drive", "Revenue recognition checklist"],
    scopes: "Read envelopes and documents", tags: ["finance", "contracts"],
  },
  {
    service: "Snowflake", name: "Snowflake finance reporting user", team: "finance", status: "overdue", criticality: "high", rotateEveryDays: 90,
    purpose: "Lets the finance dashboards read the revenue tables.",
    dependents: ["Revenue dashboards in Looker", "Month-end close checklist"],
    scopes: "Read-only role on the finance schema", tags: ["finance", "data warehouse"],
    where: "AWS Secrets Manager › finance › Snowflake reporting user",
  },
  {
    service: "Airtable", name: "Airtable vendor tracker token", team: "finance", status: "revoked", criticality: "low",
    purpose: "Kept the vendor spend tracker base up to date from QuickBooks bills.",
    dependents: ["Vendor spend tracker"],
    scopes: "Read and write records in the Vendors base", tags: ["finance", "vendors"],
    notes: "Revoked when the vendor tracker moved to Google Sheets.",
  },
  {
    service: "Salesforce", name: "Salesforce bookings connection", team: "finance", status: "healthy", criticality: "high",
    purpose: "Reads closed-won opportunities so finance can raise invoices.",
    dependents: ["Invoice request queue", "Bookings report"],
    scopes: "API access; read opportunities, quotes and accounts", tags: ["finance", "crm", "billing"],
  },
  {
    service: "Slack", name: "Slack finance approvals bot", team: "finance", status: "noExpiry", criticality: "medium",
    purpose: "Posts purchase approvals to #finance-approvals and records who approved.",
    dependents: ["Purchase approval requests in #finance-approvals"],
    scopes: "Post messages and read reactions in finance channels", tags: ["finance", "approvals"],
  },

  // Customer Success
  {
    service: "Zendesk", name: "Zendesk reporting token", team: "customerSuccess", status: "expired", criticality: "high",
    purpose: "Feeds ticket volumes and response times into the weekly customer success review.",
    dependents: ["Customer success weekly review dashboard", "First-response-time alert"],
    scopes: "Read tickets and users", tags: ["support", "reporting"],
    where: "1Password › Customer Success vault › Zendesk API token",
  },
  {
    service: "Zendesk", name: "Zendesk to Salesforce case sync", team: "customerSuccess", status: "healthy", criticality: "high",
    purpose: "Links support tickets to the customer's account in Salesforce.",
    dependents: ["Open tickets panel on Salesforce accounts", "Churn-risk report"],
    scopes: "Read tickets, write ticket fields", tags: ["support", "crm"],
  },
  {
    service: "Intercom", name: "Intercom conversations export", team: "customerSuccess", status: "due7", criticality: "medium",
    purpose: "Exports chat conversations for the monthly voice-of-customer review.",
    dependents: ["Voice-of-customer report"],
    scopes: "Read conversations, users and companies", tags: ["support", "reporting"],
  },
  {
    service: "Intercom", name: "Intercom onboarding messages preview", team: "customerSuccess", status: "noBackup", criticality: "low", environment: "staging",
    purpose: "Lets customer success preview onboarding messages before they go live.",
    dependents: ["Onboarding message previews"],
    scopes: "Read and write messages in the test workspace", tags: ["support", "onboarding"],
  },
  {
    service: "Salesforce", name: "Salesforce health score integration", team: "customerSuccess", status: "overdue", criticality: "high", rotateEveryDays: 180,
    purpose: "Writes the customer health score onto each account every night.",
    dependents: ["Nightly health score update", "Renewals at-risk list"],
    scopes: "API access; edit the health fields on accounts", tags: ["support", "crm"],
  },
  {
    service: "Slack", name: "Slack escalations bot", team: "customerSuccess", status: "healthy", criticality: "high",
    purpose: "Posts urgent tickets to #cs-escalations and pages the customer success manager on call.",
    dependents: ["Urgent ticket alerts in #cs-escalations"],
    scopes: "Post messages, mention user groups", tags: ["support", "alerts"],
  },
  {
    service: "Looker", name: "Looker renewals API key", team: "customerSuccess", status: "due30", criticality: "medium",
    purpose: "Emails the renewal forecast to customer success managers every Friday.",
    dependents: ["Friday renewal forecast email"],
    scopes: "Scheduled deliveries from the Renewals folder", tags: ["support", "reporting", "renewals"],
  },
  {
    service: "Twilio", name: "Twilio maintenance text alerts", team: "customerSuccess", status: "compromised", criticality: "medium",
    purpose: "Sends text-message alerts to customers when scheduled maintenance starts.",
    dependents: ["Maintenance text alerts", "Status page subscriber texts"],
    scopes: "Send messages from the support number", tags: ["support", "alerts"],
    notes: "The key turned up in an old shared spreadsheet; reported so it can be revoked and replaced.",
  },
  {
    service: "Notion", name: "Notion playbook integration", team: "customerSuccess", status: "healthy", criticality: "low",
    purpose: "Keeps the customer playbook pages in Notion in step with the Zendesk macros.",
    dependents: ["Customer success playbook pages"],
    scopes: "Read and update pages in the Playbooks teamspace", tags: ["support", "content"],
  },
  {
    service: "Segment", name: "Segment product usage source", team: "customerSuccess", status: "healthy", criticality: "high",
    purpose: "Sends product usage events that feed the customer health score.",
    dependents: ["Product usage in the health score"],
    scopes: "Write events to the product source", tags: ["support", "tracking"],
  },
  {
    service: "Zapier", name: "Zapier NPS survey connection", team: "customerSuccess", status: "retired", criticality: "low",
    purpose: "Sent NPS survey answers into Salesforce and Slack.",
    dependents: ["NPS answers on Salesforce accounts", "Detractor alerts in #cs-feedback"],
    scopes: "Connected apps: Typeform, Salesforce and Slack", tags: ["support", "surveys"],
    where: "Zapier › Customer Success workspace › Connections",
    notes: "Replaced by the built-in Salesforce survey integration.",
  },

  // Sales Ops
  {
    service: "Salesforce", name: "Salesforce reporting integration user", team: "salesOps", status: "healthy", criticality: "critical", rotateEveryDays: 90,
    purpose: "Runs the weekly pipeline report and the forecast roll-up.",
    dependents: ["Weekly pipeline report in Looker", "Forecast roll-up sheet"],
    scopes: "API access; read opportunities, accounts and users", tags: ["sales", "crm", "reporting"],
    where: "1Password › Sales Ops vault › Salesforce integration user",
  },
  {
    service: "Salesforce", name: "Salesforce data loader app", team: "salesOps", status: "noExpiry", criticality: "high",
    purpose: "Lets Sales Ops bulk-update sales territories each quarter.",
    dependents: ["Quarterly territory update"],
    scopes: "Edit accounts and opportunities for the Sales Ops profile", tags: ["sales", "crm"],
  },
  {
    service: "Salesforce", name: "Salesforce sandbox integration", team: "salesOps", status: "retired", criticality: "low", environment: "staging",
    purpose: "Tested lead routing changes in the full sandbox.",
    dependents: ["Lead routing test plan"],
    scopes: "API access in the full sandbox only", tags: ["sales", "testing"],
    notes: "The full sandbox was replaced by a developer sandbox with its own connection.",
  },
  {
    service: "HubSpot", name: "HubSpot sales sequences key", team: "salesOps", status: "due30", criticality: "medium",
    purpose: "Enrolls new leads into the outbound email sequences.",
    dependents: ["Outbound sequences for new leads"],
    scopes: "Read contacts, enroll in sequences", tags: ["sales", "email"],
  },
  {
    service: "Looker", name: "Looker sales leaderboard key", team: "salesOps", status: "healthy", criticality: "low",
    purpose: "Refreshes the sales leaderboard on the office screens.",
    dependents: ["Sales leaderboard on office screens"],
    scopes: "Read dashboards in the Sales folder", tags: ["sales", "reporting"],
  },
  {
    service: "Snowflake", name: "Snowflake pipeline loader", team: "salesOps", status: "overdue", criticality: "high", rotateEveryDays: 90,
    purpose: "Loads Salesforce opportunities into the data warehouse every hour.",
    dependents: ["Hourly pipeline load", "Sales forecast model"],
    scopes: "Write to the sales schema only", tags: ["sales", "data warehouse"],
    where: "AWS Secrets Manager › sales-ops › Snowflake loader",
  },
  {
    service: "DocuSign", name: "DocuSign sales contracts app", team: "salesOps", status: "due7", criticality: "critical",
    purpose: "Sends order forms for signature straight from Salesforce.",
    dependents: ["Order forms sent from Salesforce", "Signed-deal alerts in #wins"],
    scopes: "Send envelopes, read envelope status", tags: ["sales", "contracts"],
  },
  {
    service: "Slack", name: "Slack deal desk bot", team: "salesOps", status: "compromised", criticality: "medium",
    purpose: "Posts discount approval requests to #deal-desk.",
    dependents: ["Discount approvals in #deal-desk"],
    scopes: "Post messages, read reactions in #deal-desk", tags: ["sales", "approvals"],
    notes: "The bot token was pasted into a public code snippet by mistake; reported the same day.",
  },
  {
    service: "Zapier", name: "Zapier demo booking connection", team: "salesOps", status: "revoked", criticality: "low",
    purpose: "Created a Salesforce task whenever a demo was booked.",
    dependents: ["Demo-booked tasks in Salesforce"],
    scopes: "Connected apps: Google Calendar and Salesforce", tags: ["sales", "automation"],
    where: "Zapier › Sales Ops workspace › Connections",
    notes: "Revoked after demo booking moved into HubSpot meetings.",
  },
  {
    service: "Stripe", name: "Stripe customer lookup key", team: "salesOps", status: "healthy", criticality: "medium",
    purpose: "Shows each account's plan and payment status inside Salesforce.",
    dependents: ["Billing panel on Salesforce accounts"],
    scopes: "Restricted key: read customers and subscriptions", tags: ["sales", "billing", "crm"],
  },
  {
    service: "Airtable", name: "Airtable partner directory token", team: "salesOps", status: "noBackup", criticality: "low",
    purpose: "Publishes the partner directory base to the partner portal.",
    dependents: ["Partner portal directory"],
    scopes: "Read records in the Partners base", tags: ["sales", "partners"],
  },
  {
    service: "Segment", name: "Segment lead enrichment", team: "salesOps", status: "healthy", criticality: "medium",
    purpose: "Adds company size and industry to new leads.",
    dependents: ["Lead enrichment on new leads", "Lead scoring"],
    scopes: "Read profiles, write traits", tags: ["sales", "crm"],
  },

  // People Ops
  {
    service: "Gusto", name: "Gusto new hire sync", team: "peopleOps", status: "due7", criticality: "critical",
    purpose: "Creates new hires in Gusto from the signed offer in the applicant tracker.",
    dependents: ["New-hire set-up in Gusto", "First-day payroll"],
    scopes: "Write employees and jobs; read company details", tags: ["people", "payroll", "onboarding"],
    where: "1Password › People Ops vault › Gusto API",
  },
  {
    service: "Greenhouse", name: "Greenhouse Harvest key", team: "peopleOps", status: "expired", criticality: "medium",
    purpose: "Pulls hiring pipeline numbers into the monthly hiring report.",
    dependents: ["Monthly hiring report", "Recruiter capacity sheet"],
    scopes: "Read candidates, applications and jobs", tags: ["people", "recruiting", "reporting"],
  },
  {
    service: "Greenhouse", name: "Greenhouse onboarding webhook", team: "peopleOps", status: "healthy", criticality: "high",
    purpose: "Starts the onboarding checklist when an offer is accepted.",
    dependents: ["Onboarding checklist in Notion", "Laptop order request"],
    scopes: "Receive offer-accepted events", tags: ["people", "onboarding"],
  },
  {
    service: "BambooHR", name: "BambooHR directory sync", team: "peopleOps", status: "overdue", criticality: "medium", rotateEveryDays: 180,
    purpose: "Keeps the company directory and org chart up to date in Slack and Notion.",
    dependents: ["Org chart in Notion", "Job titles on Slack profiles"],
    scopes: "Read employee directory fields (no salary data)", tags: ["people", "directory"],
  },
  {
    service: "Slack", name: "Slack announcements bot", team: "peopleOps", status: "noExpiry", criticality: "low",
    purpose: "Posts work anniversaries and new-joiner welcomes in #general.",
    dependents: ["New-joiner welcomes in #general", "Work anniversary posts"],
    scopes: "Post messages to #general", tags: ["people", "announcements"],
  },
  {
    service: "DocuSign", name: "DocuSign offer letters", team: "peopleOps", status: "due30", criticality: "high",
    purpose: "Sends offer letters for signature from Greenhouse.",
    dependents: ["Offer letters sent from Greenhouse"],
    scopes: "Send envelopes from the HR account", tags: ["people", "recruiting", "contracts"],
  },
  {
    service: "Notion", name: "Notion handbook integration", team: "peopleOps", status: "noBackup", criticality: "low",
    purpose: "Publishes policy updates from the handbook to the intranet home page.",
    dependents: ["Policy updates on the intranet home page"],
    scopes: "Read pages in the Handbook teamspace", tags: ["people", "content"],
  },
  {
    service: "Airtable", name: "Airtable interview panel token", team: "peopleOps", status: "retired", criticality: "low",
    purpose: "Kept interview panels in step with the recruiting calendar base.",
    dependents: ["Interview panel calendar"],
    scopes: "Read and write records in the Interviews base", tags: ["people", "recruiting"],
    notes: "Interview scheduling moved into Greenhouse.",
  },
  {
    service: "Gusto", name: "Gusto benefits report", team: "peopleOps", status: "healthy", criticality: "medium",
    purpose: "Exports benefits enrolment for the annual broker review.",
    dependents: ["Annual benefits review pack"],
    scopes: "Read benefits and enrolments", tags: ["people", "benefits"],
  },
  {
    service: "Twilio", name: "Twilio interview reminders", team: "peopleOps", status: "revoked", criticality: "low",
    purpose: "Texted candidates a reminder the day before their interview.",
    dependents: ["Interview reminder texts"],
    scopes: "Send messages from the recruiting number", tags: ["people", "recruiting"],
    notes: "Revoked when interview reminders moved into Greenhouse.",
  },
  {
    service: "Zendesk", name: "Zendesk HR help desk token", team: "peopleOps", status: "healthy", criticality: "medium",
    purpose: "Routes employee questions from the HR help desk into the right queue.",
    dependents: ["HR help desk routing"],
    scopes: "Read and update tickets in the HR brand", tags: ["people", "support"],
  },

  // Engineering Platform: all owned by one person, the "owns too much" case.
  {
    service: "AWS", name: "AWS cost reporting user", team: "platform", status: "overdue", criticality: "medium", rotateEveryDays: 90,
    purpose: "Lets the cost report read the monthly AWS bills.",
    dependents: ["Monthly cloud cost report", "Budget alerts in #eng-costs"],
    scopes: "Billing and Cost Explorer, read-only", tags: ["infrastructure", "finance", "reporting"],
    where: "AWS Secrets Manager › platform › cost reporting",
  },
  {
    service: "AWS", name: "AWS backup bucket writer", team: "platform", status: "healthy", criticality: "critical", rotateEveryDays: 90,
    purpose: "Lets the nightly job write database backups to the backups bucket.",
    dependents: ["Nightly database backups"],
    scopes: "Write to the backups bucket only", tags: ["infrastructure", "backups"],
    where: "AWS Secrets Manager › platform › backup writer",
  },
  {
    service: "AWS", name: "AWS staging deploy user", team: "platform", status: "noBackup", criticality: "medium", environment: "staging",
    purpose: "Deploys the staging site when changes are merged.",
    dependents: ["Staging deploys"],
    scopes: "Deploy to the staging account only", tags: ["infrastructure", "deploys"],
  },
  {
    service: "GitHub", name: "GitHub release bot", team: "platform", status: "due7", criticality: "high",
    purpose: "Lets the release workflow publish new versions of the internal tools.",
    dependents: ["Release workflow for internal tools"],
    scopes: "Contents: read and write; Deployments: write", tags: ["infrastructure", "deploys"],
    where: "1Password › Platform vault › GitHub release bot private key",
  },
  {
    service: "GitHub", name: "GitHub issue sync token", team: "platform", status: "expired", criticality: "medium",
    purpose: "Copies customer-reported bugs from Zendesk into GitHub issues.",
    dependents: ["Zendesk-to-GitHub bug sync"],
    scopes: "Issues: read and write on the product repository", tags: ["support", "engineering"],
  },
  {
    service: "Okta", name: "Okta provisioning token", team: "platform", status: "healthy", criticality: "critical", rotateEveryDays: 90,
    purpose: "Creates and removes accounts when people join or leave.",
    dependents: ["Day-one accounts for new hires", "Leaver account removal"],
    scopes: "Manage users and group memberships", tags: ["sso", "people", "security"],
  },
  {
    service: "Okta", name: "Okta Slack provisioning", team: "platform", status: "noExpiry", criticality: "high",
    purpose: "Adds and removes people in Slack automatically.",
    dependents: ["Slack accounts for joiners and leavers"],
    scopes: "Provision users in the Slack workspace", tags: ["sso", "people"],
  },
  {
    service: "Snowflake", name: "Snowflake transformation user", team: "platform", status: "healthy", criticality: "critical", rotateEveryDays: 90,
    purpose: "Runs the nightly data models that every dashboard reads from.",
    dependents: ["Nightly data model run", "Refresh of all Looker dashboards"],
    scopes: "Read raw data, write the analytics schema", tags: ["data warehouse", "infrastructure"],
    where: "AWS Secrets Manager › platform › Snowflake transformation user",
  },
  {
    service: "Looker", name: "Looker admin API key", team: "platform", status: "healthy", criticality: "medium",
    purpose: "Backs up Looker content and keeps user groups in step with Okta.",
    dependents: ["Weekly Looker content backup", "Looker group sync from Okta"],
    scopes: "Admin API: content and groups", tags: ["reporting", "backups"],
  },
  {
    service: "Twilio", name: "Twilio sign-in codes", team: "platform", status: "expired", criticality: "critical",
    purpose: "Sends one-time sign-in codes for the customer portal.",
    dependents: ["Customer portal sign-in codes"],
    scopes: "Send and check verification codes", tags: ["security", "customer portal"],
  },
  {
    service: "SendGrid", name: "SendGrid transactional email key", team: "platform", status: "compromised", criticality: "critical", rotateEveryDays: 180,
    purpose: "Sends password reset and receipt emails from the product.",
    dependents: ["Password reset emails", "Receipt emails"],
    scopes: "Mail send only", tags: ["email", "customer portal"],
    notes: "Found in a public repository by a security researcher; reported through the security inbox.",
  },
  {
    service: "SendGrid", name: "SendGrid staging key", team: "platform", status: "noExpiry", criticality: "low", environment: "staging",
    purpose: "Sends test emails from the staging site to the team inbox only.",
    dependents: ["Staging email previews"],
    scopes: "Mail send only, to the team inbox", tags: ["email", "testing"],
  },
  {
    service: "Slack", name: "Slack deploy notifications", team: "platform", status: "revoked", criticality: "low",
    purpose: "Posted deploy announcements to #deploys.",
    dependents: ["Deploy announcements in #deploys"],
    scopes: "Post to #deploys", tags: ["deploys", "alerts"],
    notes: "Revoked when deploy notices moved to the GitHub app.",
  },
  {
    service: "GitHub", name: "GitHub security alerts reader", team: "platform", status: "due30", criticality: "medium",
    purpose: "Collects security alerts for the monthly security review.",
    dependents: ["Monthly security review"],
    scopes: "Read security alerts on all repositories", tags: ["security", "reporting"],
  },
  {
    service: "Okta", name: "Okta access review export", team: "platform", status: "healthy", criticality: "medium", rotateEveryDays: 180,
    purpose: "Exports who has access to which app for the quarterly access review.",
    dependents: ["Quarterly access review sheet", "Auditor evidence folder"],
    scopes: "Read users, groups and app assignments", tags: ["sso", "security", "compliance"],
  },
  {
    service: "AWS", name: "AWS legacy reporting key", team: "platform", status: "retired", criticality: "low",
    purpose: "Fed the old cost dashboard and was retired with it.",
    dependents: ["Old cost dashboard (switched off)"],
    scopes: "Billing, read-only", tags: ["infrastructure", "reporting"],
    notes: "Replaced by the AWS cost reporting user.",
  },
];
