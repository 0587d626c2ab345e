import { db } from "@/lib/db";
import { capLength, foldToOneLine } from "@/lib/text/fold-text";

/** The jobs whose silence means nobody is reminded. */
export const watchedJobs = ["reminders-sweep", "reminders-digest"] as const;
export type WatchedJob = (typeof watchedJobs)[number];
export type JobRun = { lastSuccessAt: string | null; lastFailureAt: string | null; lastError: string | null };

const settingKey = (job: string) => `job-run:${job}`;
const noRun: JobRun = { lastSuccessAt: null, lastFailureAt: null, lastError: null };

/** Records how a run of a watched job ended, at `now`; other jobs are not recorded. */
export async function recordJobRun(job: string, now: Date, error?: unknown): Promise<void> {
  if (!(watchedJobs as readonly string[]).includes(job)) return;
  const at = now.toISOString();
  const change =
    error === undefined
      ? { lastSuccessAt: at }
      : {
          lastFailureAt: at,
          lastError: capLength(foldToOneLine(error instanceof Error ? error.message : String(error)), 300),
        };
  const fresh = { ...noRun, ...change };
  // One statement, so instances finishing at once never lose each other's news.
  await db.$executeRaw`
    INSERT INTO settings (key, value, updated_at) VALUES (${settingKey(job)}, ${JSON.stringify(fresh)}::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET value = settings.value || ${JSON.stringify(change)}::jsonb, updated_at = now()`;
}

export async function readJobRuns(): Promise<Record<WatchedJob, JobRun>> {
  const rows = await db.setting.findMany({ where: { key: { in: watchedJobs.map(settingKey) } } });
  const byKey = new Map(rows.map((row) => [row.key, row.value as JobRun]));
  return Object.fromEntries(watchedJobs.map((job) => [job, { ...noRun, ...byKey.get(settingKey(job)) }])) as Record<
    WatchedJob,
    JobRun
  >;
}
