// The framework's floor, built in the same run as the pages it is compared with: a minimal Next app
// in a temporary folder, using this project's own `next` and `react`, with one dynamic page that
// renders a 50-row table from memory (no database, no auth, no client components). Turbopack builds
// only what lies below its root and follows no symlink out of it, so the folder (in bench-results/,
// git-ignored) gets the project's node_modules as hard links: instant, and no extra space. The build
// is kept and reused by later runs: its folder is named by the versions of next and react and a hash
// of the app's files, so an upgrade or a change here builds a new floor.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { findFreePort } from "../support/free-port";
import { nextEnv } from "../support/next-bin";

const page = `import { connection } from "next/server";

const rows = Array.from({ length: 50 }, (_, i) => ({ id: i, name: "Token " + i, service: ["HubSpot", "Stripe", "GitHub"][i % 3], owner: "Person " + (i % 7), expires: new Date(Date.UTC(2027, 0, 1 + i)).toDateString() }));

export default async function Page() {
  await connection();
  return (
    <table>
      <thead><tr><th>Name</th><th>Service</th><th>Owner</th><th>Expires</th></tr></thead>
      <tbody>{rows.map((row) => <tr key={row.id}><td><a href={"/t/" + row.id}>{row.name}</a></td><td>{row.service}</td><td>{row.owner}</td><td>{row.expires}</td></tr>)}</tbody>
    </table>
  );
}
`;
const layout = `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}
`;

export type FloorApp = { url: string; distDir: string; process: ChildProcess; stop: () => Promise<void> };

const versionOf = (name: string) =>
  (JSON.parse(readFileSync(path.resolve("node_modules", name, "package.json"), "utf8")) as { version: string }).version;

/** Where this floor's build lives: one folder per next and react version and per version of the app's files. */
function floorFolder() {
  const files = createHash("sha256").update(page).update(layout).digest("hex").slice(0, 8);
  return path.resolve(`bench-results/floor-app-next-${versionOf("next")}-react-${versionOf("react")}-${files}`);
}

function buildFloor(root: string, nextBin: string, log: (line: string) => void) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, "app"), { recursive: true });
  if (spawnSync("cp", ["-al", path.resolve("node_modules"), path.join(root, "node_modules")]).status !== 0)
    throw new Error("Could not link node_modules into the floor app.");
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "floor", private: true, type: "module" }));
  writeFileSync(
    path.join(root, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        jsx: "react-jsx",
        strict: true,
        module: "esnext",
        moduleResolution: "bundler",
        esModuleInterop: true,
        skipLibCheck: true,
        noEmit: true,
        isolatedModules: true,
        lib: ["dom", "esnext"],
      },
    }),
  );
  writeFileSync(
    path.join(root, "next.config.mjs"),
    `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(root)} } };\n`,
  );
  writeFileSync(path.join(root, "app/layout.tsx"), layout);
  writeFileSync(path.join(root, "app/page.tsx"), page);
  log(`Building the framework floor in ${root}…`);
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: nextEnv(),
  });
  if (build.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error("The floor app did not build; see the messages above.");
  }
}

/** Builds the floor app (once per version, kept in bench-results/) and starts it with `next start` on loopback. */
export async function startFloorApp(log: (line: string) => void): Promise<FloorApp> {
  const root = floorFolder();
  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  if (existsSync(path.join(root, ".next/BUILD_ID"))) log(`Using the framework floor built earlier in ${root}.`);
  else buildFloor(root, nextBin, log);
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(process.execPath, [nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: nextEnv({ NODE_ENV: "production" }),
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  for (let attempt = 0; ; attempt++) {
    if (server.exitCode !== null || attempt > 300) throw new Error("The floor app did not start.");
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await sleep(100);
  }
  return {
    url,
    distDir: path.join(root, ".next"),
    process: server,
    stop: async () => {
      server.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
    },
  };
}
