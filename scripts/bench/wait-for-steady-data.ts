import pg from "pg";

/**
 * Waits until nothing has been saved for `steadyMs`: the data version (lib/page-cache) has not moved. A fresh
 * database keeps the app's minute job delivering the first sweep's reminders for a while after the app looks
 * idle between two runs, and every delivery drops the kept pages and page data, so a page measured then pays
 * for renders a quiet server would not do. `steadyMs` spans more than one run of the every-minute job.
 */
export async function waitForSteadyData(
  databaseUrl: string,
  log: (line: string) => void,
  steadyMs = 70_000,
  timeoutMs = 900_000,
) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const readVersion = async () =>
      String((await client.query<{ version: string }>('SELECT "version" FROM "data_version"')).rows[0].version);
    const started = Date.now();
    let version = await readVersion();
    let steadySince = Date.now();
    log(`Waiting until no change has been saved for ${steadyMs / 1000} s…`);
    while (Date.now() - steadySince < steadyMs) {
      if (Date.now() - started > timeoutMs)
        throw new Error(`The app still saves changes on its own after ${timeoutMs / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const now = await readVersion();
      if (now !== version) [version, steadySince] = [now, Date.now()];
    }
  } finally {
    await client.end();
  }
}
