"use client";

import type { ComponentProps } from "react";
import { loadWhenUsed } from "@/components/ui/load-when-used";
import type { TokenForm } from "./token-form";

/** The token form with react-hook-form and the token schema (zod), loaded when the form is reached for. */
export const TokenFormWhenUsed = loadWhenUsed<ComponentProps<typeof TokenForm>>("token-form", () =>
  import("./token-form").then((module) => module.TokenForm),
);
