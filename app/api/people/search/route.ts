import { currentActor } from "@/lib/auth/current-actor";
import { describeError } from "@/lib/http/describe-error";
import { searchPeople } from "@/lib/people/search-people";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** The people picker's search as you type (token form, list filters): read-only, for anyone signed in. */
export async function GET(request: Request) {
  const actor = await currentActor();
  // Answered before any domain call so strangers cannot add rows to the audit log by calling this address.
  if (!actor) return json({ message: "Please sign in to search." }, 401);
  try {
    return json(await searchPeople(actor, new URL(request.url).searchParams.get("q") ?? ""));
  } catch (error) {
    const { status, message } = describeError(error);
    return json({ message }, status);
  }
}
