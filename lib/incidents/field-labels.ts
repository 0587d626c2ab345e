// The incident forms' labels, in a file without zod: client forms import them, and importing the
// schema would put the whole validation library into every token page's JavaScript.
export const compromiseNoteLabel = "What happened (optional)";
export const revokeReasonLabel = "Why it was revoked";
export const notWorkingNoteLabel = "What isn't working (optional)";
