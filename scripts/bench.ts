// `npm run bench` (not part of npm test): the main pages under a bounded load on loopback, each
// compared with the framework's floor (a minimal Next app measured before, between and after the
// pages in the same run), with database statements per request, HTML size, first-load JavaScript,
// reminder planning time and peak server memory. Runs on its own fresh database; results go to
// bench-results/ (git-ignored). `npm run bench -- --tokens 100000` measures growth.
import os from "node:os";
import { parseArgs } from "node:util";
import { startBenchDatabase } from "./bench/bench-database";
import { formatReport, saveReport, type BenchReport, type PageResult } from "./bench/bench-report";
import { firstLoadJavaScript } from "./bench/first-load-js";
import { startFloorApp } from "./bench/floor-app";
import { addressOfRequest, load, type Measurement, measureRoute } from "./bench/measure-route";
import { queriesPerRequest, startQueryCounter, waitForQuiet } from "./bench/query-counter";
import { sampleMemory } from "./bench/sample-memory";
import { seedBenchData } from "./bench/seed-bench-data";
import { startBenchApp } from "./bench/start-bench-app";
import { timeReminderPlanning } from "./bench/time-reminder-planning";
import { waitForSteadyData } from "./bench/wait-for-steady-data";
import { buildIfNeeded } from "./support/build-if-needed";

const { values: options } = parseArgs({
  options: { tokens: { type: "string", default: "10000" }, only: { type: "string" } },
});
const tokens = Number(options.tokens);
// `--only "home,token page"`: pages whose name contains any of the comma-separated parts.
const onlyParts = (options.only ?? "")
  .split(",")
  .map((part) => part.trim())
  .filter(Boolean);
const warmUpSeconds = 3;
const log = (line: string) => console.log(`[bench] ${line}`);

async function measureWithWarmUp(url: string, headers: Record<string, string>, addressEachTime = false) {
  await measureRoute(url, headers, warmUpSeconds, { addressEachTime });
  return measureRoute(url, headers, load.seconds, { addressEachTime });
}

type BenchPage = { name: string; path: string; as: string; addressEachTime?: boolean };

/**
 * Each signed-in page twice: asked again and again by one person, as the bench always did, which the web
 * server answers from the page it kept (lib/http/whole-page-cache.ts); and "rendered each time", at an address
 * of its own per request, so the figure shows what rendering the page costs.
 */
const withRenderedEachTime = (pages: BenchPage[]) =>
  pages.flatMap((page) =>
    page.as === "api" || page.path.startsWith("/api/")
      ? [page]
      : [page, { ...page, name: `${page.name}, rendered each time`, addressEachTime: true }],
  );

function pagesFor(tokenId: string) {
  const viewer = "viewer";
  return withRenderedEachTime([
    { name: "home", path: "/", as: viewer },
    { name: "token list (expiring soon, by expiry)", path: "/tokens?status=expiring_soon&sort=expiresOn", as: viewer },
    { name: "token list (first page)", path: "/tokens", as: viewer },
    // The JSON API's list beside the page's: same tokens, 25 a page like the page's first, with a read key.
    { name: "API token list (first page)", path: "/api/v1/tokens?limit=25", as: "api" },
    { name: "API token list (expiring soon)", path: "/api/v1/tokens?status=expiring_soon&limit=25", as: "api" },
    { name: "token page", path: `/tokens/${tokenId}`, as: viewer },
    { name: "runbook page", path: `/tokens/${tokenId}/runbook`, as: viewer },
    { name: "my tokens (busiest owner)", path: "/my-tokens", as: "owner" },
    { name: "who-owns search", path: "/api/who-owns?q=hub", as: viewer },
    { name: "calendar, this month", path: "/calendar", as: viewer },
    { name: "timeline, 12 weeks by team", path: "/timeline?range=12w&group=team", as: viewer },
    { name: "timeline, 12 weeks by owner", path: "/timeline?range=12w&group=owner", as: viewer },
    { name: "timeline, 12 months by team", path: "/timeline?range=12m&group=team", as: viewer },
    { name: "timeline, 12 months by owner", path: "/timeline?range=12m&group=owner", as: viewer },
  ]).filter((page) => onlyParts.length === 0 || onlyParts.some((part) => page.name.includes(part)));
}

