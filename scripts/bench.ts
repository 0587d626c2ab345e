// `npm run bench` (not part of npm test): latency and throughput of the main pages under load on
// loopback, against a raw node+pg floor, plus first-load JavaScript, reminder planning time and
// peak server memory. Runs on its own fresh database; results go to bench-results/ (git-ignored).
import os from "node:os";
import { startBenchDatabase } from "./bench/bench-database";
import { formatReport, saveReport, type BenchReport, type PageResult } from "./bench/bench-report";
import { captureListPageSql } from "./bench/capture-list-sql";
import { firstLoadJavaScript } from "./bench/first-load-js";
import { load, measureRoute } from "./bench/measure-route";
import { startRawBaseline } from "./bench/raw-baseline-server";
import { sampleMemory } from "./bench/sample-memory";
import { seedBenchData } from "./bench/seed-bench-data";
import { startBenchApp } from "./bench/start-bench-app";
import { timeReminderPlanning } from "./bench/time-reminder-planning";
import { buildIfNeeded } from "./support/build-if-needed";

const tokens = 10_000;
const warmUpSeconds = 3;
const listSearch = { status: "expiring_soon", sort: "expiresOn" };
const log = (line: string) => console.log(`[bench] ${line}`);

async function measureWithWarmUp(url: string, headers: Record<string, string>) {
  await measureRoute(url, headers, warmUpSeconds);
  return measureRoute(url, headers);
}

async function main() {
  buildIfNeeded(log);
  const firstLoad = firstLoadJavaScript();
  const now = new Date();
  const loadAverage = os.loadavg();

  log("Starting a fresh database and adding 10,000 demo tokens…");
  const database = await startBenchDatabase();
  const stops: (() => Promise<unknown>)[] = [database.stop];
  try {
    process.env.DATABASE_URL = database.url; // read by lib/db, which the seed imports only now
    const data = await seedBenchData(tokens, now);
    const listSql = await captureListPageSql(database.url, listSearch, now);
    const app = await startBenchApp(database.url);
    stops.unshift(app.stop);
    const memory = sampleMemory(app.process.pid!);
    const headers = { cookie: `authjs.session-token=${data.sessionToken}` };

    const pages = [
      { name: "home", path: "/" },
      { name: "token list (expiring soon, by expiry)", path: `/tokens?${new URLSearchParams(listSearch)}` },
      { name: "token page", path: `/tokens/${data.tokenId}` },
      { name: "runbook page", path: `/tokens/${data.tokenId}/runbook` },
    ];
    const results: PageResult[] = [];
    for (const page of pages) {
      const first = await fetch(app.url + page.path, { headers, redirect: "manual" });
      if (first.status === 404 && page.name === "runbook page") {
        results.push({ ...page, measurement: null, note: "not built yet" });
        continue;
      }
      if (first.status !== 200) throw new Error(`${page.path} answered ${first.status} before the load started; is the session valid?`);
      log(`Loading ${page.path} for ${load.seconds} s…`);
      results.push({ ...page, measurement: await measureWithWarmUp(app.url + page.path, headers) });
    }
    const peakServerRssBytes = memory.stop();

    log("Loading the raw baseline (the list page's SQL through node http + pg)…");
    const raw = await startRawBaseline(database.url, listSql);
    stops.unshift(raw.stop);
    const baseline = await measureWithWarmUp(raw.url, {});

    log("Timing reminder planning for 100,000 tokens…");
    const reminderPlanning = timeReminderPlanning(now);

    const report: BenchReport = {
      at: now.toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverage },
      load,
      tokens,
      pages: results,
      baseline,
      firstLoadJavaScript: firstLoad.map(({ route, files, gzipBytes }) => ({ route, files, gzipBytes })),
      reminderPlanning,
      peakServerRssBytes,
    };
    console.log(`\n${formatReport(report)}\n`);
    log(`Saved to ${saveReport(report)}.json and .txt`);

    const failed = [...results.flatMap((page) => (page.measurement ? [{ name: page.name, ...page.measurement }] : [])), { name: "raw baseline", ...baseline }].filter(
      (page) => page.errors > 0 || page.non2xx > 0,
    );
    for (const page of failed) console.error(`${page.name}: ${page.errors} errors and ${page.non2xx} non-2xx answers; the bench needs none.`);
    process.exitCode = failed.length > 0 ? 1 : 0;
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
