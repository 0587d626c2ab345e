"use client";

import { type Control, type UseFormRegister, useWatch } from "react-hook-form";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { isNeverEndsDate, neverEndsNote, type ParsedTokenInput, type TokenInput } from "@/lib/tokens/schema";

type Props = {
  control: Control<TokenInput, unknown, ParsedTokenInput>;
  register: UseFormRegister<TokenInput>;
  errors: Record<string, string>;
  /** Today in the organisation's time zone (YYYY-MM-DD): an expiry date before it gets a warning. */
  today: string;
};

/** A whole date (as the date field gives it) before today; a date still being typed is not judged. */
const isPastDate = (value: string | undefined, today: string) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && value < today;

/** "Dates and policy": issue and expiry dates (warning on a past or never-ending expiry) and rotation. */
export function DatesFields({ control, register, errors, today }: Props) {
  const doesNotExpire = useWatch({ control, name: "doesNotExpire" });
  const expiresOn = useWatch({ control, name: "expiresOn" });

  return (
    <section className="grid gap-4 sm:grid-cols-2">
      <h2 className="text-lg font-semibold sm:col-span-2">Dates and policy</h2>
      <TextField label="Issued on (optional)" type="date" error={errors.issuedOn} {...register("issuedOn")} />
      <div className="space-y-2">
        <TextField
          label="Expires on"
          type="date"
          disabled={doesNotExpire}
          error={errors.expiresOn}
          {...register("expiresOn")}
        />
        {!doesNotExpire && isPastDate(expiresOn, today) && (
          <Notice tone="warning" live>
            This date has already passed, so the token will show as expired as soon as it is saved. Check the date; if
            it really has expired, you can still save it.
          </Notice>
        )}
        {!doesNotExpire && isNeverEndsDate(expiresOn) && (
          <Notice tone="info" live>
            {neverEndsNote}
          </Notice>
        )}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...register("doesNotExpire")} className="h-4 w-4" />
          Does not expire (Tokenbook will flag this as a risk)
        </label>
      </div>
      <TextField
        label="Rotate every … days (optional)"
        type="number"
        min={1}
        inputMode="numeric"
        error={errors.rotateEveryDays}
        {...register("rotateEveryDays")}
      />
      <TextField
        label="Last rotated on (optional)"
        type="date"
        error={errors.lastRotatedOn}
        {...register("lastRotatedOn")}
      />
    </section>
  );
}
