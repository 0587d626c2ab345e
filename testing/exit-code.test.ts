import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const run = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, CI: "true" } });

describe("a failure fails the command, whatever the database library's exit hook does", () => {
  test("a test run with a failing test exits non-zero", () => {
    const result = run([
      path.join(root, "node_modules/vitest/vitest.mjs"),
      "run",
      "--config",
      "testing/exit-code/vitest.failing.config.ts",
    ]);
    expect(result.stdout + result.stderr).toMatch(/1 failed/);
    expect(result.status).not.toBe(0);
  }, 120_000);

  test("a command that loads the library and fails exits non-zero", () => {
    const result = run([path.join(root, "node_modules/tsx/dist/cli.mjs"), "testing/exit-code/command-that-fails.ts"]);
    expect(result.status).toBe(1);
  }, 60_000);
});
