import { UserMinus, UserX } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import Link from "next/link";
import type { TokenTableRow } from "./token-table-row";

type Person = { name: string; active: boolean };

// The classes named here (`.token-name`, `.token-expiry`) are written once in app/globals.css: a list
// repeats these cells on every row, in the HTML and in React's payload alike.

/** The token's name, linking to its page, with the service and environment under it. */
export function TokenName({ row }: { row: TokenTableRow }) {
  return (
    <div className="token-name">
      <Link href={`/tokens/${row.id}`}>{row.name}</Link>
      <div>{`${row.service} · ${row.environment}`}</div>
    </div>
  );
}

/** A person by name, with "deactivated" in words when they can no longer act on the token. */
export function TokenPerson({ person }: { person: Person }) {
  if (person.active) return person.name;
  return (
    <span>
      {person.name}
      <span className="block whitespace-nowrap text-red-800">
        <InlineIcon icon={UserMinus} />
        (deactivated)
      </span>
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
  if (!expires) return "Does not expire";
  return (
    <span className={stacked ? "token-expiry stacked" : "token-expiry"}>
      <span>{expires.date}</span> <span>{`(${expires.distance})`}</span>
    </span>
  );
}
