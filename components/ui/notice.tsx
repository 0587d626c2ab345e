import { CircleCheck, CircleX, Info, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";

const tones = {
  info: { box: "border-sky-300 bg-sky-50 text-sky-950", icon: Info, label: "Note" },
  success: { box: "border-emerald-300 bg-emerald-50 text-emerald-950", icon: CircleCheck, label: "Done" },
  warning: { box: "border-amber-300 bg-amber-50 text-amber-950", icon: TriangleAlert, label: "Warning" },
  error: { box: "border-red-300 bg-red-50 text-red-950", icon: CircleX, label: "Problem" },
};

/** A message with an icon and a word for its tone, so it never depends on colour alone. */
export function Notice({ tone = "info", children, live = false }: { tone?: keyof typeof tones; children: ReactNode; live?: boolean }) {
  const style = tones[tone];
  return (
    <div role={live ? "status" : undefined} className={`flex gap-3 rounded-lg border px-4 py-3 text-sm ${style.box}`}>
      <style.icon aria-hidden="true" focusable="false" className="mt-0.5 h-4 w-4 shrink-0" />
      <div>
        <span className="sr-only">{style.label}: </span>
        {children}
      </div>
    </div>
  );
}
