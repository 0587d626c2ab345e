import { env } from "@/lib/env";
import { startJobRunner, type JobRunner } from "./start-job-runner";

const log = (line: string) => console.log(`[tokenbook jobs] ${line}`);
const globalForJobs = globalThis as unknown as { tokenbookJobs?: Promise<JobRunner | null> };

/**
 * The web server runs the jobs too, so `npm start` alone sends reminders; a failure here never stops
 * the site. When Next exits, a job cut short is retried by pg-boss and an email cut short is re-queued
 * after its lease (lib/mail/send-mail.ts), so no shutdown hook is needed.
 */
export function startJobsInServer(): Promise<JobRunner | null> {
  globalForJobs.tokenbookJobs ??= start();
  return globalForJobs.tokenbookJobs;
}

async function start(): Promise<JobRunner | null> {
  const databaseUrl = env().DATABASE_URL;
  if (!databaseUrl) {
    log("No DATABASE_URL, so reminders and mail retries are not scheduled here.");
    return null;
  }
  try {
    const runner = await startJobRunner({ databaseUrl, log });
    log("Reminders and mail retries are scheduled.");
    return runner;
  } catch (error) {
    log(`Reminders and mail retries could not start: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
