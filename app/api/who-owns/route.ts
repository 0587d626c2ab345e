import { currentActor } from "@/lib/auth/current-actor";
import { describeError } from "@/lib/http/describe-error";
import { findWhoOwns } from "@/lib/ownership/find-who-owns";
import { readThroughPageCache } from "@/lib/page-cache/read-through-page-cache";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** The header's "Who owns…?" search: read-only, for anyone signed in. */
export async function GET(request: Request) {
  const actor = await currentActor();
  // Answered before any domain call so strangers cannot add rows to the audit log by calling this address.
  if (!actor) return json({ message: "Please sign in to search." }, 401);
  try {
    const query = new URL(request.url).searchParams.get("q") ?? "";
    const now = new Date();
    return json(
      await readThroughPageCache([actor.id, actor.role, "who-owns", query], now, () => findWhoOwns(actor, query, now)),
    );
  } catch (error) {
    const { status, message } = describeError(error);
    return json({ message }, status);
  }
}
