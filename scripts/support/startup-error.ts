// Every way start-up can fail, said in one plain line: what happened, then how to fix it.

/** A failure already worded for people; printed as it is. */
export class StartupError extends Error {}

/** The last complaint PostgreSQL wrote (its FATAL/ERROR line), or its last line. */
export function lastServerComplaint(output: string): string {
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const complaint =
    lines.findLast((line) => /\b(FATAL|PANIC|ERROR|error):/.test(line)) ??
    lines.at(-1) ??
    "it stopped without saying why";
  const text = complaint.replace(/^.*?\b(FATAL|PANIC|ERROR|error):\s*/, "");
  return /[.!]$/.test(text) ? text : `${text}.`;
}

export function describeSpawnError(error: Error, program: string): StartupError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES") {
    return new StartupError(
      `The built-in database program ${program} may not be run (permission denied). Fix: make the folder and the program readable and executable for the user that runs it, or set DATABASE_URL to your own PostgreSQL.`,
    );
  }
  if (code === "ENOENT") {
    return new StartupError(
      `The built-in database program ${program} is missing. Fix: run \`npm ci\` again, or set DATABASE_URL to your own PostgreSQL.`,
    );
  }
  return new StartupError(
    `The built-in database program ${program} could not be run (${error.message}). Fix: run \`npm ci\` again, or set DATABASE_URL.`,
  );
}

type SystemError = Error & { code?: string; path?: string; address?: string; port?: number };

function where(url: string | undefined) {
  if (!url) return "the database";
  try {
    const parsed = new URL(url);
    return `the database at ${parsed.hostname}:${parsed.port || 5432}`;
  } catch {
    return "the database";
  }
}

/** One line for any error that reaches the top of a command; no stack trace. */
export function describeStartupFailure(error: unknown, databaseUrl?: string): string {
  if (error instanceof StartupError) return error.message;
  const failure = error instanceof Error ? (error as SystemError) : new Error(String(error));
  const code = (failure as SystemError).code ?? (failure.cause as SystemError | undefined)?.code;
  const file = (failure as SystemError).path ?? "a file";
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach ${where(databaseUrl)}: nothing answers there (connection refused). Fix: start PostgreSQL there, or correct DATABASE_URL (unset it to use the built-in database).`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach ${where(databaseUrl)}: that host name is unknown. Fix: correct the host in DATABASE_URL.`;
    case "ETIMEDOUT":
      return `Cannot reach ${where(databaseUrl)}: it did not answer in time. Fix: check the host, the port and any firewall, or correct DATABASE_URL.`;
    case "28P01":
    case "28000":
      return `${where(databaseUrl)} refused the user name or password (${failure.message}). Fix: correct the user and password in DATABASE_URL.`.replace(
        /^t/,
        "T",
      );
    case "3D000":
      return `${where(databaseUrl)} has no such database (${failure.message}). Fix: create it (createdb) or correct the name in DATABASE_URL.`.replace(
        /^t/,
        "T",
      );
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `Tokenbook may not write ${file} (${code === "EROFS" ? "read-only file system" : "permission denied"}). Fix: make the data folder writable for the user running Tokenbook, or set DATA_DIR to a folder it may write.`;
    case "ENOSPC":
      return `The disk is full (writing ${file}). Fix: free some space, or set DATA_DIR to a folder on a disk with room.`;
    case "EADDRINUSE":
      return `Port ${(failure as SystemError).port ?? ""} is already in use. Fix: stop the program using it, or set PORT (and APP_URL) to a free port.`;
  }
  return failure.message.split("\n")[0] || "Start-up failed for an unknown reason.";
}
