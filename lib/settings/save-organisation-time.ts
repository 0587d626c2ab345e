import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { organisationTimeSchema, organisationTimeSettingKey, type OrganisationTime, type OrganisationTimeInput } from "./organisation-time";
import { readOrganisationTime } from "./read-organisation-time";

/** The time zone and reminder hour for the Settings page, and whether an admin has chosen them yet; admins only. */
export async function getOrganisationTime(actor: Actor | null): Promise<OrganisationTime & { chosen: boolean }> {
  await authorize(actor, "settings.view", isAdmin);
  const [time, row] = await Promise.all([readOrganisationTime(), db.setting.findUnique({ where: { key: organisationTimeSettingKey }, select: { key: true } })]);
  return { ...time, chosen: row !== null };
}

/** Admins set the organisation's time zone and reminder hour; the change and its audit row commit together. */
export async function saveOrganisationTime(actor: Actor | null, input: OrganisationTimeInput): Promise<OrganisationTime> {
  const admin = await authorize(actor, "settings.organisation_time", isAdmin);
  const time = parseInput(organisationTimeSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: organisationTimeSettingKey } });
    await tx.setting.upsert({
      where: { key: organisationTimeSettingKey },
      create: { key: organisationTimeSettingKey, value: time, updatedById: admin.id },
      update: { value: time, updatedById: admin.id },
    });
    await recordAudit(tx, { actor: admin, action: "settings.organisation_time_changed", recordType: "setting", recordId: organisationTimeSettingKey, before: before?.value ?? null, after: time });
    return time;
  });
}
