import { AsyncLocalStorage } from "node:async_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { unlinkRanImmediates } from "./unlink-ran-immediates";

const nodesOwn = globalThis.setImmediate;
beforeAll(unlinkRanImmediates);
afterAll(() => {
  globalThis.setImmediate = nodesOwn;
});

setFlagsFromString("--expose-gc");
const collectGarbage: () => void = runInNewContext("gc");
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 10));

test("an Error kept from one Immediate does not keep the request that queued the next one in memory", async () => {
  const requests = new AsyncLocalStorage<{ page: string }>();
  let renderCompleted: Error | undefined;
  let otherRequest: { page: string } | undefined = { page: "x".repeat(100_000) };
  const otherRequestGone = new WeakRef(otherRequest);

  await new Promise<void>((ran) => {
    // As React does at the end of a render: an Error, kept, whose stack holds the running Immediate.
    setImmediate(() => (renderCompleted = new Error("This render completed successfully.")));
    requests.run(otherRequest!, () => setImmediate(ran));
  });
  otherRequest = undefined;
  await nextTurn();
  collectGarbage();
  await nextTurn();
  collectGarbage();

  expect(renderCompleted).toBeInstanceOf(Error);
  expect(otherRequestGone.deref()).toBeUndefined();
});

test("Immediates still run in order with their arguments, and one cleared by an earlier one never runs", async () => {
  const ran: string[] = [];
  await new Promise<void>((done) => {
    let third: NodeJS.Immediate | undefined = undefined;
    setImmediate((word: string) => {
      ran.push(word);
      clearImmediate(third);
    }, "first");
    setImmediate((word: string) => ran.push(word), "second");
    third = setImmediate(() => ran.push("third"));
    setImmediate(() => ran.push("fourth"));
    setImmediate(done);
  });
  expect(ran).toEqual(["first", "second", "fourth"]);

  const unreferenced = setImmediate(() => undefined).unref();
  expect(unreferenced.hasRef()).toBe(false);
  await expect(promisify(setImmediate)("answered")).resolves.toBe("answered");
});
