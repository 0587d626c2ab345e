// Turns the demo specs into token rows with dates relative to today, so every status shows up
// whenever the demo is seeded. Pure: no database here.
import type { Criticality, Environment, TokenState } from "@/lib/generated/prisma/client";
import { defaultReminderSchedule, stepsFor } from "@/lib/reminders/reminder-schedule";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import type { BulkPerson } from "./plan-bulk-people";
import {
  demoServices,
  type DemoStatus,
  demoTokens,
  type PersonKey,
  teamOwners,
  type TeamKey,
  type TokenSpec,
} from "./demo-data";

export type PlannedToken = {
  name: string;
  service: string;
  purpose: string;
  environment: Environment;
  secretLocation: string;
  scopes: string;
  /** A hand-written person's key, or a bulk person's (bulk mode). */
  owner: string;
  backup: string | null;
  team: TeamKey;
  issuedOn: Date;
  expiresOn: Date | null;
  rotateEveryDays: number | null;
  lastRotatedOn: Date | null;
  criticality: Criticality;
  consoleUrl: string;
  notes: string | null;
  state: TokenState;
  stateChangedAt: Date | null;
  dependents: string[];
  tags: string[];
  status: DemoStatus;
};

const pick = <T>(list: readonly T[], variant: number) => list[variant % list.length];
const hoursAgo = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000);

type Dates = Pick<
  PlannedToken,
  "issuedOn" | "expiresOn" | "rotateEveryDays" | "lastRotatedOn" | "state" | "stateChangedAt"
> & { dropBackup: boolean };

/**
 * Dates that give `status` on `today`. `variant` spreads the dates out. When a rotation policy
 * exists, every other token has been rotated before: then lastRotatedOn is when the current
 * secret was made and issuedOn is earlier.
 */
export function datesFor(status: DemoStatus, variant: number, now: Date, policy?: number): Dates {
  const today = startOfUtcDay(now);
  // Past every token's "expiring soon" window, critical ones included.
  const window = stepsFor(defaultReminderSchedule, true)[0];
  const base = { state: "active" as TokenState, stateChangedAt: null, dropBackup: false };
  const made = (currentSince: Date, rotateEveryDays: number | null) => {
    const rotatedBefore = rotateEveryDays !== null && variant % 2 === 0;
    return {
      rotateEveryDays,
      issuedOn: rotatedBefore ? addDays(currentSince, -pick([180, 365, 540], variant)) : currentSince,
      lastRotatedOn: rotatedBefore ? currentSince : null,
    };
  };
  /** A rotation date that keeps the policy satisfied for at least another two weeks. */
  const recentEnough = (every: number) => addDays(today, -(1 + ((variant * 17) % Math.max(1, every - 14))));
  const fine = (expiresOn: Date | null, lifetime = 365) => {
    const every = policy ?? null;
    if (every) return { ...made(recentEnough(every), every), expiresOn };
    const issuedOn = expiresOn
      ? new Date(Math.min(addDays(expiresOn, -lifetime).getTime(), addDays(today, -(3 + (variant % 40))).getTime()))
      : addDays(today, -(60 + ((variant * 23) % 700)));
    return { rotateEveryDays: null, issuedOn, lastRotatedOn: null, expiresOn };
  };
  const endingOn = (expiresOn: Date) => ({
    ...made(addDays(expiresOn, -pick([365, 365, 180, 730], variant)), policy ?? null),
    expiresOn,
  });
  const later = () => addDays(today, window + pick([8, 22, 40, 65, 100, 145, 190, 250, 310, 370], variant));

  switch (status) {
    case "expired":
      return { ...base, ...endingOn(addDays(today, -pick([1, 2, 4, 9, 16, 27, 45, 70], variant))) };
    case "due7":
      return { ...base, ...endingOn(addDays(today, pick([0, 1, 2, 3, 5, 6, 7], variant))) };
    case "due30":
      return { ...base, ...endingOn(addDays(today, pick([8, 10, 13, 16, 20, 24, 27, 30], variant))) };
    case "overdue": {
      const every = policy ?? pick([90, 180], variant);
      const late = pick([2, 6, 11, 19, 33, 52, 80], variant);
      return {
        ...base,
        ...made(addDays(today, -(every + late)), every),
        expiresOn: variant % 3 === 0 ? null : later(),
      };
    }
    case "noBackup":
      return { ...base, ...fine(variant % 4 === 3 ? null : later()), dropBackup: true };
    case "noExpiry":
      return { ...base, ...fine(null) };
    case "healthy":
      return { ...base, ...fine(later()) };
    case "compromised":
      return {
        ...base,
        ...fine(later()),
        state: "compromised",
        stateChangedAt: hoursAgo(now, pick([3, 20, 50, 130], variant)),
      };
    case "revoked":
      return {
        ...base,
        ...fine(later()),
        state: "revoked",
        stateChangedAt: hoursAgo(now, 24 * pick([4, 9, 21, 40, 75], variant)),
      };
    case "retired": {
      const expiresOn = variant % 3 === 2 ? null : addDays(today, -pick([20, 60, 110, 200], variant));
      return {
        ...base,
        ...(expiresOn ? endingOn(expiresOn) : fine(null)),
        state: "retired",
        stateChangedAt: hoursAgo(now, 24 * pick([30, 60, 120, 200, 300], variant)),
      };
    }
  }
}

