import { CircleCheck, TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionState } from "@/lib/auth/run-action";
import { promoteLabel } from "@/lib/ownership/field-labels";
import type { AssignableRole } from "@/lib/ownership/schema";

export type Candidate = { id: string; name: string; email: string; role?: string };

type Props = {
  count: number;
  people: Candidate[];
  role: AssignableRole;
  personId: string;
  pending: boolean;
  state: ActionState;
  onRole: (role: AssignableRole) => void;
  onPerson: (id: string) => void;
  promote: boolean;
  onPromote: (on: boolean) => void;
  onSubmit: () => void;
  /** How many selected tokens the server refused (each named on its row), and the way past them. */
  conflicts?: number;
  onSkipConflicts?: () => void;
};

/** Stays in view while the admin ticks tokens: who to assign, as what, and the one button. */
export function AssignBar({
  count,
  people,
  role,
  personId,
  pending,
  state,
  onRole,
  onPerson,
  promote,
  onPromote,
  onSubmit,
  conflicts = 0,
  onSkipConflicts,
}: Props) {
  const chosen = people.find((person) => person.id === personId);
  const viewer = chosen?.role === "viewer";
  // Choices made before the page's script runs would be lost: the controls wait for it.
  const hydrated = useHydrated();
  return (
    <form
      aria-label="Assign selected tokens"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      className="sticky bottom-0 z-30 space-y-3 rounded-xl border border-slate-300 bg-white p-4 shadow-lg"
    >
      <div className="flex flex-wrap items-end gap-4">
        <p className="text-sm font-medium text-slate-900" aria-live="polite">
          {count === 1 ? "1 token selected" : `${count} tokens selected`}
        </p>
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">Assign as</legend>
          {(["backup", "owner"] as const).map((value) => (
            <label key={value} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="role"
                value={value}
                checked={role === value}
                disabled={!hydrated}
                onChange={() => onRole(value)}
              />
              As {value}
            </label>
          ))}
        </fieldset>
        <div className="min-w-56 flex-1 sm:max-w-md sm:flex-none">
          <label htmlFor="assign-person" className="block text-sm font-medium text-slate-800">
            Person
          </label>
          <select
            id="assign-person"
            value={personId}
            disabled={!hydrated}
            onChange={(event) => onPerson(event.target.value)}
            className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">Choose a person…</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({person.email}){person.role === "viewer" ? " — viewer" : ""}
              </option>
            ))}
          </select>
        </div>
        <Button needsScript type="submit" disabled={pending || count === 0 || !personId || (viewer && !promote)}>
          {pending ? "Assigning…" : `Assign ${role} to ${count === 1 ? "1 token" : `${count} tokens`}`}
        </Button>
      </div>
      {viewer && chosen && (
        <div className="space-y-1 text-sm text-amber-900">
          <p>
            {chosen.name} is a viewer, and viewers can&apos;t change tokens, so they couldn&apos;t act on the reminders.
            Choose an editor or admin, or:
          </p>
          <label className="flex items-center gap-2 font-medium">
            <input
              type="checkbox"
              checked={promote}
              disabled={!hydrated}
              onChange={(event) => onPromote(event.target.checked)}
            />
            {promoteLabel}
          </label>
        </div>
      )}
      {state.message && (
        <p role="status" className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-800"}`}>
          <InlineIcon icon={state.ok ? CircleCheck : TriangleAlert} />
          {state.message}
          {!state.ok &&
            conflicts > 0 &&
            ` Each is marked on its row: fix ${conflicts === 1 ? "it" : "them"}, or skip ${conflicts === 1 ? "it" : "them"}.`}
        </p>
      )}
      {!state.ok && conflicts > 0 && count > conflicts && onSkipConflicts && (
        <Button needsScript type="button" variant="secondary" disabled={pending} onClick={onSkipConflicts}>
          Skip {conflicts === 1 ? "1 token" : `${conflicts} tokens`} and assign the other{" "}
          {count - conflicts === 1 ? "1" : count - conflicts}
        </Button>
      )}
    </form>
  );
}
