import { PgBoss } from "pg-boss";
import { recordJobRun } from "@/lib/health/job-runs";
import { scheduledJobs, type ScheduledJob } from "./scheduled-jobs";

export type JobRunnerOptions = {
  databaseUrl: string;
  /** The time a job acts on; the real clock unless a caller schedules for another moment. */
  clock?: () => Date;
  log?: (line: string) => void;
  pollingIntervalSeconds?: number;
};

export type JobRunner = { stop: () => Promise<void> };

/**
 * Starts pg-boss (its own `pgboss` schema in the same database) and the recurring jobs. Several
 * runners may share a database: pg-boss creates one job per cron tick and hands each job to one
 * runner, and every job is safe to run twice. Each start also runs a sweep and a mail retry at
 * once, so a runner that was down catches up without waiting for the next tick.
 */
export async function startJobRunner({
  databaseUrl,
  clock = () => new Date(),
  log = console.log,
  pollingIntervalSeconds = 2,
}: JobRunnerOptions): Promise<JobRunner> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    application_name: "tokenbook-jobs",
    max: 4,
  });
  boss.on("error", (error) => log(`Job runner problem: ${error.message}`));
  await boss.start();
  for (const job of scheduledJobs) {
    await boss.createQueue(job.name, { retryLimit: 3, retryDelay: 30, expireInSeconds: 15 * 60 });
    await boss.schedule(job.name, job.cron, null, { tz: "UTC" });
    await boss.work(job.name, { pollingIntervalSeconds }, () => runRecordedJob(job, clock(), log));
    if (job.runAtStart) await boss.send(job.name);
  }
  return { stop: () => boss.stop({ graceful: true, timeout: 20_000 }) };
}

/**
 * Runs one job at `now` and records how it ended, so admins and /api/health hear when the sweep or the digest fails.
 */
export async function runRecordedJob(
  job: ScheduledJob,
  now: Date,
  log: (line: string) => void = console.log,
): Promise<void> {
  try {
    await job.run(now);
  } catch (error) {
    log(`Job ${job.name} failed and will be retried: ${error instanceof Error ? error.message : String(error)}`);
    await recordJobRun(job.name, now, error).catch(() => undefined);
    throw error;
  }
  await recordJobRun(job.name, now);
}
