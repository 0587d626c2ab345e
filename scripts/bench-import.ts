// `npx tsx --conditions=react-server scripts/bench-import.ts [rows]`: how long reading, previewing and importing a
// 5,000-row .xlsx
// takes, and the process's peak memory, on a throwaway database (no mail server: mail is kept in the outbox).
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  createDatabase,
  dropDatabase,
  prepareTemplateDatabase,
  startTestDatabaseServer,
} from "../testing/test-database-server";
import { xlsxFile, type SheetCell } from "../testing/spreadsheet-files";
import { sheetHeader } from "../testing/token-sheet";

const rowCount = Number(process.argv[2] ?? 5_000);
const services = ["HubSpot", "Stripe", "Slack", "Google Analytics", "Xero"];

function sampleRss(everyMs = 25) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), everyMs);
  return () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss));
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timed<T>(label: string, work: () => Promise<T>) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const stop = sampleRss();
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  const peak = stop();
  console.log(
    `${label}: ${(elapsed / 1000).toFixed(2)} s, peak RSS ${mb(peak)} (+${mb(peak - before)} during the step)`,
  );
  return result;
}

const server = await startTestDatabaseServer();
const name = `tokenbook_bench_${randomBytes(4).toString("hex")}`;
try {
  await prepareTemplateDatabase(server.serverUrl);
  process.env.DATABASE_URL = await createDatabase(server.serverUrl, name);
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  const { db } = await import("../lib/db");
  const { createPerson } = await import("../prisma/factories");
  const { readImportFile, previewImport } = await import("../lib/import/preview-import");
  const { importTokens } = await import("../lib/import/import-tokens");
  const admin = await createPerson({ role: "admin", email: "bench.admin@example.test" });
  const people = await Promise.all(
    Array.from({ length: 20 }, (_, i) => createPerson({ role: "editor", email: `bench.owner${i}@example.test` })),
  );
  const actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  const header = sheetHeader({ extra: ["tags"] });
  const rows: SheetCell[][] = Array.from({ length: rowCount }, (_, i) => [
    `Key ${i}`,
    services[i % services.length],
    "production",
    `Report ${i}`,
    "Weekly report; Board",
    "1Password › Ops",
    people[i % 20].email,
    people[(i + 1) % 20].email,
    new Date(Date.UTC(2027, i % 12, 1 + (i % 28))),
    ["low", "medium", "high", "critical"][i % 4],
    "ops, reports",
  ]);
  const bytes = new Uint8Array(await xlsxFile([header, ...rows]));
  console.log(`file: ${rowCount.toLocaleString("en")} rows, ${(bytes.byteLength / 1024).toFixed(0)} KB .xlsx`);

  const file = await timed("read (.xlsx → rows, column guesses)", () =>
    readImportFile(actor, { name: "bench.xlsx", bytes }),
  );
  const request = { fileName: file.fileName, csvText: file.csvText, lines: file.lines, mapping: file.mapping };
  const preview = await timed("preview (check every row)", () => previewImport(actor, request));
  if (preview.problemCount > 0)
    throw new Error(
      `bench rows need fixing: ${JSON.stringify(preview.rows.find((row) => row.problems.length)?.problems)}`,
    );
  const summary = await timed("import (check again, insert, audit, one transaction)", () =>
    importTokens(actor, request),
  );
  console.log(
    `imported ${summary.count} tokens; audit rows: ${await db.auditEvent.count({ where: { action: "token.imported" } })}`,
  );
  await db.$disconnect();
} finally {
  await dropDatabase(server.serverUrl, name).catch(() => undefined);
  await server.stop();
}
