"use client";

import { TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { type FormAction, useFormAction } from "@/components/ui/use-form-action";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/auth/run-action";

type Props = {
  id: string;
  label: string;
  url: string | null;
  /** null: the address is shown, but this person may not make a new one. */
  action: FormAction<ActionState> | null;
  hidden?: Record<string, string>;
};

const keepState = async (previous: ActionState) => previous;

/** A feed's address to copy or subscribe to, and the button that makes a new one (after a warning when one exists). */
export function CalendarFeedAddress({ id, label, url, action, hidden = {} }: Props) {
  const { state, formAction, onSubmit, pending } = useFormAction(action ?? keepState);
  // The warning shows until the next answer arrives.
  const [confirmingAt, setConfirmingAt] = useState<ActionState | null>(null);
  const confirming = confirmingAt === state;
  const [copied, setCopied] = useState(false);
  const fields = Object.entries(hidden).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  return (
    <div className="space-y-3">
      {url && (
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            {label}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id={id}
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 basis-64 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900"
            />
            <Button
              needsScript
              type="button"
              variant="secondary"
              onClick={() => navigator.clipboard.writeText(url).then(() => setCopied(true))}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
          <a
            href={url.replace(/^https?:/, "webcal:")}
            className="inline-block text-sm text-brand-700 underline underline-offset-2"
          >
            Subscribe in your calendar app
          </a>
        </div>
      )}
      {!action ? null : url && confirming ? (
        <form
          action={formAction}
          onSubmit={onSubmit}
          className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3"
        >
          {fields}
          <p className="text-sm text-amber-950">
            <InlineIcon icon={TriangleAlert} />
            The current address stops working at once. Calendars subscribed to it must be given the new one.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button needsScript type="submit" disabled={pending}>
              Yes, make a new address
            </Button>
            <Button needsScript type="button" variant="link" onClick={() => setConfirmingAt(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : url ? (
        <Button needsScript type="button" variant="secondary" onClick={() => setConfirmingAt(state)}>
          Make a new address
        </Button>
      ) : (
        <form action={formAction} onSubmit={onSubmit}>
          {fields}
          <Button needsScript type="submit" disabled={pending}>
            Create the address
          </Button>
        </form>
      )}
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"} live>
          {state.message}
        </Notice>
      )}
    </div>
  );
}
