import { refuseOutOfDateSave } from "@/lib/audit/refuse-out-of-date-save";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A setting's version for its form: when it was last saved, or "" while it still has its default. */
export async function readSettingVersion(key: string) {
  const row = await db.setting.findUnique({ where: { key }, select: { updatedAt: true } });
  return row?.updatedAt.toISOString() ?? "";
}

/**
 * Inside the save's transaction: refuses a save from a Settings form opened before another admin's
 * save of the same setting, then claims the row as read so two saves at one moment cannot both pass.
 */
export async function refuseOutOfDateSetting(
  tx: Prisma.TransactionClient,
  key: string,
  what: string,
  opened: string | undefined,
) {
  const before = await tx.setting.findUnique({ where: { key } });
  await refuseOutOfDateSave(
    tx,
    { recordType: "setting", recordId: key, what, current: before?.updatedAt.toISOString() ?? "" },
    opened,
  );
  if (!before) return null;
  const claimed = await tx.setting.updateMany({
    where: { key, updatedAt: before.updatedAt },
    data: { updatedAt: new Date() },
  });
  if (claimed.count !== 1)
    throw new ConflictError(
      `Another admin saved ${what} at the same moment; nothing was saved. Reload the page to see their change.`,
    );
  return before;
}
