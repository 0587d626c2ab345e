"use client";

import { ActionResult } from "@/components/ui/action-result";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { saveReminderScheduleAction } from "@/lib/reminders/actions";

/** `version`: when the schedule was last saved as this page opened; a save from an older page is refused. */
type Props = { daysBefore: number[]; criticalDaysBefore: number[]; overdueEveryDays: number; version: string };

export function ReminderScheduleForm({ daysBefore, criticalDaysBefore, overdueEveryDays, version }: Props) {
  const { state, formAction, onSubmit, pending } = useFormAction(saveReminderScheduleAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="version" value={version} />
      <TextField
        label="Days before the due date"
        name="daysBefore"
        defaultValue={daysBefore.join(", ")}
        hint="Owner and backup get a reminder this many days before a token expires or is due for rotation. 0 means on the day."
        error={state.fields?.daysBefore}
      />
      <TextField
        label="Extra days for critical tokens"
        name="criticalDaysBefore"
        defaultValue={criticalDaysBefore.join(", ")}
        hint="Critical tokens also get these earlier reminders. Leave empty for none."
        error={state.fields?.criticalDaysBefore}
      />
      <TextField
        label="While overdue, remind every this many days"
        name="overdueEveryDays"
        type="number"
        min={1}
        max={30}
        defaultValue={overdueEveryDays}
        error={state.fields?.overdueEveryDays}
      />
      <Button needsScript type="submit" disabled={pending}>
        Save the schedule
      </Button>
      <ActionResult state={state} />
    </form>
  );
}