function ownerAndBackup(spec: TokenSpec, turn: number): { owner: PersonKey; backup: PersonKey } {
  const { owners, backups } = teamOwners[spec.team];
  const owner = spec.owner ?? pick(owners, turn);
  const backup = spec.backup ?? backups.find((person) => person !== owner) ?? "amara";
  if (backup === owner) throw new Error(`Demo data: ${spec.name} has the same owner and backup.`);
  return { owner, backup };
}

type Holders = { owner: string; backup: string };

function plan(
  spec: TokenSpec,
  status: DemoStatus,
  variant: number,
  turn: number,
  now: Date,
  name = spec.name,
  people: Holders = ownerAndBackup(spec, turn),
): PlannedToken {
  const { dropBackup, ...dates } = datesFor(status, variant, now, spec.rotateEveryDays);
  return {
    name,
    service: spec.service,
    purpose: spec.purpose,
    environment: spec.environment ?? "production",
    secretLocation: spec.where ?? `${teamOwners[spec.team].vault} › ${spec.name}`,
    scopes: spec.scopes,
    owner: people.owner,
    backup: dropBackup ? null : people.backup,
    team: spec.team,
    criticality: spec.criticality,
    consoleUrl: demoServices[spec.service],
    notes: spec.notes ?? null,
    dependents: spec.dependents,
    tags: spec.tags,
    status,
    ...dates,
  };
}

/** The ~80 hand-written demo tokens. */
export function planDemoTokens(now: Date): PlannedToken[] {
  const turns = new Map<TeamKey, number>();
  const variants = new Map<DemoStatus, number>();
  return demoTokens.map((spec) => {
    const turn = spec.owner ? 0 : (turns.get(spec.team) ?? 0);
    if (!spec.owner) turns.set(spec.team, turn + 1);
    const variant = variants.get(spec.status) ?? 0;
    variants.set(spec.status, variant + 1);
    return plan(spec, spec.status, variant, turn, now);
  });
}

/** How often each status comes up in bulk mode (percent). */
const bulkMix: [DemoStatus, number][] = [
  ["healthy", 44],
  ["expired", 8],
  ["due7", 5],
  ["due30", 8],
  ["overdue", 8],
  ["noBackup", 7],
  ["noExpiry", 8],
  ["compromised", 2],
  ["revoked", 5],
  ["retired", 5],
];

/** A small, repeatable pseudo-random sequence (mulberry32), so bulk data is the same on every run. */
export function randomSequence(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const deactivatedOwners: PersonKey[] = ["rosa", "tom"];

/** Share of bulk tokens owned by one of the bulk people of the token's team rather than a hand-written one. */
const bulkOwnedShare = 0.6;

/**
 * `count` tokens for benchmarks: the hand-written ones as templates, each name made unique with a
 * number ("HubSpot reporting key 0421"), the same teams, a realistic status mix, and owners among
 * the hand-written people and `bulkPeople` (editors of the token's team).
 */
export function* planBulkTokens(count: number, now: Date, bulkPeople: BulkPerson[] = []): Generator<PlannedToken> {
  const random = randomSequence(20261123);
  const width = Math.max(4, String(count).length);
  const bulkOwners = (team: TeamKey) =>
    bulkPeople.filter((person) => person.team === team && person.role === "editor").map((person) => person.key);
  const bulkOwnersByTeam = new Map((Object.keys(teamOwners) as TeamKey[]).map((team) => [team, bulkOwners(team)]));
  for (let index = 0; index < count; index++) {
    const spec = demoTokens[index % demoTokens.length];
    let roll = random() * 100;
    const status = bulkMix.find(([, share]) => (roll -= share) < 0)?.[0] ?? "healthy";
    const variant = Math.floor(random() * 1000);
    let people: Holders = ownerAndBackup({ ...spec, owner: undefined, backup: undefined }, Math.floor(random() * 12));
    const teamBulkOwners = bulkOwnersByTeam.get(spec.team)!;
    const bulkPick = random();
    if (teamBulkOwners.length > 0 && bulkPick < bulkOwnedShare)
      people = {
        ...people,
        owner: pick(teamBulkOwners, Math.floor((bulkPick / bulkOwnedShare) * teamBulkOwners.length)),
      };
    // A few tokens still belong to people who have left.
    if (random() < 0.03) {
      const owner = pick(deactivatedOwners, index);
      people = { owner, backup: people.backup === owner ? "amara" : people.backup };
    }
    yield plan(spec, status, variant, 0, now, `${spec.name} ${String(index + 1).padStart(width, "0")}`, people);
  }
}
