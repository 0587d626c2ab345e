import type { ReminderCandidate } from "./load-reminder-candidates";
import type { PlannedReminder } from "./plan-reminders";
import type { ReminderAdmin } from "./list-reminder-admins";

export type Recipient = { id: string; digest: boolean };

/**
 * Owner and backup hear every step; escalations go to admins. When neither owner nor backup can
 * receive it (deactivated), admins get the reminder, so it is never silently dropped. Escalations
 * are never held for a digest: they exist because time is short.
 */
export function chooseRecipients(
  reminder: PlannedReminder,
  token: ReminderCandidate,
  admins: ReminderAdmin[],
): Recipient[] {
  const toAdmins = () =>
    admins.map((admin) => ({ id: admin.id, digest: reminder.kind !== "escalation" && admin.reminderDigest }));
  if (reminder.kind === "escalation") return toAdmins();
  const people = reminder.kind === "no_backup" ? [token.owner] : [token.owner, token.backup];
  const active = people
    .filter((person) => person?.active)
    .map((person) => ({ id: person!.id, digest: person!.reminderDigest }));
  const distinct = active.filter((person, index) => active.findIndex((other) => other.id === person.id) === index);
  return distinct.length > 0 ? distinct : toAdmins();
}
