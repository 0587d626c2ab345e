"use client";

import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/auth/run-action";
import { changeRoleAction, resendInvitationAction, setPersonActiveAction } from "@/lib/people/actions";
import { roleLabels, roles } from "@/lib/people/roles";
import { useInlineQuestion } from "@/components/ui/use-inline-question";

type Person = { id: string; name: string; role: (typeof roles)[number]; active: boolean };

function Feedback({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <p role="status" className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-800"}`}>
      <span aria-hidden="true">{state.ok ? "✓ " : "⚠ "}</span>
      {state.message}
    </p>
  );
}

export function RoleForm({ person, disabled }: { person: Person; disabled: boolean }) {
  const { state, formAction, onSubmit, pending } = useFormAction(changeRoleAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="openedRole" value={person.role} />
      <label className="sr-only" htmlFor={`role-${person.id}`}>
        Role of {person.name}
      </label>
      <select
        id={`role-${person.id}`}
        name="role"
        defaultValue={person.role}
        disabled={disabled}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabels[role].label}
          </option>
        ))}
      </select>
      {!disabled && (
        <Button needsScript type="submit" variant="secondary" disabled={pending} className="!px-3 !py-1">
          Save role
        </Button>
      )}
      <Feedback state={state} />
    </form>
  );
}

export function ActiveForm({ person, heldTokens }: { person: Person; heldTokens: number }) {
  const { state, formAction, onSubmit, pending } = useFormAction(setPersonActiveAction);
  const { open: confirming, ask, close, buttonRef, questionProps } = useInlineQuestion();
  if (person.active && heldTokens > 0) {
    return (
      <div className="space-y-1">
        <Link
          href={`/ownership/hand-over/${person.id}`}
          className="inline-block rounded-lg border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Deactivate {person.name}…
        </Link>
        <p className="text-sm text-slate-700">
          Owns or backs up {heldTokens === 1 ? "1 token" : `${heldTokens} tokens`}: you choose who takes them over
          first.
        </p>
      </div>
    );
  }
  if (person.active && !confirming) {
    return (
      <div className="space-y-1">
        <Button needsScript type="button" variant="secondary" ref={buttonRef} onClick={ask} className="!px-3 !py-1">
          Deactivate {person.name}
        </Button>
        <Feedback state={state} />
      </div>
    );
  }
  return (
    <form {...questionProps} action={formAction} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="active" value={person.active ? "false" : "true"} />
      {person.active && (
        <p className="text-sm text-slate-700">{person.name} will be signed out everywhere and can no longer sign in.</p>
      )}
      <div className="flex gap-2">
        <Button
          needsScript
          type="submit"
          variant={person.active ? "danger" : "secondary"}
          disabled={pending}
          className="!px-3 !py-1"
        >
          {person.active ? `Yes, deactivate ${person.name}` : `Reactivate ${person.name}`}
        </Button>
        {person.active && (
          <Button needsScript type="button" variant="link" onClick={close}>
            Cancel
          </Button>
        )}
      </div>
      <Feedback state={state} />
    </form>
  );
}

export function ResendInvitationForm({ person }: { person: Person }) {
  const { state, formAction, onSubmit, pending } = useFormAction(resendInvitationAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="personId" value={person.id} />
      <Button needsScript type="submit" variant="link" disabled={pending}>
        Send invitation again
      </Button>
      <Feedback state={state} />
    </form>
  );
}
