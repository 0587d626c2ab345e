"use client";

import { CircleCheck } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { type ReactNode, useOptimistic, useState, useTransition } from "react";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { setStepCheckedAction } from "@/lib/runs/actions";

export type ChecklistItem = {
  index: number;
  section: string;
  content: ReactNode;
  checkedBy: string | null;
  checkedAt: string | null;
};

type Props = { tokenId: string; runId: string; items: ChecklistItem[]; canTick: boolean };

/** The runbook as a checklist; each tick is saved on the server at once, with who and when. */
export function RunChecklist({ tokenId, runId, items, canTick }: Props) {
  const [checked, setChecked] = useOptimistic(
    items.filter((item) => item.checkedBy).map((item) => item.index),
    (current: number[], change: { index: number; on: boolean }) =>
      change.on ? [...current, change.index] : current.filter((i) => i !== change.index),
  );
  const [error, setError] = useState("");
  const [, startTransition] = useTransition();
  const hydrated = useHydrated();

  const toggle = (index: number, on: boolean) =>
    startTransition(async () => {
      setChecked({ index, on });
      const state = await setStepCheckedAction(tokenId, runId, index, on);
      setError(state.ok ? "" : (state.message ?? "That tick was not saved."));
    });

  return (
    <div className="space-y-3">
      {error && (
        <Notice tone="error" live>
          {error}
        </Notice>
      )}
      <ol className="space-y-3">
        {items.map((item, position) => {
          const done = checked.includes(item.index);
          const newSection = position === 0 || items[position - 1].section !== item.section;
          return (
            <li key={item.index}>
              {newSection && (
                <h3 className="mb-2 mt-4 text-sm font-semibold uppercase tracking-wide text-slate-600">
                  {item.section}
                </h3>
              )}
              <div
                className={`flex gap-3 rounded-lg border p-3 ${done ? "border-emerald-300 bg-emerald-50" : "border-slate-200 bg-white"}`}
              >
                <input
                  id={`step-${item.index}`}
                  type="checkbox"
                  checked={done}
                  disabled={!canTick || !hydrated}
                  onChange={(event) => toggle(item.index, event.target.checked)}
                  aria-describedby={`step-${item.index}-text`}
                  className="mt-1 h-5 w-5 shrink-0"
                />
                <div className="min-w-0 flex-1 space-y-1">
                  <label htmlFor={`step-${item.index}`} className="font-semibold">
                    Step {item.index + 1}
                  </label>
                  <div id={`step-${item.index}-text`}>{item.content}</div>
                  <p className="text-sm text-slate-700">
                    {done ? (
                      <>
                        <InlineIcon icon={CircleCheck} />
                        {item.checkedBy ? `Done by ${item.checkedBy}, ${item.checkedAt}` : "Done (saving…)"}
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">○ </span>Not done yet
                      </>
                    )}
                  </p>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
