import { PgBoss } from "pg-boss";

/** Asks the server's job runner for a reminder run now, as its five-minute schedule would. */
export async function runReminderSweep() {
  const boss = new PgBoss({
    connectionString: process.env.E2E_APP_DATABASE_URL!,
    schema: "pgboss",
    supervise: false,
    schedule: false,
  });
  await boss.start();
  await boss.send("reminders-sweep");
  await boss.stop({ graceful: false });
}
