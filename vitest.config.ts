import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Tests run server code outside Next: the marker is empty there, as under Next's server condition.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", "data/**", "bench-results/**"],
    globalSetup: ["testing/vitest-global-setup.ts"],
    setupFiles: ["testing/vitest-per-file-database.ts"],
    // Guards against a hang, not measures of speed: a busy 2-core machine runs these many times slower.
    testTimeout: 120_000,
    // Vitest's default on 2 cores is one file at a time, and most files spend their time waiting on the
    // database, mail or a child process; each file has its own database, so three at once is safe.
    maxWorkers: 3,
    hookTimeout: 120_000,
  },
});
