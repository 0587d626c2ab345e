/** The token list's `team` filter value for tokens that belong to no team (kept apart from zod for client code). */
export const noTeam = "none";
