/** ADMIN_EMAIL becomes an active admin; with nobody at all, a one-time setup link is printed. */
export async function prepareFirstAdmin(
  databaseUrl: string,
  adminEmail: string | undefined,
  log: (line: string) => void,
) {
  process.env.DATABASE_URL = databaseUrl; // read by lib/db, which is imported only now
  const { db } = await import("../../lib/db");
  const { createSetupLinkIfNobody, ensureAdmin } = await import("../../lib/people/first-admin");
  if (adminEmail) await ensureAdmin(adminEmail);
  const link = await createSetupLinkIfNobody();
  if (link) log(`Nobody has been set up yet. Open this link within 1 hour to create the first admin: ${link}`);
  await db.$disconnect();
}
