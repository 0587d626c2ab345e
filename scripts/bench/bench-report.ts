import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RouteJavaScript } from "./first-load-js";
import type { Measurement } from "./measure-route";
import type { QueryTally } from "./query-counter";
import type { PlanningTime } from "./time-reminder-planning";

export type PageResult = {
  name: string;
  path: string;
  htmlBytes: number;
  database: QueryTally;
  measurement: Measurement;
  loadAverage: number;
  /** The server's peak resident memory (its process tree) while this page was loaded. */
  peakRssBytes: number;
};

export type BenchReport = {
  at: string;
  /**
   * 1-minute load averages at the start and after each floor run: other work on the machine slows every number down.
   */
  machine: { cpus: number; node: string; loadAverages: number[][] };
  load: { connections: number; seconds: number; maxRequests: number };
  tokens: number;
  /** The framework floor, measured before, between and after the pages. */
  floors: Measurement[];
  pages: PageResult[];
  firstLoadJavaScript: RouteJavaScript[];
  floorFirstLoadBytes: number;
  reminderPlanning: PlanningTime;
  peakServerRssBytes: number;
};

const ms = (value: number) => `${value.toFixed(0)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const percent = (fraction: number) => `${(fraction * 100).toFixed(0)} %`;

function table(rows: string[][]) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join("  "),
    )
    .join("\n");
}

/** The floor every page is compared with: the median of its runs. */
export function floorOf(report: Pick<BenchReport, "floors">) {
  return {
    requestsPerSecond: median(report.floors.map((f) => f.requestsPerSecond)),
    p95Ms: median(report.floors.map((f) => f.p95Ms)),
  };
}

export function formatReport(report: BenchReport) {
  const floor = floorOf(report);
  const latency = table([
    [
      "page",
      "median",
      "p95",
      "req/s",
      "requests",
      "errors",
      "req/s of floor",
      "p95 / floor p95",
      "DB queries",
      "DB ms",
      "HTML",
      "peak RSS",
      "load",
    ],
    ...report.floors.map((m, i) => [
      `floor, run ${i + 1}`,
      ms(m.medianMs),
      ms(m.p95Ms),
      m.requestsPerSecond.toFixed(0),
      String(m.requests),
      String(m.errors + m.non2xx),
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]),
    ...report.pages.map(({ name, measurement: m, database, htmlBytes, loadAverage, peakRssBytes }) => [
      name,
      ms(m.medianMs),
      ms(m.p95Ms),
      m.requestsPerSecond.toFixed(0),
      String(m.requests),
      String(m.errors + m.non2xx),
      percent(m.requestsPerSecond / floor.requestsPerSecond),
      `${(m.p95Ms / floor.p95Ms).toFixed(1)}×`,
      database.queries.toFixed(1),
      database.busyMs.toFixed(1),
      kB(htmlBytes),
      `${(peakRssBytes / 1_000_000).toFixed(0)} MB`,
      loadAverage.toFixed(1),
    ]),
  ]);
  const bundles = table([
    ["route", "first-load JS (gzip)", "over floor"],
    ["floor (empty page)", kB(report.floorFirstLoadBytes), ""],
    ...report.firstLoadJavaScript.map((route) => [
      route.route,
      kB(route.gzipBytes),
      `+${kB(route.gzipBytes - report.floorFirstLoadBytes)}`,
    ]),
  ]);
  const planning = report.reminderPlanning;
  return [
    `Tokenbook bench, ${report.at} — ${report.tokens.toLocaleString("en")} tokens, ${report.load.connections} connections × ${report.load.seconds} s (at most ${report.load.maxRequests} requests) per page, ${report.machine.cpus} CPUs, Node ${report.machine.node}`,
    `Load average (1 min) at the start and after each floor run: ${report.machine.loadAverages.map((l) => l[0].toFixed(1)).join(", ")}; "load" below is the load average after each page.`,
    `Floor (median of its runs): ${floor.requestsPerSecond.toFixed(0)} req/s, p95 ${ms(floor.p95Ms)}. DB queries (less the jobs' own) and DB ms are per request, from 10 requests one after another.`,
    "",
    latency,
    "",
    bundles,
    "",
    `Planning reminders for ${planning.tokens.toLocaleString("en")} tokens: ${ms(planning.ms)} (${planning.reminders} reminders planned)`,
    `Peak server memory (RSS of the web server and its children): ${(report.peakServerRssBytes / 1_000_000).toFixed(0)} MB`,
  ].join("\n");
}

/** Writes the report as JSON and as the printed table into bench-results/ (git-ignored). */
export function saveReport(report: BenchReport) {
  mkdirSync("bench-results", { recursive: true });
  const stem = path.join(
    "bench-results",
    `bench-${report.tokens}-${report.at.replaceAll(":", "-").replace(/\.\d+Z$/, "Z")}`,
  );
  writeFileSync(`${stem}.json`, JSON.stringify(report, null, 2));
  writeFileSync(`${stem}.txt`, formatReport(report) + "\n");
  return stem;
}
