import type { ReactNode } from "react";
import { SignUse } from "./sign-use";

const tones = {
  info: { box: "border-sky-300 bg-sky-50 text-sky-950", label: "Note" },
  success: { box: "border-emerald-300 bg-emerald-50 text-emerald-950", label: "Done" },
  warning: { box: "border-amber-300 bg-amber-50 text-amber-950", label: "Warning" },
  error: { box: "border-red-300 bg-red-50 text-red-950", label: "Problem" },
};

export type NoticeTone = keyof typeof tones;

/**
 * The id of a tone's sign in the sprite file: no drawing code in the script of the many client forms that show a
 * notice.
 */
export const noticeSymbolId = (tone: NoticeTone) => `notice-${tone}`;

/** A message with a sign and a word for its tone, so it never depends on colour alone. */
export function Notice({
  tone = "info",
  children,
  live = false,
}: {
  tone?: NoticeTone;
  children: ReactNode;
  live?: boolean;
}) {
  const style = tones[tone];
  return (
    <div role={live ? "status" : undefined} className={`flex gap-3 rounded-lg border px-4 py-3 text-sm ${style.box}`}>
      <SignUse id={noticeSymbolId(tone)} className="mt-0.5 h-4 w-4 shrink-0" />
      <div>
        <span className="sr-only">{style.label}: </span>
        {children}
      </div>
    </div>
  );
}
