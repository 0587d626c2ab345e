"use client";

import { ActionResult } from "@/components/ui/action-result";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { saveOrganisationTimeAction } from "@/lib/settings/actions";

/** `version`: when the time zone was last saved as this page opened; a save from an older page is refused. */
type Props = { timeZone: string; reminderHour: number; timeZones: string[]; version: string };

const hours = Array.from({ length: 24 }, (_, hour) => hour);

export function OrganisationTimeForm({ timeZone, reminderHour, timeZones, version }: Props) {
  const { state, formAction, onSubmit, pending } = useFormAction(saveOrganisationTimeAction);
  const zones = timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones];
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="version" value={version} />
      <SelectField
        label="Time zone"
        name="timeZone"
        defaultValue={timeZone}
        hint="“Today”, “in 7 days”, expired and every reminder step follow this zone."
        error={state.fields?.timeZone}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Reminders go out at"
        name="reminderHour"
        defaultValue={String(reminderHour)}
        hint="Local time in the zone above; the daily reminder email goes out then too."
        error={state.fields?.reminderHour}
      >
        {hours.map((hour) => (
          <option key={hour} value={hour}>
            {`${String(hour).padStart(2, "0")}:00`}
          </option>
        ))}
      </SelectField>
      <Button needsScript type="submit" disabled={pending}>
        Save time zone
      </Button>
      <ActionResult state={state} />
    </form>
  );
}
