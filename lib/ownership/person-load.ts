import { db } from "@/lib/db";
import { openTokensWhere } from "./held-tokens";

export type PersonLoad = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  owned: number;
  backedUp: number;
  critical: number;
  total: number;
};

/**
 * How many open tokens each person owns and backs up, critical ones counted apart, most first.
 * Counted in the database, so it stays quick with thousands of tokens.
 */
export async function listPersonLoad(): Promise<PersonLoad[]> {
  const [owned, backed, people] = await Promise.all([
    db.token.groupBy({ by: ["ownerId", "criticality"], where: openTokensWhere, _count: { _all: true } }),
    db.token.groupBy({
      by: ["backupId", "criticality"],
      where: { ...openTokensWhere, backupId: { not: null } },
      _count: { _all: true },
    }),
    db.user.findMany({ select: { id: true, name: true, email: true, active: true } }),
  ]);
  const load = new Map(
    people.map((person) => [person.id, { ...person, owned: 0, backedUp: 0, critical: 0, total: 0 }]),
  );
  const add = (personId: string | null, field: "owned" | "backedUp", critical: boolean, count: number) => {
    const row = personId ? load.get(personId) : undefined;
    if (!row) return;
    row[field] += count;
    row.total += count;
    if (critical) row.critical += count;
  };
  for (const row of owned) add(row.ownerId, "owned", row.criticality === "critical", row._count._all);
  for (const row of backed) add(row.backupId, "backedUp", row.criticality === "critical", row._count._all);
  return [...load.values()]
    .filter((row) => row.active || row.total > 0)
    .sort((a, b) => b.total - a.total || b.critical - a.critical || a.name.localeCompare(b.name));
}
