// The npm registry these machines reach holds only linux-x64 builds of platform-specific
// optional packages, so `npm install` leaves the others out of package-lock.json and `npm ci`
// then refuses the lock. This adds the missing optional entries (never installed on this
// platform) with the os/cpu they are for. Run after changing dependencies: npm run lockfile:complete
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const platforms = [
  ["android", "android"],
  ["darwin", "darwin"],
  ["freebsd", "freebsd"],
  ["linux", "linux"],
  ["win32", "win32"],
  ["openharmony", "openharmony"],
  ["wasm32", null],
];
const cpus = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = platforms.find(([key]) => parts.includes(key));
  const cpu = cpus.find((key) => parts.includes(key)) ?? (parts.includes("wasm32") ? "wasm32" : undefined);
  return { os: os?.[1] ?? undefined, cpu };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (lock.packages[at] || lock.packages[nested]) continue;
    const { os, cpu } = platformOf(name);
    if (!cpu) continue;
    lock.packages[at] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      cpu: [cpu],
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform entries`);
