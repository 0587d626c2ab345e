import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { TokenListQuery } from "./list-query";
import { tokenListWhere } from "./list-tokens";
import { pageFromKey, pageRows, readInParts } from "./page-by-key";
import { readStatusClock } from "./read-status-clock";
import { tokenStatus } from "./token-status";
import { tokenWithRelations } from "./token-snapshot";

/**
 * The inventory for automation: the list page's filters, paged by key (after the last id seen), so
 * a loop that changes tokens as it goes never skips or repeats one.
 */
export async function listTokensByKey(
  actor: Actor | null,
  query: TokenListQuery,
  page: { after?: string; limit: number },
  now = new Date(),
) {
  await authorize(actor, "token.list", isSignedIn);
  const clock = await readStatusClock(now);
  const { parts, orderBy } = await pageFromKey({}, { after: page.after });
  const found = await readInParts(parts, page.limit + 1, (part, take) =>
    db.token.findMany({
      where: { AND: [tokenListWhere(query, clock), part] },
      include: tokenWithRelations,
      orderBy,
      take,
    }),
  );
  const { rows, more } = pageRows(found, page.limit, false);
  const tokens = rows.map((token) => ({ token, status: tokenStatus(token, clock) }));
  return { tokens, next: more ? tokens.at(-1)!.token.id : null };
}

/** One token with its status, for anyone signed in. */
export async function readStatusOf(token: Parameters<typeof tokenStatus>[0], now = new Date()) {
  return tokenStatus(token, await readStatusClock(now));
}
