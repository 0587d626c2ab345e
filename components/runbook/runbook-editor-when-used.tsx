"use client";

import type { ComponentProps } from "react";
import { loadWhenUsed } from "@/components/ui/load-when-used";
import type { RunbookEditor } from "./runbook-editor";

/** The runbook editor with the runbook schema (zod), loaded when the editor is reached for. */
export const RunbookEditorWhenUsed = loadWhenUsed<ComponentProps<typeof RunbookEditor>>("runbook-editor", () =>
  import("./runbook-editor").then((module) => module.RunbookEditor),
);
