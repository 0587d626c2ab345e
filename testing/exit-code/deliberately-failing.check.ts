// Run only by exit-code.test.ts, through its own config: a failure must fail the run.
import { expect, test } from "vitest";

test("fails on purpose", () => {
  expect(1).toBe(2);
});
