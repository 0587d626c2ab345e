"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/auth/run-action";
import { invitePersonAction } from "@/lib/people/actions";
import { invitePersonSchema, roleLabels, roles, type InvitePersonInput } from "@/lib/people/schema";

export function InvitePersonForm({ teams }: { teams: { id: string; name: string }[] }) {
  const [result, setResult] = useState<ActionState>({});
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, reset, setError } = useForm<InvitePersonInput>({
    resolver: zodResolver(invitePersonSchema),
    defaultValues: { name: "", email: "", role: "viewer", teamId: "" },
  });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const state = await invitePersonAction(values);
      setResult(state);
      for (const [field, message] of Object.entries(state.fields ?? {}))
        setError(field as keyof InvitePersonInput, { message });
      if (state.ok) reset();
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Invite a person">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" autoComplete="off" error={formState.errors.name?.message} {...register("name")} />
        <TextField
          label="Email"
          type="email"
          autoComplete="off"
          error={formState.errors.email?.message}
          {...register("email")}
        />
        <SelectField label="Role" error={formState.errors.role?.message} {...register("role")}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role].label} — {roleLabels[role].description}
            </option>
          ))}
        </SelectField>
        {teams.length > 0 && (
          <SelectField label="Team (optional)" error={formState.errors.teamId?.message} {...register("teamId")}>
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
        {pending ? "Sending invitation…" : "Send invitation"}
      </Button>
      {result.message && (
        <Notice tone={result.ok ? "success" : "error"} live>
          {result.message}
        </Notice>
      )}
    </form>
  );
}