async function main() {
  if (!Number.isInteger(tokens) || tokens < 1) throw new Error("--tokens takes a whole number.");
  buildIfNeeded(log);
  const firstLoad = firstLoadJavaScript();
  const now = new Date();
  const loadAverages: number[][] = [os.loadavg()];

  const stops: (() => Promise<unknown>)[] = [];
  try {
    const floorApp = await startFloorApp(log);
    stops.unshift(floorApp.stop);
    const floorFirstLoad = firstLoadJavaScript(floorApp.distDir).find((route) => route.route === "/")!;
    const floors: Measurement[] = [];
    const measureFloor = async () => {
      log(`Loading the framework floor for ${load.seconds} s…`);
      floors.push(await measureWithWarmUp(floorApp.url, {}));
      loadAverages.push(os.loadavg());
    };

    log(`Starting a fresh database and adding ${tokens.toLocaleString("en")} demo tokens…`);
    const database = await startBenchDatabase();
    stops.push(database.stop);
    process.env.DATABASE_URL = database.url; // read by lib/db, which the seed imports only now
    const data = await seedBenchData(tokens, now);
    const counter = await startQueryCounter(database.url);
    stops.unshift(counter.stop);
    const app = await startBenchApp(counter.url);
    stops.unshift(app.stop);
    const memory = sampleMemory(app.process.pid!);
    const sessions: Record<string, Record<string, string>> = {
      viewer: { cookie: `authjs.session-token=${data.viewerSession}` },
      owner: { cookie: `authjs.session-token=${data.ownerSession}` },
      api: { authorization: `Bearer ${data.apiKey}` },
    };

    // On a shared 2-core machine the idle app (pg-boss polling, the minute jobs) runs 2–5 statements a
    // second; that rate is subtracted from each page's count, so waiting for less only waits longer.
    await waitForSteadyData(database.url, log);
    const idlePerSecond = await waitForQuiet(counter, log, 6);
    await measureFloor();
    const pages = pagesFor(data.tokenId);
    const results: PageResult[] = [];
    for (const [index, page] of pages.entries()) {
      const url = app.url + page.path;
      const first = await fetch(url, { headers: sessions[page.as], redirect: "manual" });
      if (first.status !== 200)
        throw new Error(`${page.path} answered ${first.status} before the load started; is the session valid?`);
      const htmlBytes = (await first.arrayBuffer()).byteLength;
      const urlOf = page.addressEachTime ? addressOfRequest : undefined;
      const database = await queriesPerRequest(counter, url, sessions[page.as], idlePerSecond, urlOf);
      log(`Loading ${page.path} for ${load.seconds} s…`);
      memory.sincePeak();
      results.push({
        name: page.name,
        path: page.path,
        htmlBytes,
        database,
        measurement: await measureWithWarmUp(url, sessions[page.as], page.addressEachTime),
        loadAverage: os.loadavg()[0],
        peakRssBytes: memory.sincePeak(),
      });
      if (index === Math.floor(pages.length / 2) - 1) await measureFloor();
    }
    const peakServerRssBytes = memory.stop();
    await measureFloor();

    log("Timing reminder planning for 100,000 tokens…");
    const reminderPlanning = timeReminderPlanning(now);

    const report: BenchReport = {
      at: now.toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverages },
      load,
      tokens,
      floors,
      pages: results,
      firstLoadJavaScript: firstLoad.map(({ route, files, gzipBytes }) => ({ route, files, gzipBytes })),
      floorFirstLoadBytes: floorFirstLoad.gzipBytes,
      reminderPlanning,
      peakServerRssBytes,
    };
    console.log(`\n${formatReport(report)}\n`);
    log(`Saved to ${saveReport(report)}.json and .txt`);

    const failed = [
      ...results.map((page) => ({ name: page.name, ...page.measurement })),
      ...floors.map((floor) => ({ name: "floor", ...floor })),
    ].filter((page) => page.errors > 0 || page.non2xx > 0);
    for (const page of failed)
      console.error(`${page.name}: ${page.errors} errors and ${page.non2xx} non-2xx answers; the bench needs none.`);
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
