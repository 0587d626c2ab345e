"use client";

import Link from "next/link";
import { type FormEvent, lazy, type ReactNode, Suspense, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/auth/run-action";
import { saveRunbookAction } from "@/lib/runbooks/actions";
import { runbookInputSchema, runbookSections, type RunbookSectionKey, type RunbookSteps } from "@/lib/runbooks/schema";
import { type EditableStep, StepListEditor } from "./step-list-editor";

// The markdown renderer is loaded only when the preview is opened, so the editor itself stays light.
const RunbookPreview = lazy(() => import("./runbook-preview"));

/**
 * `version`: when the runbook was last saved as this editor opened it; an older editor's save is refused.
 * `help`: formatting help, drawn on the server so none of it is sent as script.
 */
type Props = {
  tokenId: string;
  steps: RunbookSteps;
  version: string;
  consoleLink: { url: string; markdown: string } | null;
  cancelHref: string;
  help?: ReactNode;
};

type Draft = Record<RunbookSectionKey, EditableStep[]>;

function firstErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path.join(".")] ??= issue.message;
  return fields;
}

/** Edits sections 4–7; checked here as you save, and fully again (with the secret scan) on the server. */
export function RunbookEditor({ tokenId, steps, version, consoleLink, cancelHref, help }: Props) {
  const [draft, setDraft] = useState<Draft>(() => {
    let id = 0;
    const toSteps = (list: string[]) => list.map((text) => ({ id: ++id, text }));
    return {
      generateSteps: toSteps(steps.generateSteps),
      replaceSteps: toSteps(steps.replaceSteps),
      verifySteps: toSteps(steps.verifySteps),
      rollbackSteps: toSteps(steps.rollbackSteps),
    };
  });
  // New steps get ids after the initial ones; only ever read in event handlers.
  const lastId = useRef(runbookSections.reduce((count, { key }) => count + steps[key].length, 0));
  const newId = () => ++lastId.current;
  const [state, setState] = useState<ActionState>({});
  const [pending, startTransition] = useTransition();
  const [previewing, setPreviewing] = useState(false);
  const draftSteps = () =>
    Object.fromEntries(runbookSections.map(({ key }) => [key, draft[key].map((step) => step.text)])) as RunbookSteps;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = runbookInputSchema.safeParse(draftSteps());
    if (!parsed.success) {
      setState({
        ok: false,
        message: "Some steps need fixing; nothing was saved. They are marked below.",
        fields: firstErrors(parsed.error.issues),
      });
      return;
    }
    startTransition(async () => setState(await saveRunbookAction(tokenId, parsed.data, version)));
  };

  const errors = state.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Runbook steps">
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
      <Notice>
        Write each step in plain words, as you would tell a colleague. You can use **bold**, *italic* and links like
        [the console](https://…). Never paste the secret itself.
      </Notice>
      {help}
      {runbookSections.map((section) => (
        <StepListEditor
          key={section.key}
          sectionKey={section.key}
          number={section.number}
          title={section.title}
          hint={section.hint}
          steps={draft[section.key]}
          errors={errors}
          consoleLink={consoleLink}
          newId={newId}
          onChange={(list) => setDraft((current) => ({ ...current, [section.key]: list }))}
        />
      ))}
      <section
        aria-labelledby="runbook-preview-heading"
        className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4 sm:p-6"
      >
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="runbook-preview-heading" className="text-lg font-semibold">
            Preview
          </h2>
          <Button
            needsScript
            type="button"
            variant="secondary"
            aria-expanded={previewing}
            aria-controls="runbook-preview"
            onClick={() => setPreviewing((open) => !open)}
          >
            {previewing ? "Hide the preview" : "Show how the steps will look"}
          </Button>
        </div>
        <div id="runbook-preview">
          {previewing ? (
            <Suspense fallback={<p className="text-sm text-slate-700">Loading the preview…</p>}>
              <RunbookPreview steps={draftSteps()} />
            </Suspense>
          ) : (
            <p className="text-sm text-slate-700">See the steps as the runbook page will show them, before you save.</p>
          )}
        </div>
      </section>
      <div className="flex flex-wrap items-center gap-4">
        <Button needsScript type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save runbook"}
        </Button>
        <Link href={cancelHref} className="text-sm text-brand-700 underline underline-offset-2">
          Cancel
        </Link>
      </div>
    </form>
  );
}
