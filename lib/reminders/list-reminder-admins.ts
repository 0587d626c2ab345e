import { db } from "@/lib/db";

export type ReminderAdmin = { id: string; name: string; email: string; reminderDigest: boolean };

/** Active admins, oldest first: they hear escalations and are named in "Not yours? Tell an admin". */
export function listReminderAdmins(): Promise<ReminderAdmin[]> {
  return db.user.findMany({
    where: { role: "admin", active: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, reminderDigest: true },
  });
}
