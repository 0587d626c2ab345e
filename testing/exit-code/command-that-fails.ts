// A command that loads the built-in database library and then fails, as start or worker can.
import "@/scripts/support/embedded-postgres";

process.exitCode = 1;
