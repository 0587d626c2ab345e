"use client";

import { ActionResult } from "@/components/ui/action-result";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createChannelAction, type CreateChannelState } from "@/lib/channels/actions";
import { channelKinds, channelKindWords } from "@/lib/channels/channel-kinds";

/** Adds a Slack, Teams or webhook channel; a webhook's signing secret is shown here once. */
export function AddChannelForm() {
  const { state, formAction, onSubmit, pending } = useFormAction<CreateChannelState>(createChannelAction, {
    resetOnSuccess: true,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" aria-label="Add a channel">
      <TextField
        label="Name"
        name="name"
        required
        maxLength={80}
        placeholder="Marketing in Slack"
        error={state.fields?.name}
      />
      <SelectField label="Service" name="kind" defaultValue="slack" error={state.fields?.kind}>
        {channelKinds.map((kind) => (
          <option key={kind} value={kind}>
            {channelKindWords[kind]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Webhook address"
        name="url"
        required
        autoComplete="off"
        spellCheck={false}
        placeholder="https://hooks.slack.com/services/…"
        hint="From Slack (Incoming Webhooks), Teams (Workflows: “Post to a channel when a webhook request is received”) or your own service. It is kept encrypted and never shown again in full."
        error={state.fields?.url}
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="leakAlerts" className="mt-1" />
        <span>
          Also send every leak alert here, whichever team the token belongs to (a company-wide security channel).
        </span>
      </label>
      <Button needsScript type="submit" disabled={pending}>
        Add channel
      </Button>
      <ActionResult state={state} />
      {state.signingSecret && (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium">Signing secret (shown only now)</p>
          <code className="mt-1 block break-all font-mono" data-testid="signing-secret">
            {state.signingSecret}
          </code>
          <p className="mt-1 text-slate-700">
            Your service checks each message with it: the README&apos;s “Webhook messages” section shows how.
          </p>
        </div>
      )}
    </form>
  );
}
