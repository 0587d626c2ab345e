import { TokenStatusBadge } from "@/components/token-status/token-status-badge";
import type { WhoOwnsResult } from "@/lib/ownership/find-who-owns";

const who = (person: WhoOwnsResult["backup"]) =>
  person ? `${person.name}${person.active ? "" : " (deactivated)"}` : "nobody yet";

/** One search result: the answer itself (owner, backup, status, expiry), so nobody has to open the token. */
export function WhoOwnsOption({
  id,
  result,
  active,
  onChoose,
}: {
  id: string;
  result: WhoOwnsResult;
  active: boolean;
  onChoose: () => void;
}) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      className={`cursor-pointer space-y-1 rounded-lg px-3 py-2 text-sm ${active ? "bg-brand-50 outline-2 outline-brand-600" : "hover:bg-slate-50"}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium text-slate-900">
          {result.name} <span className="font-normal text-slate-600">· {result.service}</span>
        </span>
        <TokenStatusBadge status={result.status} />
      </div>
      <div className="text-slate-800">
        <span className="text-slate-600">Owner:</span> {who(result.owner)} ·{" "}
        <span className="text-slate-600">Backup:</span> {who(result.backup)}
      </div>
      <div className="text-slate-700">{result.expires ? `Expires ${result.expires}` : "Does not expire"}</div>
    </li>
  );
}
