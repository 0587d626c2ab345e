const plainWords: Record<string, string> = {
  "audit.exported": "Downloaded the audit log",
  "auth.signed_in": "Signed in",
  "calendar.person_key_reset": "Made a new private calendar address",
  "calendar.team_key_reset": "Made a new team calendar address",
  "auth.signed_out": "Signed out",
  "auth.signed_out_everywhere": "Signed out on every device",
  "authorization.refused": "Was refused access",
  "mail.send_test": "Sent a test email",
  "mail.sent_again": "Sent failed emails again",
  "person.deactivated": "Deactivated a person",
  "person.first_admin_created": "Created the first admin",
  "person.invitation_resent": "Sent an invitation again",
  "person.invited": "Invited a person",
  "person.made_admin_by_setting": "Made an admin by the ADMIN_EMAIL setting",
  "person.reactivated": "Reactivated a person",
  "person.role_changed": "Changed a role",
  "person.renamed_self": "Changed their own name",
  "channel.created": "Added a chat or webhook channel",
  "channel.deleted": "Removed a chat or webhook channel",
  "channel.paused": "Paused a channel that kept failing",
  "channel.resumed": "Resumed a paused channel",
  "channel.routed": "Chose a team's chat or webhook channel",
  "channel.tested": "Sent a test message to a channel",
  "team.created": "Created a team",
  "team.renamed": "Renamed a team",
  "team.deleted": "Removed a team",
  "token.created": "Created the token",
  "token.exported": "Downloaded the token list",
  "token.imported": "Imported the token from a spreadsheet",
  "token.retired": "Retired the token",
  "token.updated": "Changed the token",
  "reminder.acknowledged": "Said “I'm on it” for the token",
  "reminder.digest_changed": "Switched the daily reminder email on or off",
  "settings.reminder_schedule_changed": "Changed the reminder schedule",
  "settings.organisation_time_changed": "Changed the time zone or the hour reminders go out",
  "token.owner_assigned": "Gave the token a new owner",
  "token.backup_assigned": "Gave the token a new backup",
  "token.backup_removed": "Removed the token's backup",
  "token.reported_compromised": "Reported the token as compromised",
  "token.revoked": "Marked the token revoked",
  "token.reported_not_working": "Told the owner it's not working",
  "token.problem_answered": "Answered the “not working” report",
  "token.monitor_failing": "A monitor reported the token failing",
  "token.monitor_ok": "A monitor reported the token working again",
  "token.rotated": "Rotated the token: new dates saved",
  "token.automation_hook_set": "Set the token's automation hook",
  "token.automation_hook_cleared": "Removed the token's automation hook",
  "api_key.created": "Made an API key",
  "api_key.revoked": "Revoked an API key",
  "token.replaced_after_leak": "Replaced the leaked token: new dates saved",
  "runbook.created": "Wrote the runbook",
  "runbook.updated": "Changed the runbook",
  "runbook.tested": "Tested the runbook with a practice run",
  "runbook.template_saved": "Saved a runbook as a template",
  "run.rotation_started": "Started a rotation",
  "run.practice_started": "Started a practice run",
  "run.emergency_started": "Started the emergency replacement",
  "run.step_checked": "Ticked a step of a run",
  "run.step_unchecked": "Unticked a step of a run",
  "run.rolled_back": "Rolled back a run",
  "run.abandoned": "Stopped a run without changes",
  "import.completed": "Imported tokens from a spreadsheet",
  "demo.seeded": "Filled Tokenbook with demo data",
};

const groupWords: Record<string, string> = {
  "audit.": "Everything about the audit log",
  "auth.": "Everything about signing in and out",
  "authorization.": "Every refused attempt",
  "calendar.": "Everything about calendar feeds",
  "channel.": "Everything about chat and webhook channels",
  "mail.": "Everything about email",
  "person.": "Everything about people",
  "run.": "Everything about rotation runs",
  "runbook.": "Everything about runbooks",
  "team.": "Everything about teams",
  "token.": "Everything about tokens",
  "reminder.": "Everything about reminders",
  "settings.": "Every change to the settings",
};

const sentence = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * "person.role_changed" → "Changed a role"; unknown actions still read as words: "token.renewed" → "Token: renewed".
 */
export function describeAuditAction(action: string) {
  if (plainWords[action]) return plainWords[action];
  if (action.endsWith(".")) return groupWords[action] ?? `Everything starting with “${action}”`;
  const [subject, ...rest] = action.split(".");
  const what = rest.join(" ").replaceAll("_", " ");
  return what ? `${sentence(subject.replaceAll("_", " "))}: ${what}` : sentence(action.replaceAll("_", " "));
}

/** "person.role_changed" → "person.", for offering every action of one kind at once. */
export const auditActionGroup = (action: string) => (action.includes(".") ? `${action.split(".")[0]}.` : null);
