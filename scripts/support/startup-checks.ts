import { accessSync, constants, mkdirSync } from "node:fs";
import net from "node:net";
import { StartupError } from "./startup-error";

/** Fails at once, before the database starts, when another program already listens on the port. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new StartupError(
            `Port ${port} is already in use (another Tokenbook or another program). Fix: stop that program, or set PORT (and APP_URL) to a free port.`,
          ),
        );
      } else if (error.code === "EACCES") {
        reject(
          new StartupError(
            `Port ${port} may only be opened by an administrator. Fix: set PORT (and APP_URL) to a port above 1023, or put a reverse proxy in front.`,
          ),
        );
      } else reject(error);
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** The data folder must exist and be writable: it keeps the generated secrets (and the built-in database). */
export function assertWritableDataDir(dataDir: string) {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "EROFS"
        ? "it is on a read-only file system"
        : code === "ENOSPC"
          ? "the disk is full"
          : "it is read-only for this user";
    throw new StartupError(
      `The data folder ${dataDir} cannot be written (${reason}). Fix: make it writable for the user running Tokenbook, or set DATA_DIR to a folder it may write.`,
    );
  }
}
