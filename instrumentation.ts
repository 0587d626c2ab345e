// Next calls register() once when a server starts. NEXT_RUNTIME and NEXT_PHASE are set by Next itself,
// not by whoever runs Tokenbook: the jobs need Node (not the edge runtime) and no build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Database connections open in this start-up context, never in a request's (lib/db.ts).
  if ((await import("@/lib/env")).env().DATABASE_URL) (await import("@/lib/db")).prepareDb();
  const { identifySession } = await import("@/lib/auth/identify-session");
  (await import("@/lib/page-cache/whole-page-registry")).setSessionIdentifier(identifySession);
  const { startJobsInServer } = await import("@/lib/jobs/start-jobs-in-server");
  await startJobsInServer();
}
