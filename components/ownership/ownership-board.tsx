"use client";

import { useState, useTransition } from "react";
import type { TokenTableRow } from "@/components/token-table/token-table-row";
import type { ActionState } from "@/lib/auth/run-action";
import { assignTokensAction } from "@/lib/ownership/actions";
import type { AssignableRole } from "@/lib/ownership/schema";
import { AssignBar, type Candidate } from "./assign-bar";
import { SelectableTokenList } from "./selectable-token-list";

export type BoardSection = { id: string; title: string; description: string; count: number; rows: TokenTableRow[] };

/** The Ownership page's lists with one shared selection, so tokens from any section are assigned in one step. */
export function OwnershipBoard({ sections, people }: { sections: BoardSection[]; people: Candidate[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [role, setRole] = useState<AssignableRole>("backup");
  const [personId, setPersonId] = useState("");
  const [promote, setPromote] = useState(false);
  const [state, setState] = useState<ActionState>({});
  const [pending, startTransition] = useTransition();

  const toggle = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const assign = (tokenIds = [...selected]) =>
    startTransition(async () => {
      const result = await assignTokensAction({ role, personId, tokenIds, promote });
      setState(result);
      if (result.ok) setSelected(new Set());
    });

  // The rows the server named as conflicts: the admin fixes them, or skips them and assigns the rest.
  const conflicts = state.ok ? [] : Object.keys(state.fields ?? {}).filter((id) => selected.has(id));
  const skipConflicts = () => {
    const rest = [...selected].filter((id) => !conflicts.includes(id));
    setSelected(new Set(rest));
    assign(rest);
  };

  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <SelectableTokenList
          key={section.id}
          {...section}
          selected={selected}
          problems={state.ok ? {} : (state.fields ?? {})}
          onToggle={toggle}
        />
      ))}
      <AssignBar
        count={selected.size}
        people={people}
        role={role}
        personId={personId}
        pending={pending}
        state={state}
        onRole={setRole}
        onPerson={(id) => {
          setPersonId(id);
          setPromote(false);
        }}
        promote={promote}
        onPromote={setPromote}
        onSubmit={() => assign()}
        conflicts={conflicts.length}
        onSkipConflicts={skipConflicts}
      />
    </div>
  );
}
