"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/auth/run-action";
import { invitePersonAction } from "@/lib/people/actions";
import type { PickablePerson } from "./import-choices";

/** Gives every row naming `email` to someone already in Tokenbook instead. */
function PickPerson({
  email,
  index,
  people,
  onPicked,
}: {
  email: string;
  index: number;
  people: PickablePerson[];
  onPicked: Props["onPicked"];
}) {
  return (
    <SelectField
      id={`pick-person-${index}`}
      name="replacement"
      label={`Or give ${email}'s rows to`}
      value=""
      onChange={(event) => event.target.value && onPicked(email, event.target.value)}
    >
      <option value="">Choose someone in Tokenbook…</option>
      {people.map((person) => (
        <option key={person.email} value={person.email}>
          {person.name} ({person.email})
        </option>
      ))}
    </SelectField>
  );
}

type Props = {
  emails: string[];
  canInvite: boolean;
  people: PickablePerson[];
  onInvited: (email: string) => void;
  onPicked: (email: string, replacement: string) => void;
};

/**
 * One person the file names who is not in Tokenbook yet: an admin invites them here (as an editor, so they can own
 * tokens), or anyone gives their rows to someone else.
 */
function InviteRow({
  email,
  index,
  canInvite,
  people,
  onInvited,
  onPicked,
}: { email: string; index: number } & Omit<Props, "emails">) {
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await invitePersonAction({}, data).catch(() => ({
        ok: false,
        message: "The invitation could not be sent. Check your connection and try again.",
      }));
      setState(result);
      if (result.ok) onInvited(email);
    });
  };
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 p-3">
      <p className="font-medium break-all text-slate-900">{email}</p>
      {canInvite && (
        <form onSubmit={submit} noValidate aria-label={`Invite ${email}`} className="grid gap-3 sm:flex sm:items-end">
          <TextField
            id={`invite-name-${index}`}
            name="name"
            label={`Name of ${email}`}
            error={state?.fields?.name}
            className="min-w-0 sm:flex-1"
            autoComplete="off"
          />
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="role" value="editor" />
          <Button needsScript type="submit" disabled={pending}>
            {pending ? "Inviting…" : `Invite ${email}`}
          </Button>
        </form>
      )}
      {people.length > 0 && <PickPerson email={email} index={index} people={people} onPicked={onPicked} />}
      {state?.message && (
        <div role={state.ok ? "status" : "alert"}>
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      )}
    </li>
  );
}

/**
 * Owners and backups the file names who are not in Tokenbook: invited from the preview, the rows are checked again at
 * once.
 */
export function UnknownPeople({ emails, ...rest }: Props) {
  if (emails.length === 0) return null;
  return (
    <section aria-labelledby="unknown-people-heading" className="space-y-3">
      <h3 id="unknown-people-heading" className="font-medium text-slate-900">
        People not in Tokenbook yet
      </h3>
      <p className="text-sm text-slate-700">
        {rest.canInvite
          ? "Invite them here as editors, so they can own tokens (they get one invitation email), or give their rows to someone already in Tokenbook. The rows are checked again straight away."
          : "Give their rows to someone already in Tokenbook, or ask an admin to invite them."}
      </p>
      <ul className="space-y-3">
        {emails.map((email, index) => (
          <InviteRow key={email} email={email} index={index} {...rest} />
        ))}
      </ul>
    </section>
  );
}
