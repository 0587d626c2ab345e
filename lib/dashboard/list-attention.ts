import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { readThroughPageCache } from "@/lib/page-cache/read-through-page-cache";
import { tokenListSearch } from "@/lib/tokens/list-query";
import { tokenListOrderBy, tokenListWhere } from "@/lib/tokens/list-tokens";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { statusSelect, tokenStatus, type StatusClock } from "@/lib/tokens/token-status";
import { attentionKeys, attentionQuery, type AttentionKey } from "./attention-categories";
import { countFailedReminders } from "./count-failed-reminders";

/** How many tokens each card on the home page names; the rest is one click away. */
const shownPerCategory = 3;

const firstSelect = { ...statusSelect, id: true, name: true, ownerId: true } as const;

async function countAndFirst(key: AttentionKey, clock: StatusClock) {
  const query = attentionQuery(key, clock);
  const where = tokenListWhere(query, clock);
  const [count, first] = await Promise.all([
    db.token.count({ where }),
    db.token.findMany({ where, select: firstSelect, orderBy: tokenListOrderBy(), take: shownPerCategory }),
  ]);
  return { key, count, href: `/tokens?${tokenListSearch(query)}`, first };
}

/** Owners and backups of every card's tokens in one query, rather than two per card. */
async function namePeople(ids: Set<string>) {
  const people = await db.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, active: true },
  });
  return new Map(people.map((person) => [person.id, person]));
}

/**
 * "What needs attention": counts in the database, a few tokens per kind, and failed reminders for
 * admins. The same for every admin and for everyone else, so counted once per data version for all
 * of them (kept with the page cache) rather than once per person: at 100,000 tokens the counts read
 * about 100,000 rows.
 */
export async function listTokensNeedingAttention(actor: Actor | null, now = new Date()) {
  const reader = await authorize(actor, "dashboard.view", isSignedIn);
  const forAdmin = reader.role === "admin";
  return readThroughPageCache(["attention", forAdmin], now, () => countAttention(forAdmin, now));
}

async function countAttention(forAdmin: boolean, now: Date) {
  const clock = await readStatusClock(now);
  const [counted, failedReminders] = await Promise.all([
    Promise.all(attentionKeys.map((key) => countAndFirst(key, clock))),
    forAdmin ? countFailedReminders() : null,
  ]);
  const people = await namePeople(
    new Set(
      counted.flatMap(({ first }) =>
        first.flatMap((token) => (token.backupId ? [token.ownerId, token.backupId] : [token.ownerId])),
      ),
    ),
  );
  const categories = counted.map(({ first, ...category }) => ({
    ...category,
    tokens: first.map((token) => ({
      ...token,
      status: tokenStatus(token, clock),
      owner: people.get(token.ownerId)!,
      backup: token.backupId ? people.get(token.backupId)! : null,
    })),
  }));
  return {
    categories,
    failedReminders: failedReminders === null ? null : { count: failedReminders, href: "/outbox?status=failed" },
  };
}

export type AttentionCategory = Awaited<ReturnType<typeof listTokensNeedingAttention>>["categories"][number];
