// `npx tsx scripts/bench-dashboard.ts`: the home page, the timeline and the calendar under 20
// concurrent requests, on a production build with its own fresh database of 10,000 demo tokens.
// Needs a finished `next build`; loads loopback only.
import { startBenchDatabase } from "./bench/bench-database";
import { load, measureRoute } from "./bench/measure-route";
import { seedBenchData } from "./bench/seed-bench-data";
import { startBenchApp } from "./bench/start-bench-app";

const tokens = 10_000;
const pages = [
  { name: "home (what needs attention)", path: "/" },
  { name: "timeline, 12 weeks by team", path: "/timeline" },
  { name: "timeline, 12 weeks by owner", path: "/timeline?range=12w&group=owner" },
  { name: "timeline, 12 months by team", path: "/timeline?range=12m&group=team" },
  { name: "calendar, this month", path: "/calendar" },
  { name: "token list (for comparison)", path: "/tokens" },
];

async function main() {
  console.log(`Adding ${tokens.toLocaleString("en")} demo tokens to a fresh database…`);
  const database = await startBenchDatabase();
  try {
    process.env.DATABASE_URL = database.url; // read by lib/db, which the seed imports only now
    const data = await seedBenchData(tokens, new Date());
    const app = await startBenchApp(database.url);
    try {
      const headers = { cookie: `authjs.session-token=${data.sessionToken}` };
      const rows: string[] = [];
      for (const page of pages) {
        const first = await fetch(app.url + page.path, { headers, redirect: "manual" });
        if (first.status !== 200) throw new Error(`${page.path} answered ${first.status} before the load started.`);
        const bytes = (await first.text()).length;
        await measureRoute(app.url + page.path, headers, 3);
        const m = await measureRoute(app.url + page.path, headers);
        rows.push(
          [page.name.padEnd(30), `${m.medianMs.toFixed(0)} ms`.padStart(8), `${m.p95Ms.toFixed(0)} ms`.padStart(8), m.requestsPerSecond.toFixed(1).padStart(7), String(m.requests).padStart(6), String(m.errors + m.non2xx).padStart(6), `${(bytes / 1000).toFixed(0)} kB`.padStart(7)].join("  "),
        );
        console.log(rows.at(-1));
      }
      console.log(`\n${tokens.toLocaleString("en")} tokens, ${load.connections} connections × ${load.seconds} s per page (after 3 s warm-up)`);
      console.log(["page".padEnd(30), "median".padStart(8), "p95".padStart(8), "req/s".padStart(7), "total".padStart(6), "errors".padStart(6), "HTML".padStart(7)].join("  "));
      for (const row of rows) console.log(row);
    } finally {
      await app.stop();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
