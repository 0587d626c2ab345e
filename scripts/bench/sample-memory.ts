import { readFileSync, readdirSync } from "node:fs";

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function residentBytes(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and everything it started (Next may run parts of the server in a child). */
export function treeResidentBytes(pid: number): number {
  return [pid, ...childrenOf(pid).flatMap((child) => [child, ...childrenOf(child)])].reduce(
    (sum, each) => sum + residentBytes(each),
    0,
  );
}

/**
 * Samples the tree every `everyMs` until stopped; returns the peak seen. `sincePeak` gives the peak since
 * its previous call (one page's), while `stop` gives the peak over the whole run.
 */
export function sampleMemory(pid: number, everyMs = 200) {
  let peak = treeResidentBytes(pid);
  let recent = peak;
  const timer = setInterval(() => {
    const now = treeResidentBytes(pid);
    peak = Math.max(peak, now);
    recent = Math.max(recent, now);
  }, everyMs);
  return {
    stop: () => (clearInterval(timer), peak),
    sincePeak: () => {
      const seen = recent;
      recent = treeResidentBytes(pid);
      return seen;
    },
  };
}
