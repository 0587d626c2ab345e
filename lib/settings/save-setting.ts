import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refuseOutOfDateSetting } from "./setting-version";

type Setting = {
  /** Where it is stored: "organisation.time". */
  key: string;
  /** What admins are allowed to do, "settings.organisation_time"; the audit row is "<permission>_changed". */
  permission: string;
  /** How a refusal names it: "the time zone". */
  what: string;
};

/**
 * Admins save one organisation-wide setting: checked by `parse` after the admin check, refused when
 * the form was opened before another admin's save (`version`, see readSettingVersion), and stored
 * with its audit row in one transaction.
 */
export async function saveSetting<T extends Prisma.InputJsonValue>(
  actor: Actor | null,
  setting: Setting,
  parse: () => T,
  version: string | undefined,
): Promise<T> {
  const admin = await authorize(actor, setting.permission, isAdmin);
  const value = parse();
  return db.$transaction(async (tx) => {
    const before = await refuseOutOfDateSetting(tx, setting.key, setting.what, version);
    await tx.setting.upsert({
      where: { key: setting.key },
      create: { key: setting.key, value, updatedById: admin.id },
      update: { value, updatedById: admin.id },
    });
    await recordAudit(tx, {
      actor: admin,
      action: `${setting.permission}_changed`,
      recordType: "setting",
      recordId: setting.key,
      before: before?.value ?? null,
      after: value,
    });
    return value;
  });
}
