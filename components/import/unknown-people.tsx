"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/auth/run-action";
import { invitePersonAction } from "@/lib/people/actions";

type Props = { emails: string[]; canInvite: boolean; onInvited: () => void };

/** One person the file names who is not in Tokenbook yet: an admin invites them here, as an editor so they can own tokens. */
function InviteRow({ email, index, onInvited }: { email: string; index: number; onInvited: () => void }) {
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    startTransition(async () => {
      const result = await invitePersonAction({ name, email, role: "editor" }).catch(() => ({ ok: false, message: "The invitation could not be sent. Check your connection and try again." }));
      setState(result);
      if (result.ok) onInvited();
    });
  };
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 p-3">
      <p className="font-medium break-all text-slate-900">{email}</p>
      <form onSubmit={submit} noValidate aria-label={`Invite ${email}`} className="grid gap-3 sm:flex sm:items-end">
        <TextField id={`invite-name-${index}`} name="name" label={`Name of ${email}`} error={state?.fields?.name} className="min-w-0 sm:flex-1" autoComplete="off" />
        <Button needsScript type="submit" disabled={pending}>
          {pending ? "Inviting…" : `Invite ${email}`}
        </Button>
      </form>
      {state?.message && (
        <div role={state.ok ? "status" : "alert"}>
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      )}
    </li>
  );
}

/** Owners and backups the file names who are not in Tokenbook: invited from the preview, the rows are checked again at once. */
export function UnknownPeople({ emails, canInvite, onInvited }: Props) {
  if (emails.length === 0) return null;
  return (
    <section aria-labelledby="unknown-people-heading" className="space-y-3">
      <h3 id="unknown-people-heading" className="font-medium text-slate-900">
        People not in Tokenbook yet
      </h3>
      {canInvite ? (
        <>
          <p className="text-sm text-slate-700">Invite them here as editors, so they can own tokens. They get one invitation email; the rows are checked again straight away.</p>
          <ul className="space-y-3">
            {emails.map((email, index) => (
              <InviteRow key={email} email={email} index={index} onInvited={onInvited} />
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-slate-700">
          Ask an admin to invite {emails.join(", ")}, or use the emails of people already in Tokenbook in your file.
        </p>
      )}
    </section>
  );
}
