import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { describeError } from "./describe-error";

type Download = { body: BodyInit; contentType: string; fileName: string };

const plainText = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * A GET handler that sends the token list as a file for whoever is signed in, in the view the
 * address names; a problem is answered in plain text, never a server error page.
 */
export function listDownload(make: (actor: Actor, params: URLSearchParams, now: Date) => Promise<Download>) {
  return async function GET(request: Request) {
    const actor = await currentActor();
    // Answered before any domain call so strangers cannot add rows to the audit log by calling this address.
    if (!actor) return plainText("Please sign in to download the token list.", 401);
    try {
      const { body, contentType, fileName } = await make(actor, new URL(request.url).searchParams, new Date());
      return new Response(body, {
        headers: {
          "Content-Type": contentType,
          "Content-Disposition": `attachment; filename="${fileName}"`,
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      const { status, message } = describeError(error);
      return plainText(message, status);
    }
  };
}
