/** What a pasted text looks like, in plain words. Never carries the matched value. */
export type SecretFinding = { kind: string };
