import Link from "next/link";
import { MyTokenList } from "@/components/ownership/my-token-list";
import { noticeSymbolId } from "@/components/ui/notice";
import { InlineSign } from "@/components/ui/sign-use";
import type { MyToken } from "@/lib/ownership/list-my-tokens";
import type { TokenStatus } from "@/lib/tokens/token-status";

const needsMe = new Set<TokenStatus>([
  "expired",
  "compromised",
  "expiring_soon",
  "rotation_overdue",
  "no_backup",
  "no_expiry",
]);
const shownOfMine = 5;

/** The signed-in person's own tokens that need them, before the company's. */
export function MyAttention({ tokens, now }: { tokens: MyToken[]; now: Date }) {
  const mine = tokens.filter((token) => needsMe.has(token.status));
  return (
    <section aria-labelledby="mine-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="mine-heading" className="text-xl font-semibold">
          Your tokens that need you
        </h2>
        <Link href="/my-tokens" className="text-sm text-brand-700 underline underline-offset-2">
          All {tokens.length.toLocaleString("en-GB")} of your tokens
        </Link>
      </div>
      {mine.length === 0 ? (
        <p className="text-slate-700">
          <InlineSign id={noticeSymbolId("success")} />
          None of your tokens needs anything right now.
        </p>
      ) : (
        <>
          <MyTokenList tokens={mine.slice(0, shownOfMine)} now={now} nameHeading="h3" />
          {mine.length > shownOfMine && (
            <Link href="/my-tokens" className="text-sm text-brand-700 underline underline-offset-2">
              See all {mine.length.toLocaleString("en-GB")} that need you
            </Link>
          )}
        </>
      )}
    </section>
  );
}
