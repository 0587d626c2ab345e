"use client";

import { type ComponentProps, useCallback, useState } from "react";
import { type Control, Controller, type UseFormRegister, useWatch } from "react-hook-form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { PersonPicker, type PickablePerson } from "@/components/person-picker/person-picker";
import { promoteLabel } from "@/lib/ownership/field-labels";
import { noBackup, type ParsedTokenInput, type TokenInput } from "@/lib/tokens/schema";

type Props = {
  control: Control<TokenInput, unknown, ParsedTokenInput>;
  register: UseFormRegister<TokenInput>;
  errors: Record<string, string>;
  /** The owner and backup the form opened with, to show by name. */
  initialOwnerId: TokenInput["ownerId"];
  initialBackupId: TokenInput["backupId"];
  /** The people already chosen as owner and backup, to show by name; others are found by typing. */
  people: PickablePerson[];
  teams: { id: string; name: string }[];
  /** Told while a typed owner or backup name is still being looked up. */
  onOwnerLookup: (pending: boolean) => void;
  onBackupLookup: (pending: boolean) => void;
  /** An admin may make a viewer chosen as owner or backup an editor in the same step. */
  canPromote: boolean;
};

/** "Who answers for it": owner, backup (with a warning when a viewer is chosen) and team. */
export function HolderFields({
  control,
  register,
  errors,
  initialOwnerId,
  initialBackupId,
  people,
  teams,
  onOwnerLookup,
  onBackupLookup,
  canPromote,
}: Props) {
  const [ownerId, backupId] = useWatch({ control, name: ["ownerId", "backupId"] });
  const [known, setKnown] = useState(people);
  const remember = useCallback(
    (person: PickablePerson | null) =>
      person && setKnown((list) => [...list.filter((p) => p.id !== person.id), person]),
    [],
  );
  const viewers = known.filter(
    (person) => person.role === "viewer" && (person.id === ownerId || person.id === backupId),
  );
  const chosen = (id: unknown) => people.find((person) => person.id === id);

  return (
    <section className="grid gap-4 sm:grid-cols-2">
      <h2 className="text-lg font-semibold sm:col-span-2">Who answers for it</h2>
      <HolderPicker
        control={control}
        name="ownerId"
        label="Owner"
        hint="The person who keeps it working."
        chosen={chosen(initialOwnerId)}
        onPick={remember}
        onLookup={onOwnerLookup}
        error={errors.ownerId}
      />
      <HolderPicker
        control={control}
        name="backupId"
        label="Backup (optional, but needed to count as healthy)"
        hint="A different person who can step in."
        chosen={chosen(initialBackupId)}
        onPick={remember}
        onLookup={onBackupLookup}
        error={errors.backupId}
        noneLabel="No backup"
        noneValue={noBackup}
      />
      {viewers.length > 0 && (
        <div className="sm:col-span-2">
          <Notice tone="warning">
            <p>
              {viewers.map((person) => person.name).join(" and ")}{" "}
              {viewers.length === 1 ? "is a viewer" : "are viewers"}, and viewers can&apos;t change tokens, so they
              couldn&apos;t act on its reminders. Choose an editor or admin
              {canPromote ? ", or:" : ", or ask an admin to make them an editor."}
            </p>
            {canPromote && (
              <label className="mt-2 flex items-center gap-2 font-medium">
                <input type="checkbox" className="h-4 w-4" {...register("promoteHolders")} />
                {promoteLabel}
              </label>
            )}
          </Notice>
        </div>
      )}
      <SelectField label="Team (optional)" error={errors.teamId} {...register("teamId")}>
        <option value="">No team</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </SelectField>
    </section>
  );
}

type HolderPickerProps = Omit<ComponentProps<typeof PersonPicker>, "name" | "value" | "onChange" | "onBlur"> & {
  control: Props["control"];
  name: "ownerId" | "backupId";
};

/** One holder's person picker, bound to its form field. */
function HolderPicker({ control, name, ...picker }: HolderPickerProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <PersonPicker
          {...picker}
          name={name}
          value={typeof field.value === "string" ? field.value : ""}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
