// Test harness: the real job runner in its own process, acting as if it were `--now <ISO time>`.
// Tests spawn several, kill one with SIGKILL and start it again. Settings come from the environment.
import { env } from "@/lib/env";
import { startJobRunner } from "@/lib/jobs/start-job-runner";

const flag = process.argv.indexOf("--now");
const now = new Date(process.argv[flag + 1] ?? "");
if (flag < 0 || Number.isNaN(now.getTime())) {
  console.error("Usage: worker-at-time.ts --now 2026-12-05T09:00:00Z");
  process.exit(2);
}

const runner = await startJobRunner({
  databaseUrl: env().DATABASE_URL!,
  clock: () => now,
  pollingIntervalSeconds: 0.5,
  log: (line) => console.error(line),
});
console.log("ready");
process.once("SIGTERM", () => void runner.stop().then(() => process.exit(0)));
