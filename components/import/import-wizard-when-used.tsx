"use client";

import type { ComponentProps } from "react";
import { loadWhenUsed } from "@/components/ui/load-when-used";
import type { ImportWizard } from "./import-wizard";

/** The import's steps with the token schema (zod), loaded when the wizard is reached for. */
export const ImportWizardWhenUsed = loadWhenUsed<ComponentProps<typeof ImportWizard>>("import-wizard", () =>
  import("./import-wizard").then((module) => module.ImportWizard),
);
