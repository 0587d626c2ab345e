import Link from "next/link";
import type { ReactNode } from "react";
import { noticeSymbolId } from "@/components/ui/notice";
import { InlineSign, SignUse } from "@/components/ui/sign-use";
import { attentionSymbolId, attentionWords, type AttentionKind } from "./attention-words";

type Props = {
  kind: AttentionKind;
  /** The count's link: "12 tokens expired" → the list filtered the same way. */
  count: number;
  noun: [string, string];
  href: string;
  children?: ReactNode;
};

/** One kind of trouble: its count as a link to the matching list, and the first few items under it. */
export function AttentionCard({ kind, count, noun, href, children }: Props) {
  const { title, advice, counted } = attentionWords[kind];
  const clear = count === 0;
  return (
    <li
      className={`flex flex-col rounded-xl border bg-white p-5 shadow-sm ${clear ? "border-slate-200" : "border-slate-400"}`}
    >
      <h3 className="flex items-center gap-2 font-semibold text-slate-900">
        <SignUse id={attentionSymbolId(kind)} className="h-5 w-5 shrink-0" />
        {title}
      </h3>
      {clear ? (
        <p className="mt-2 text-slate-700">
          <InlineSign id={noticeSymbolId("success")} />
          None right now.
        </p>
      ) : (
        <>
          <Link href={href} className="mt-2 text-brand-700 underline-offset-2 hover:underline">
            <span className="text-3xl font-semibold">{count.toLocaleString("en-GB")}</span>{" "}
            <span className="underline">{[count === 1 ? noun[0] : noun[1], counted].filter(Boolean).join(" ")}</span>
          </Link>
          <p className="mt-1 text-sm text-slate-700">{advice}</p>
          {children}
        </>
      )}
    </li>
  );
}
