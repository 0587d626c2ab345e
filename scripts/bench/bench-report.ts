import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RouteJavaScript } from "./first-load-js";
import type { Measurement } from "./measure-route";
import type { PlanningTime } from "./time-reminder-planning";

export type PageResult = { name: string; path: string; measurement: Measurement | null; note?: string };

export type BenchReport = {
  at: string;
  /** Load average at the start: other work on the machine slows every number down. */
  machine: { cpus: number; node: string; loadAverage: number[] };
  load: { connections: number; seconds: number };
  tokens: number;
  pages: PageResult[];
  baseline: Measurement;
  firstLoadJavaScript: RouteJavaScript[];
  reminderPlanning: PlanningTime;
  peakServerRssBytes: number;
};

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(0)} MB`;

function table(rows: string[][]) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ")).join("\n");
}

export function formatReport(report: BenchReport) {
  const { baseline } = report;
  const latency = table([
    ["page", "median", "p95", "req/s", "requests", "errors", "median vs raw", "req/s vs raw"],
    ...[...report.pages, { name: "raw baseline (list SQL, node http + pg)", path: "", measurement: baseline }].map(({ name, measurement, note }) =>
      measurement
        ? [
            name,
            ms(measurement.medianMs),
            ms(measurement.p95Ms),
            measurement.requestsPerSecond.toFixed(0),
            String(measurement.requests),
            String(measurement.errors + measurement.non2xx),
            `${(measurement.medianMs / baseline.medianMs).toFixed(1)}×`,
            `${(baseline.requestsPerSecond / measurement.requestsPerSecond).toFixed(1)}× fewer`,
          ]
        : [name, note ?? "", "", "", "", "", "", ""],
    ),
  ]);
  const bundles = table([["route", "first-load JS (gzip)"], ...report.firstLoadJavaScript.map((route) => [route.route, `${(route.gzipBytes / 1000).toFixed(1)} kB`])]);
  const planning = report.reminderPlanning;
  return [
    `Tokenbook bench, ${report.at} — ${report.tokens} tokens, ${report.load.connections} connections × ${report.load.seconds} s per page, ${report.machine.cpus} CPUs (load ${report.machine.loadAverage.map((load) => load.toFixed(1)).join(" ")}), Node ${report.machine.node}`,
    "",
    latency,
    "",
    bundles,
    "",
    `Planning reminders for ${planning.tokens.toLocaleString("en")} tokens: ${ms(planning.ms)} (${planning.reminders} reminders planned)`,
    `Peak server memory (RSS of next start and its children): ${mb(report.peakServerRssBytes)}`,
  ].join("\n");
}

/** Writes the report as JSON and as the printed table into bench-results/ (git-ignored). */
export function saveReport(report: BenchReport) {
  mkdirSync("bench-results", { recursive: true });
  const stem = path.join("bench-results", `bench-${report.at.replaceAll(":", "-").replace(/\.\d+Z$/, "Z")}`);
  writeFileSync(`${stem}.json`, JSON.stringify(report, null, 2));
  writeFileSync(`${stem}.txt`, formatReport(report) + "\n");
  return stem;
}
