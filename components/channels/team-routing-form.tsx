"use client";

import { ActionResult } from "@/components/ui/action-result";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { routeTeamAction } from "@/lib/channels/actions";

type Props = { team: { id: string; name: string; channelId: string | null }; channels: { id: string; name: string }[] };

/** Which channel one team's reminders, escalations and leak alerts go to, besides email. */
export function TeamRoutingForm({ team, channels }: Props) {
  const { state, formAction, onSubmit, pending } = useFormAction(routeTeamAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="teamId" value={team.id} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1">
          <SelectField label={team.name} name="channelId" id={`route-${team.id}`} defaultValue={team.channelId ?? ""}>
            <option value="">Email only</option>
            {channels.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.name}
              </option>
            ))}
          </SelectField>
        </div>
        <Button
          needsScript
          variant="secondary"
          type="submit"
          disabled={pending}
          aria-label={`Save the channel for ${team.name}`}
        >
          Save
        </Button>
      </div>
      <ActionResult state={state} />
    </form>
  );
}
