"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { startRunbookFromTemplateAction } from "@/lib/runbooks/actions";

type Template = { id: string; name: string; description: string; builtIn: boolean };

/** The first runbook of a token: pick the template closest to how this token is made, then adjust it. */
export function TemplatePicker({ tokenId, templates }: { tokenId: string; templates: Template[] }) {
  const { state, formAction, pending, sending, onSubmit } = useFormAction(startRunbookFromTemplateAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="tokenId" value={tokenId} />
      <fieldset className="space-y-3">
        <legend className="mb-2 font-semibold">Start from a template</legend>
        <p className="text-sm text-slate-700">
          Pick the one closest to how this token is made. You can change every step afterwards.
        </p>
        {templates.map((template, index) => (
          <label
            key={template.id}
            className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input type="radio" name="templateId" value={template.id} defaultChecked={index === 0} className="mt-1" />
            <span>
              <span className="block font-medium">
                {template.name}
                {!template.builtIn && (
                  <span className="ml-2 text-sm font-normal text-slate-600">(saved by your team)</span>
                )}
              </span>
              {template.description && <span className="block text-sm text-slate-700">{template.description}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
      <Button needsScript type="submit" disabled={pending}>
        {sending ? "Writing the runbook…" : "Use this template"}
      </Button>
    </form>
  );
}
