// The finish form's labels, in a file without zod: importing the schema would put the whole
// validation library into the runbook pages' JavaScript.
export const signOffLabel = "How did you check it works?";
export const practiceSignOffLabel = "How did the practice go? Is anything in the runbook wrong or missing?";
