"use client";

import { ActionResult } from "@/components/ui/action-result";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { deleteChannelAction, resumeChannelAction, sendTestMessageAction } from "@/lib/channels/actions";

/** The buttons of one channel: a test message (with the service's answer), resume when paused, remove. */
export function ChannelActions({ channelId, name, paused }: { channelId: string; name: string; paused: boolean }) {
  const test = useFormAction(sendTestMessageAction);
  const resume = useFormAction(resumeChannelAction);
  const remove = useFormAction(deleteChannelAction);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={test.formAction} onSubmit={test.onSubmit}>
          <input type="hidden" name="channelId" value={channelId} />
          <Button
            needsScript
            variant="secondary"
            type="submit"
            disabled={test.pending}
            aria-label={`Send a test message to ${name}`}
          >
            {test.sending ? "Sending…" : "Send a test message"}
          </Button>
        </form>
        {paused && (
          <form action={resume.formAction} onSubmit={resume.onSubmit}>
            <input type="hidden" name="channelId" value={channelId} />
            <Button
              needsScript
              variant="secondary"
              type="submit"
              disabled={resume.pending}
              aria-label={`Resume ${name}`}
            >
              Resume
            </Button>
          </form>
        )}
        <form
          action={remove.formAction}
          onSubmit={(event) => {
            if (!window.confirm(`Remove “${name}”? Teams routed to it get email only.`)) event.preventDefault();
            else remove.onSubmit(event);
          }}
        >
          <input type="hidden" name="channelId" value={channelId} />
          <Button needsScript variant="danger" type="submit" disabled={remove.pending} aria-label={`Remove ${name}`}>
            Remove
          </Button>
        </form>
      </div>
      <ActionResult state={test.state} />
      <ActionResult state={resume.state} />
      <ActionResult state={remove.state} />
    </div>
  );
}
