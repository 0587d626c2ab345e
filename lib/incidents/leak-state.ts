// No imports, so pages and components alike can ask it.

/** A leak is open while the token is reported compromised, and stays so once revoked until a new one replaces it. */
export const isLeakOpen = (token: { state: string; compromisedAt: Date | null }) =>
  token.state === "compromised" || (token.state === "revoked" && token.compromisedAt !== null);
