import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { clusterFolder, startEmbeddedPostgres } from "./embedded-postgres";
import { postgresBinaryFolder, systemCacheRoot } from "./postgres-binaries";
import { StartupError } from "./startup-error";

const isRoot = process.getuid?.() === 0;

describe("the built-in PostgreSQL", () => {
  test("a program that may not be run is one plain error, not an unhandled 'error' event", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "tokenbook-bin-"));
    try {
      mkdirSync(path.join(folder, "bin"));
      writeFileSync(path.join(folder, "bin", "initdb"), "#!/bin/sh\n", { mode: 0o644 });
      const started = startEmbeddedPostgres({
        directory: path.join(folder, "cluster"),
        password: "x",
        database: "tokenbook",
        persistent: false,
        binaries: folder,
      });
      await expect(started).rejects.toBeInstanceOf(StartupError);
      await expect(started).rejects.toThrow(/initdb may not be run \(permission denied\)\. Fix: /);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test.runIf(isRoot)(
    "as root, from a private (mode 700) folder: programs from the system cache, data in a system folder",
    async () => {
      const privateFolder = mkdtempSync(path.join(os.tmpdir(), "tokenbook-private-"));
      expect(statSync(privateFolder).mode & 0o777).toBe(0o700);
      const { directory, movedFrom } = clusterFolder(path.join(privateFolder, "data"));
      expect(movedFrom).toBe(path.join(privateFolder, "data", "postgres"));
      expect(directory).toMatch(/^\/var\/lib\/tokenbook\/[0-9a-f]{12}\/postgres$/);

      const binaries = postgresBinaryFolder();
      expect(binaries.startsWith(systemCacheRoot)).toBe(true);
      expect(statSync(path.join(binaries, "bin", "postgres")).mode & 0o755).toBe(0o755);

      const database = await startEmbeddedPostgres({
        directory,
        password: "x",
        database: "tokenbook",
        persistent: false,
      });
      try {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        const { rows } = await client.query<{ user: string }>("SELECT current_user AS user");
        await client.end();
        expect(rows[0].user).toBe("postgres");
      } finally {
        await database.stop();
        rmSync(path.dirname(directory), { recursive: true, force: true });
        rmSync(privateFolder, { recursive: true, force: true });
      }
      expect(existsSync(directory)).toBe(false);
    },
    60_000,
  );

  test.runIf(isRoot)("as root, a project folder the 'postgres' user can enter keeps its data", () => {
    const open = mkdtempSync(path.join(os.tmpdir(), "tokenbook-open-"));
    chmodSync(open, 0o755);
    try {
      expect(clusterFolder(path.join(open, "data"))).toEqual({ directory: path.join(open, "data", "postgres") });
    } finally {
      rmSync(open, { recursive: true, force: true });
    }
  });
});
