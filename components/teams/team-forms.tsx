"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/auth/run-action";
import { createTeamAction, deleteTeamAction, renameTeamAction } from "@/lib/teams/actions";
import { useInlineQuestion } from "@/components/ui/use-inline-question";

function Feedback({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <Notice tone={state.ok ? "success" : "error"} live>
      {state.message}
    </Notice>
  );
}

export function NewTeamForm() {
  const { state, formAction, onSubmit, sending } = useFormAction(createTeamAction, { resetOnSuccess: true });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3" aria-label="Add a team">
      <div className="flex flex-wrap items-end gap-3">
        <TextField label="New team's name" name="name" error={state.fields?.name} className="min-w-64 flex-1" />
        <Button type="submit" disabled={sending}>
          Add team
        </Button>
      </div>
      <Feedback state={state} />
    </form>
  );
}

export function TeamRowForms({ team }: { team: { id: string; name: string; members: number; tokens: number } }) {
  const {
    state: renameState,
    formAction: renameAction,
    onSubmit: rename,
    pending: renaming,
  } = useFormAction(renameTeamAction);
  const {
    state: deleteState,
    formAction: removeAction,
    onSubmit: remove,
    pending: removing,
  } = useFormAction(deleteTeamAction);
  const { open: confirming, ask, close, buttonRef, questionProps } = useInlineQuestion();
  return (
    <div className="space-y-2">
      <form action={renameAction} onSubmit={rename} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="teamId" value={team.id} />
        <input type="hidden" name="openedName" value={team.name} />
        <TextField
          label={`Name of ${team.name}`}
          name="name"
          id={`team-${team.id}`}
          defaultValue={team.name}
          error={renameState.fields?.name}
        />
        <Button needsScript type="submit" variant="secondary" disabled={renaming}>
          Rename
        </Button>
        {!confirming && (
          <Button ref={buttonRef} needsScript type="button" variant="secondary" onClick={ask}>
            Remove
          </Button>
        )}
      </form>
      {confirming && (
        <form
          {...questionProps}
          action={removeAction}
          onSubmit={remove}
          className="space-y-2"
          aria-label={`Remove ${team.name}`}
        >
          <input type="hidden" name="teamId" value={team.id} />
          <p className="text-sm text-slate-700">
            Remove “{team.name}”? Its {team.members} people and {team.tokens} tokens stay, without a team.
          </p>
          <div className="flex gap-3">
            <Button needsScript type="submit" variant="danger" disabled={removing}>
              Yes, remove the team
            </Button>
            <Button needsScript type="button" variant="link" onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      <Feedback state={renameState} />
      <Feedback state={deleteState} />
    </div>
  );
}
