const plainWords: Record<string, string> = {
  "audit.exported": "Downloaded the audit log",
  "auth.signed_in": "Signed in",
  "auth.signed_out": "Signed out",
  "auth.signed_out_everywhere": "Signed out on every device",
  "authorization.refused": "Was refused access",
  "mail.send_test": "Sent a test email",
  "person.deactivated": "Deactivated a person",
  "person.first_admin_created": "Created the first admin",
  "person.invitation_resent": "Sent an invitation again",
  "person.invited": "Invited a person",
  "person.made_admin_by_setting": "Made an admin by the ADMIN_EMAIL setting",
  "person.reactivated": "Reactivated a person",
  "person.role_changed": "Changed a role",
  "team.created": "Created a team",
  "team.renamed": "Renamed a team",
  "team.deleted": "Removed a team",
  "token.created": "Created the token",
  "token.exported": "Downloaded the token list",
  "token.imported": "Imported the token from a spreadsheet",
  "token.retired": "Retired the token",
  "token.updated": "Changed the token",
  "import.completed": "Imported tokens from a spreadsheet",
  "demo.seeded": "Filled Tokenbook with demo data",
};

const groupWords: Record<string, string> = {
  "audit.": "Everything about the audit log",
  "auth.": "Everything about signing in and out",
  "authorization.": "Every refused attempt",
  "mail.": "Everything about email",
  "person.": "Everything about people",
  "team.": "Everything about teams",
  "token.": "Everything about tokens",
};

const sentence = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** "person.role_changed" → "Changed a role"; unknown actions still read as words: "token.renewed" → "Token: renewed". */
export function describeAuditAction(action: string) {
  if (plainWords[action]) return plainWords[action];
  if (action.endsWith(".")) return groupWords[action] ?? `Everything starting with “${action}”`;
  const [subject, ...rest] = action.split(".");
  const what = rest.join(" ").replaceAll("_", " ");
  return what ? `${sentence(subject.replaceAll("_", " "))}: ${what}` : sentence(action.replaceAll("_", " "));
}

/** "person.role_changed" → "person.", for offering every action of one kind at once. */
export const auditActionGroup = (action: string) => (action.includes(".") ? `${action.split(".")[0]}.` : null);
