import type { ReactNode } from "react";

const tones = {
  info: { box: "border-sky-300 bg-sky-50 text-sky-950", icon: "ℹ", label: "Note" },
  success: { box: "border-emerald-300 bg-emerald-50 text-emerald-950", icon: "✓", label: "Done" },
  warning: { box: "border-amber-300 bg-amber-50 text-amber-950", icon: "⚠", label: "Warning" },
  error: { box: "border-red-300 bg-red-50 text-red-950", icon: "✕", label: "Problem" },
};

/** A message with an icon and a word for its tone, so it never depends on colour alone. */
export function Notice({ tone = "info", children, live = false }: { tone?: keyof typeof tones; children: ReactNode; live?: boolean }) {
  const style = tones[tone];
  return (
    <div role={live ? "status" : undefined} className={`flex gap-3 rounded-lg border px-4 py-3 text-sm ${style.box}`}>
      <span aria-hidden="true" className="font-bold">
        {style.icon}
      </span>
      <div>
        <span className="sr-only">{style.label}: </span>
        {children}
      </div>
    </div>
  );
}
