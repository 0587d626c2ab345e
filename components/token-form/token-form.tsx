"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useCallback, useState } from "react";
import { Controller, type FieldErrors, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { type FormAction, useFormAction, validatedBy } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/auth/run-action";
import {
  criticalities,
  criticalityLabels,
  environmentLabels,
  environments,
  type ParsedTokenInput,
  type TokenInput,
  tokenInputSchema,
} from "@/lib/tokens/schema";
import { DatesFields } from "./dates-fields";
import { DependentsField } from "./dependents-field";
import { HolderFields } from "./holder-fields";
import type { PickablePerson } from "@/components/person-picker/person-picker";

type Props = {
  defaultValues: TokenInput;
  /** The people already chosen as owner and backup, to show by name; others are found by typing. */
  people: PickablePerson[];
  teams: { id: string; name: string }[];
  /** Today in the organisation's time zone (YYYY-MM-DD): an expiry date before it gets a warning. */
  today: string;
  save: FormAction<ActionState>;
  submitLabel: string;
  cancelHref: string;
  /** An admin may make a viewer chosen as owner or backup an editor in the same step. */
  canPromote?: boolean;
};

/** Flattens react-hook-form's nested errors to the server's "dependents.2" style keys. */
function flatten(errors: FieldErrors, prefix = ""): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value.message === "string") flat[path] = value.message;
    else if (typeof value === "object") Object.assign(flat, flatten(value as FieldErrors, path));
  }
  return flat;
}

export function TokenForm({
  defaultValues,
  people,
  teams,
  today,
  save,
  submitLabel,
  cancelHref,
  canPromote = false,
}: Props) {
  const form = useForm<TokenInput, unknown, ParsedTokenInput>({
    resolver: zodResolver(tokenInputSchema),
    defaultValues,
    mode: "onBlur",
  });
  const { register, control, handleSubmit } = form;
  const [refusedHere, setRefusedHere] = useState(false);
  const validate = validatedBy(handleSubmit);
  const { state, formAction, onSubmit, pending, sending } = useFormAction(save, {
    validate: async () => {
      const valid = await validate();
      setRefusedHere(!valid);
      return valid;
    },
  });
  const errors = { ...(state.fields ?? {}), ...flatten(form.formState.errors) };
  const refusal = refusedHere
    ? "Some details need fixing; nothing was saved. The fields are marked below."
    : !state.ok && state.message;
  // Saving waits while a typed name is still being looked up, so it is never sent as "nobody chosen".
  const [lookups, setLookups] = useState({ owner: false, backup: false });
  const ownerLookup = useCallback((pending: boolean) => setLookups((state) => ({ ...state, owner: pending })), []);
  const backupLookup = useCallback((pending: boolean) => setLookups((state) => ({ ...state, backup: pending })), []);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8" aria-label="Token details">
      <input type="hidden" {...register("version")} />
      {refusal && (
        <Notice tone="error" live>
          {refusal}
        </Notice>
      )}
      <section className="grid gap-4 sm:grid-cols-2">
        <h2 className="text-lg font-semibold sm:col-span-2">What it is</h2>
        <TextField
          label="Name"
          hint="A name people will recognise, like “HubSpot reporting key”."
          error={errors.name}
          {...register("name")}
        />
        <TextField
          label="Service"
          hint="The service it unlocks, like HubSpot."
          error={errors.service}
          {...register("service")}
        />
        <div className="sm:col-span-2">
          <TextareaField
            label="What it is for"
            hint="In plain words: what does this token let us do?"
            error={errors.purpose}
            {...register("purpose")}
          />
        </div>
        <div className="sm:col-span-2">
          <Controller
            control={control}
            name="dependents"
            render={({ field }) => (
              <DependentsField value={field.value ?? []} onChange={field.onChange} errors={errors} />
            )}
          />
        </div>
        <SelectField label="Environment" error={errors.environment} {...register("environment")}>
          {environments.map((value) => (
            <option key={value} value={value}>
              {environmentLabels[value]}
            </option>
          ))}
        </SelectField>
        <SelectField label="How critical is it?" error={errors.criticality} {...register("criticality")}>
          {criticalities.map((value) => (
            <option key={value} value={value}>
              {criticalityLabels[value]}
            </option>
          ))}
        </SelectField>
      </section>

      <section className="grid gap-4 sm:grid-cols-2">
        <h2 className="text-lg font-semibold sm:col-span-2">Where it lives</h2>
        <div className="sm:col-span-2">
          <TextField
            label="Where the secret is stored"
            hint="Where to find it, never the secret itself. For example: 1Password › Marketing vault › HubSpot private app."
            error={errors.secretLocation}
            {...register("secretLocation")}
          />
        </div>
        <TextareaField
          label="Scopes or permissions (optional)"
          hint="What it is allowed to do, in words."
          error={errors.scopes}
          {...register("scopes")}
        />
        <TextField
          label="Provider console link (optional)"
          hint="The https:// page where a new one is made."
          error={errors.consoleUrl}
          {...register("consoleUrl")}
        />
      </section>

      <HolderFields
        control={control}
        register={register}
        errors={errors}
        initialOwnerId={defaultValues.ownerId}
        initialBackupId={defaultValues.backupId}
        people={people}
        teams={teams}
        onOwnerLookup={ownerLookup}
        onBackupLookup={backupLookup}
        canPromote={canPromote}
      />

      <DatesFields control={control} register={register} errors={errors} today={today} />

      <section className="grid gap-4">
        <h2 className="text-lg font-semibold">Anything else</h2>
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <TextField
              label="Tags (optional)"
              hint="Separate with commas, like “reporting, marketing”."
              name="tags"
              defaultValue={(field.value ?? []).join(", ")}
              onChange={(event) =>
                field.onChange(
                  event.target.value
                    .split(",")
                    .map((tag) => tag.trim())
                    .filter(Boolean),
                )
              }
              error={errors.tags ?? Object.entries(errors).find(([key]) => key.startsWith("tags."))?.[1]}
            />
          )}
        />
        <TextareaField label="Notes (optional)" error={errors.notes} {...register("notes")} />
      </section>

      <div className="flex items-center gap-4">
        <Button needsScript type="submit" disabled={pending || lookups.owner || lookups.backup}>
          {sending ? "Saving…" : submitLabel}
        </Button>
        <Link href={cancelHref} className="text-brand-700 underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
