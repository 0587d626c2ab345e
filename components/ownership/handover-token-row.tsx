import { TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { TokenStatusBadge } from "@/components/token-status/token-status-badge";
import { TokenExpiry, TokenName } from "@/components/token-table/token-cells";
import type { TokenTableRow } from "@/components/token-table/token-table-row";
import type { Candidate } from "./assign-bar";

export type HandoverToken = TokenTableRow & {
  leaverOwns: boolean;
  leaverBacksUp: boolean;
  ownerId: string;
  backupId: string | null;
};
export type HandoverChoice = { ownerId: string; backupId: string };

type PlaceProps = {
  label: string;
  tokenName: string;
  value: string;
  people: Candidate[];
  taken?: string | null;
  takenAs?: string;
  /** The token's backup, who may step up as its owner (a new backup is then chosen). */
  stepsUp?: string | null;
  hydrated: boolean;
  onChange: (id: string) => void;
};

function PlaceSelect({ label, tokenName, value, people, taken, takenAs, stepsUp, hydrated, onChange }: PlaceProps) {
  return (
    <label className="block space-y-1 text-sm">
      <span className="block font-medium text-slate-800">
        {label}
        <span className="sr-only"> of {tokenName}</span>
      </span>
      <select
        value={value}
        disabled={!hydrated}
        onChange={(event) => onChange(event.target.value)}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
      >
        <option value="">Nobody yet</option>
        {people.map((person) => (
          <option key={person.id} value={person.id} disabled={person.id === taken}>
            {person.name}
            {person.id === taken ? ` (already ${takenAs})` : ""}
            {person.role === "viewer" ? " — viewer" : ""}
            {person.id === stepsUp ? " (the backup: becomes the owner)" : ""}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One of the leaver's tokens: what it is, and who takes over each place the leaver held on it. */
export function HandoverTokenRow({
  token,
  leaverName,
  people,
  choice,
  problem,
  hydrated,
  onChange,
}: {
  token: HandoverToken;
  leaverName: string;
  people: Candidate[];
  choice: HandoverChoice;
  problem?: string;
  /** Until the page's script runs, a choice would be lost: the selects wait for it. */
  hydrated: boolean;
  onChange: (choice: HandoverChoice) => void;
}) {
  const place = { tokenName: token.name, people, hydrated };
  // The backup's place is open when the leaver held it, or when the old backup steps up as owner.
  const backupTaken = token.leaverBacksUp
    ? { id: token.ownerId, as: "the owner" }
    : token.leaverOwns && token.backupId && choice.ownerId === token.backupId
      ? { id: token.backupId, as: "the new owner" }
      : null;
  return (
    <li className="grid gap-4 py-4 sm:grid-cols-2">
      <div className="space-y-1 text-sm">
        <TokenName row={token} />
        <div className="flex flex-wrap items-center gap-2">
          <TokenStatusBadge status={token.status} />
          <span className="text-slate-700">
            {token.criticality} · <TokenExpiry expires={token.expires} />
          </span>
        </div>
        <p className="text-slate-800">
          {leaverName} is the {token.leaverOwns ? "owner" : "backup"}.
        </p>
      </div>
      <div className="space-y-3">
        {token.leaverOwns && (
          <PlaceSelect
            {...place}
            label="New owner"
            value={choice.ownerId}
            stepsUp={token.backupId}
            onChange={(ownerId) =>
              onChange({ ...choice, ownerId, backupId: ownerId === token.backupId ? "" : choice.backupId })
            }
          />
        )}
        {backupTaken && (
          <PlaceSelect
            {...place}
            label="New backup"
            value={choice.backupId}
            taken={backupTaken.id}
            takenAs={backupTaken.as}
            onChange={(backupId) => onChange({ ...choice, backupId })}
          />
        )}
        {problem && (
          <p className="text-sm text-red-800">
            <InlineIcon icon={TriangleAlert} />
            {problem}
          </p>
        )}
      </div>
    </li>
  );
}
