import { Ban } from "lucide-react";
import Link from "next/link";
import type { listAwaitingReplacement } from "@/lib/incidents/list-incidents";

type Waiting = Awaited<ReturnType<typeof listAwaitingReplacement>>;

/** Revoked after a leak and not replaced yet: stays on home until the new one is saved. */
export function AwaitingReplacement({ tokens }: { tokens: Waiting }) {
  if (tokens.length === 0) return null;
  return (
    <section
      aria-labelledby="awaiting-heading"
      className="space-y-3 rounded-xl border border-red-300 bg-red-50 p-5 text-red-950"
    >
      <h2 id="awaiting-heading" className="flex items-center gap-2 text-lg font-semibold">
        <Ban aria-hidden="true" focusable="false" className="h-5 w-5 shrink-0" />
        Revoked, waiting for the new one
      </h2>
      <ul className="space-y-2">
        {tokens.map((token) => (
          <li key={token.id}>
            <Link href={`/tokens/${token.id}`} className="font-medium underline underline-offset-2">
              {token.name}
            </Link>{" "}
            — revoked {token.revokedAgo ?? "some time ago"} —{" "}
            {token.mine ? (
              <Link href={`/tokens/${token.id}/runbook/emergency`} className="font-medium underline underline-offset-2">
                make the new one
              </Link>
            ) : (
              <>{token.owner} makes the new one</>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
