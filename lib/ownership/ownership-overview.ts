import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/db-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tokenListSelect } from "@/lib/tokens/list-tokens";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { tokenStatus, type StatusClock } from "@/lib/tokens/token-status";
import { openTokensWhere } from "./held-tokens";
import { heldByViewerWhere } from "./holder-rule";
import { listPersonLoad } from "./person-load";
import { searchText } from "@/lib/text/search-text";

// Owner = backup needs no section: a check constraint in the database refuses it.
export const ownershipSections = ["noBackup", "personDeactivated", "heldByViewer"] as const;
export type OwnershipSection = (typeof ownershipSections)[number];

function sectionWhere(section: OwnershipSection): Prisma.TokenWhereInput {
  switch (section) {
    case "noBackup":
      return { ...openTokensWhere, backupId: null };
    case "personDeactivated":
      return { ...openTokensWhere, OR: [{ owner: { active: false } }, { backup: { active: false } }] };
    case "heldByViewer":
      return { AND: [openTokensWhere, heldByViewerWhere] };
  }
}

function matching(q: string | undefined): Prisma.TokenWhereInput {
  if (!q) return {};
  const text = { contains: likeLiteral(q), mode: "insensitive" as const };
  return { OR: [{ name: text }, { service: text }, { owner: { name: text } }, { backup: { name: text } }] };
}

async function loadSection(section: OwnershipSection, q: string | undefined, clock: StatusClock, shown: number) {
  const where = { AND: [sectionWhere(section), matching(q)] };
  const [count, rows] = await Promise.all([
    db.token.count({ where }),
    db.token.findMany({
      where,
      select: tokenListSelect,
      orderBy: [{ criticality: "desc" }, { nameKey: "asc" }, { id: "asc" }],
      take: shown,
    }),
  ]);
  return { section, count, tokens: rows.map((row) => ({ ...row, status: tokenStatus(row, clock) })) };
}

/**
 * The admins' ownership view: tokens nobody backs up, tokens whose owner or backup has left, and
 * how much each person answers for. The lists can be narrowed to a service, name or person (`q`);
 * each shows the most critical `shown` tokens, and fixing them brings the next ones up.
 */
export async function getOwnershipOverview(
  actor: Actor | null,
  { q, now = new Date(), shown = 200 }: { q?: string; now?: Date; shown?: number } = {},
) {
  await authorize(actor, "ownership.view", isAdmin);
  const filter = (q && searchText(q)) || undefined;
  const clock = await readStatusClock(now);
  const [sections, load] = await Promise.all([
    Promise.all(ownershipSections.map((s) => loadSection(s, filter, clock, shown))),
    listPersonLoad(),
  ]);
  return { sections, load };
}

export type OwnershipOverview = Awaited<ReturnType<typeof getOwnershipOverview>>;
export type OwnershipToken = OwnershipOverview["sections"][number]["tokens"][number];
