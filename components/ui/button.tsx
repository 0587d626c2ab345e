"use client";

import type { ComponentProps } from "react";
import { useHydrated } from "./use-hydrated";

const variants = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
  link: "text-brand-700 underline underline-offset-2 hover:text-brand-900",
};

type Props = ComponentProps<"button"> & {
  variant?: keyof typeof variants;
  /** The button works only through a script (a client form or a click handler): disabled until the page can run it. */
  needsScript?: boolean;
};

export function Button({ variant = "primary", className = "", needsScript = false, disabled, ...props }: Props) {
  const hydrated = useHydrated();
  const shape =
    variant === "link" ? "" : "inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium";
  return (
    <button
      className={`${shape} ${variants[variant]} ${className}`}
      disabled={disabled || (needsScript && !hydrated)}
      {...props}
    />
  );
}
