"use client";

import type { ComponentProps } from "react";
import { loadWhenUsed } from "@/components/ui/load-when-used";
import type { InvitePersonForm } from "./invite-person-form";

/** The invitation form with react-hook-form and the people schema (zod), loaded when the form is reached for. */
export const InvitePersonFormWhenUsed = loadWhenUsed<ComponentProps<typeof InvitePersonForm>>(
  "invite-person-form",
  () => import("./invite-person-form").then((module) => module.InvitePersonForm),
);
