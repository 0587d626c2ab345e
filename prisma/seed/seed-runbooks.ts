// Runbooks for most demo tokens and one rotation under way, so the core feature shows at once.
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { builtInTemplates } from "@/lib/runbooks/built-in-templates";
import { fillTemplate } from "@/lib/runbooks/fill-template";
import { runbookSnapshot } from "@/lib/runbooks/runbook-snapshot";
import { runStepsFrom } from "@/lib/runs/run-steps";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";

/** Who the audit log names for everything the demo data made. */
export const demoActor = "demo data";

/** The built-in template that fits a service; a key made on a settings page for the rest. */
const templateByService: Record<string, string> = {
  Salesforce: "oauth-connection",
  "Google Analytics": "service-account-key",
  Looker: "service-account-key",
  Snowflake: "service-account-key",
  AWS: "service-account-key",
  GitHub: "personal-access-token",
  Airtable: "personal-access-token",
  Notion: "personal-access-token",
  DocuSign: "oauth-connection",
  QuickBooks: "oauth-connection",
  Xero: "oauth-connection",
};

const templateFor = (service: string) =>
  builtInTemplates.find((template) => template.key === (templateByService[service] ?? "saas-api-key"))!;

/** Steps already ticked in the demo's rotation under way: making the new key is done, putting it in place is next. */
const tickedSteps = 2;

/**
 * Every token in use except every third one (by name) gets a runbook from the template for its
 * service, so a token without one shows too; the token expiring soonest, owned by an active editor,
 * has a rotation started two hours ago with its first steps ticked.
 */
export async function createDemoRunbooks(tx: Prisma.TransactionClient, now: Date, audit: () => void) {
  const tokens = await tx.token.findMany({
    where: { state: { not: "retired" } },
    select: {
      id: true,
      service: true,
      consoleUrl: true,
      state: true,
      expiresOn: true,
      owner: { select: { id: true, active: true, role: true } },
    },
    orderBy: { nameKey: "asc" },
  });
  const withRunbook = tokens.filter((_, index) => index % 3 !== 2);
  for (const token of withRunbook) {
    const template = templateFor(token.service);
    const steps = fillTemplate(template, token);
    await tx.runbook.create({ data: { tokenId: token.id, ...steps, templateName: template.name } });
    await recordAudit(tx, {
      actor: null,
      actorEmail: demoActor,
      action: "runbook.created",
      recordType: "token",
      recordId: token.id,
      after: runbookSnapshot(steps, template.name),
    });
    audit();
  }

  const today = startOfUtcDay(now);
  const soonest = withRunbook
    .filter(
      (token) =>
        token.state === "active" &&
        token.expiresOn &&
        token.expiresOn >= today &&
        token.expiresOn <= addDays(today, 14) &&
        token.owner.active &&
        token.owner.role !== "viewer",
    )
    .sort((a, b) => a.expiresOn!.getTime() - b.expiresOn!.getTime())[0];
  if (!soonest) return;
  const template = templateFor(soonest.service);
  const steps = runStepsFrom(fillTemplate(template, soonest), "rotation");
  const startedAt = new Date(now.getTime() - 2 * 3_600_000);
  const run = await tx.rotationRun.create({
    data: {
      tokenId: soonest.id,
      activeTokenId: soonest.id,
      kind: "rotation",
      steps,
      startedById: soonest.owner.id,
      startedAt,
    },
  });
  await recordAudit(tx, {
    actor: null,
    actorEmail: demoActor,
    action: "run.rotation_started",
    recordType: "token",
    recordId: soonest.id,
    after: { run: run.id, kind: "rotation", steps: steps.checklist.length },
  });
  audit();
  for (let step = 0; step < Math.min(tickedSteps, steps.checklist.length); step++) {
    await tx.runStepCheck.create({
      data: {
        runId: run.id,
        stepIndex: step,
        checkedById: soonest.owner.id,
        checkedAt: new Date(startedAt.getTime() + (step + 1) * 20 * 60_000),
      },
    });
    await recordAudit(tx, {
      actor: null,
      actorEmail: demoActor,
      action: "run.step_checked",
      recordType: "run",
      recordId: run.id,
      after: { step: step + 1, of: steps.checklist.length },
    });
    audit();
  }
  // Replacing it is being on it: the reminder for this expiry counts as answered, as when a person starts a run.
  await tx.acknowledgement.create({
    data: { tokenId: soonest.id, dueOn: soonest.expiresOn!, personId: soonest.owner.id },
  });
}
