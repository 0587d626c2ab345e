"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useFormAction, validatedBy } from "@/components/ui/use-form-action";
import { invitePersonAction } from "@/lib/people/actions";
import { invitePersonSchema, roleLabels, roles, type InvitePersonInput } from "@/lib/people/schema";

export function InvitePersonForm({ teams }: { teams: { id: string; name: string }[] }) {
  const { register, handleSubmit, formState, reset } = useForm<InvitePersonInput>({
    resolver: zodResolver(invitePersonSchema),
    defaultValues: { name: "", email: "", role: "viewer", teamId: "" },
  });
  const { state, formAction, onSubmit, pending, sending } = useFormAction(invitePersonAction, {
    validate: validatedBy(handleSubmit),
  });
  useEffect(() => {
    if (state.ok) reset();
  }, [state, reset]);
  const error = (field: keyof InvitePersonInput) => formState.errors[field]?.message ?? state.fields?.[field];

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Invite a person">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" autoComplete="off" error={error("name")} {...register("name")} />
        <TextField label="Email" type="email" autoComplete="off" error={error("email")} {...register("email")} />
        <SelectField label="Role" error={error("role")} {...register("role")}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role].label} — {roleLabels[role].description}
            </option>
          ))}
        </SelectField>
        {teams.length > 0 && (
          <SelectField label="Team (optional)" error={error("teamId")} {...register("teamId")}>
            <option value="">No team</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <Button needsScript type="submit" disabled={pending}>
        {sending ? "Sending invitation…" : "Send invitation"}
      </Button>
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"} live>
          {state.message}
        </Notice>
      )}
    </form>
  );
}
