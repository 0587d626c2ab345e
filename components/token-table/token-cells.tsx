import { UserMinus, UserX } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import Link from "next/link";
import type { TokenTableRow } from "./token-table-row";

type Person = { name: string; email: string; active: boolean };

/** The token's name, linking to its page, with the service and environment under it. */
export function TokenName({ row, as: Heading = "span" }: { row: TokenTableRow; as?: "span" | "h2" }) {
  return (
    <div className="min-w-48">
      <Heading className="font-medium">
        <Link href={`/tokens/${row.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {row.name}
        </Link>
      </Heading>
      <div className="text-slate-600">
        {row.service} · {row.environment}
      </div>
    </div>
  );
}

/** A person by name, with "deactivated" in words when they can no longer act on the token. */
export function TokenPerson({ person }: { person: Person }) {
  return (
    <span>
      <span className="text-slate-900">{person.name}</span>
      {!person.active && (
        <span className="block whitespace-nowrap text-red-800">
          <InlineIcon icon={UserMinus} />
          (deactivated)
        </span>
      )}
    </span>
  );
}

export function TokenBackup({ backup }: { backup: Person | null }) {
  if (!backup) {
    return (
      <span className="whitespace-nowrap font-medium text-violet-900">
        <InlineIcon icon={UserX} />
        No backup
      </span>
    );
  }
  return <TokenPerson person={backup} />;
}

/** "12 Dec 2026 (in 7 days)", the distance on its own line where space is short; or "Does not expire". */
export function TokenExpiry({ expires, stacked = false }: { expires: TokenTableRow["expires"]; stacked?: boolean }) {
  if (!expires) return <span>Does not expire</span>;
  return (
    <span>
      <span className="whitespace-nowrap">{expires.date}</span>{" "}
      <span className={`whitespace-nowrap text-slate-700 ${stacked ? "block" : ""}`}>({expires.distance})</span>
    </span>
  );
}
