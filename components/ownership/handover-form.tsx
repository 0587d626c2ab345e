"use client";

import { TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionState } from "@/lib/auth/run-action";
import { handOverAction } from "@/lib/ownership/actions";
import { promoteLabel } from "@/lib/ownership/field-labels";
import type { Candidate } from "./assign-bar";
import { type HandoverChoice, type HandoverToken, HandoverTokenRow } from "./handover-token-row";

const tokens = (count: number) => (count === 1 ? "1 token" : `${count} tokens`);
const backupStepsUp = (token: HandoverToken, choice: HandoverChoice) =>
  token.leaverOwns && Boolean(token.backupId) && choice.ownerId === token.backupId;
const isOpen = (token: HandoverToken, choice: HandoverChoice) =>
  (token.leaverOwns && !choice.ownerId) ||
  (token.leaverBacksUp && !choice.backupId) ||
  (backupStepsUp(token, choice) && !choice.backupId);

/** "Finn is leaving": choose who takes over each token (or one person for all), then deactivate, in one step. */
export function HandoverForm({
  person,
  people,
  rows,
}: {
  person: { id: string; name: string };
  people: Candidate[];
  rows: HandoverToken[];
}) {
  const [choices, setChoices] = useState<Record<string, HandoverChoice>>(() =>
    Object.fromEntries(rows.map((row) => [row.id, { ownerId: "", backupId: "" }])),
  );
  const [everyone, setEveryone] = useState("");
  const [note, setNote] = useState("");
  const [leaveUnassigned, setLeaveUnassigned] = useState(false);
  const [promote, setPromote] = useState(false);
  const hydrated = useHydrated();
  const [state, setState] = useState<ActionState>({});
  const [pending, startTransition] = useTransition();
  const open = rows.filter((row) => isOpen(row, choices[row.id])).length;
  const chosenIds = new Set(Object.values(choices).flatMap((choice) => [choice.ownerId, choice.backupId]));
  const viewers = people.filter((p) => p.role === "viewer" && chosenIds.has(p.id));

  function giveAllTo(personId: string) {
    // Someone who already backs up a token steps up as its owner; only the reverse can't be done.
    const skipped = rows.filter((row) => row.leaverBacksUp && row.ownerId === personId);
    setChoices((current) =>
      Object.fromEntries(
        rows.map((row) => {
          const choice = current[row.id];
          if (skipped.includes(row)) return [row.id, choice];
          const stepsUp = row.leaverOwns && row.backupId === personId;
          return [
            row.id,
            {
              ownerId: row.leaverOwns ? personId : choice.ownerId,
              backupId: row.leaverBacksUp ? personId : stepsUp ? "" : choice.backupId,
            },
          ];
        }),
      ),
    );
    const name = people.find((p) => p.id === personId)?.name;
    setNote(
      skipped.length
        ? `${name} already holds the other place on ${tokens(skipped.length)}; choose someone else for ${skipped.length === 1 ? "it" : "those"}.`
        : `All of ${person.name}'s places go to ${name}.`,
    );
  }

  const submit = () =>
    startTransition(async () => {
      const input = {
        personId: person.id,
        leaveUnassigned,
        promote: viewers.length > 0 && promote,
        tokens: rows.map((row) => ({ tokenId: row.id, ...choices[row.id] })),
      };
      setState(await handOverAction(input));
    });

  return (
    <form
      aria-label={`Hand over ${person.name}'s tokens`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="space-y-6"
    >
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">One person for all</h2>
        <div className="flex flex-wrap items-end gap-3">
          <label className="min-w-56 flex-1 space-y-1 text-sm sm:max-w-md sm:flex-none">
            <span className="block font-medium text-slate-800">Give all of {person.name}&apos;s tokens to</span>
            <select
              value={everyone}
              disabled={!hydrated}
              onChange={(event) => setEveryone(event.target.value)}
              className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
            >
              <option value="">Choose a person…</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.email}){p.role === "viewer" ? " — viewer" : ""}
                </option>
              ))}
            </select>
          </label>
          <Button
            needsScript
            type="button"
            variant="secondary"
            disabled={!everyone}
            onClick={() => giveAllTo(everyone)}
          >
            Give all to this person
          </Button>
        </div>
        {note && (
          <p role="status" className="text-sm text-slate-800">
            {note}
          </p>
        )}
      </Card>
      <Card className="!py-2">
        <h2 className="sr-only">Each token</h2>
        <ul className="divide-y divide-slate-200">
          {rows.map((row) => (
            <HandoverTokenRow
              key={row.id}
              token={row}
              leaverName={person.name}
              people={people}
              choice={choices[row.id]}
              problem={state.ok ? undefined : state.fields?.[row.id]}
              hydrated={hydrated}
              onChange={(choice) => setChoices((current) => ({ ...current, [row.id]: choice }))}
            />
          ))}
        </ul>
      </Card>
      {open > 0 && (
        <Notice tone="warning">
          <p>
            {tokens(open)} {open === 1 ? "has" : "have"} nobody chosen yet. If you go on, tokens {person.name} owns stay
            in their name (they are listed on the Ownership page until someone takes them), and tokens they back up are
            left without a backup.
          </p>
          <label className="mt-2 flex items-center gap-2 font-medium">
            <input
              type="checkbox"
              checked={leaveUnassigned}
              disabled={!hydrated}
              onChange={(event) => setLeaveUnassigned(event.target.checked)}
            />
            Deactivate anyway and leave {tokens(open)} as described
          </label>
        </Notice>
      )}
      {viewers.length > 0 && (
        <Notice tone="warning">
          <p>
            {viewers.map((p) => p.name).join(" and ")} {viewers.length === 1 ? "is a viewer" : "are viewers"}, and
            viewers can&apos;t change tokens, so {viewers.length === 1 ? "they couldn't" : "none of them could"} act on
            the reminders. Choose an editor or admin, or:
          </p>
          <label className="mt-2 flex items-center gap-2 font-medium">
            <input
              type="checkbox"
              checked={promote}
              disabled={!hydrated}
              onChange={(event) => setPromote(event.target.checked)}
            />
            {promoteLabel}
          </label>
        </Notice>
      )}
      <div className="space-y-2">
        <Button
          needsScript
          type="submit"
          variant="danger"
          disabled={pending || (open > 0 && !leaveUnassigned) || (viewers.length > 0 && !promote)}
        >
          {pending ? "Handing over…" : `Hand over and deactivate ${person.name}`}
        </Button>
        {state.message && !state.ok && (
          <p role="alert" className="text-sm text-red-800">
            <InlineIcon icon={TriangleAlert} />
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
