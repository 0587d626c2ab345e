const steps = ["Choose file", "Match columns", "Check rows", "Done"];

/** Where the person is in the import, in words (the current step is also marked for screen readers). */
export function ImportSteps({ current }: { current: number }) {
  return (
    <ol aria-label="Import steps" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {steps.map((label, index) => {
        const state = index < current ? "done" : index === current ? "current" : "todo";
        return (
          <li
            key={label}
            aria-current={state === "current" ? "step" : undefined}
            className={state === "current" ? "font-semibold text-brand-900" : "text-slate-600"}
          >
            <span aria-hidden="true">{state === "done" ? "✓ " : `${index + 1}. `}</span>
            {state === "done" && <span className="sr-only">Done: </span>}
            {label}
          </li>
        );
      })}
    </ol>
  );
}
