"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { runAction } from "@/lib/auth/run-action";
import { importTokens } from "./import-tokens";
import { previewImport, readImportFile } from "./preview-import";
import {
  chooseFileFirst,
  fileTooLarge,
  importRequestSchema,
  maxImportBytes,
  type ImportFileSummary,
  type ImportPreview,
  type ImportRequest,
  type ImportSummary,
} from "./schema";
import { parseAtTheDoor, receivedForm } from "@/lib/validation/action-input";

export type StepResult<T> = { ok: true; data: T } | { ok: false; message: string; fields?: Record<string, string> };

/** Runs one step through the shared action wrapper, keeping the step's data on success. */
async function step<T>(work: (actor: Actor | null) => Promise<T>): Promise<StepResult<T>> {
  let data: T | undefined;
  const state = await runAction(async (actor) => {
    data = await work(actor);
    return "";
  });
  return state.ok ? { ok: true, data: data as T } : { ok: false, message: state.message ?? "", fields: state.fields };
}

export async function readImportFileAction(received: FormData): Promise<StepResult<ImportFileSummary>> {
  const formData = receivedForm(received);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { ok: false, message: chooseFileFirst, fields: { file: chooseFileFirst } };
  if (file.size > maxImportBytes) return { ok: false, message: fileTooLarge };
  const sheet = formData.get("sheet");
  const bytes = new Uint8Array(await file.arrayBuffer());
  return step((actor) =>
    readImportFile(
      actor,
      { name: file.name, bytes },
      typeof sheet === "string" && sheet ? sheet.slice(0, 200) : undefined,
    ),
  );
}

/** The request checked at the door, before anything else runs. */
async function checked(request: ImportRequest): Promise<StepResult<never> | null> {
  const parsed = await parseAtTheDoor(importRequestSchema, request);
  return parsed.ok ? null : { ok: false, message: parsed.state.message ?? "", fields: parsed.state.fields };
}

export async function previewImportAction(request: ImportRequest): Promise<StepResult<ImportPreview>> {
  return (await checked(request)) ?? step((actor) => previewImport(actor, request));
}

export async function importTokensAction(request: ImportRequest): Promise<StepResult<ImportSummary>> {
  const refused = await checked(request);
  if (refused) return refused;
  const result = await step((actor) => importTokens(actor, request));
  if (result.ok) revalidatePath("/tokens");
  if (!result.ok) return result;
  const { count, expired, noBackup, doesNotExpire, withoutRunbook, skipped, emailed } = result.data;
  return { ok: true, data: { count, expired, noBackup, doesNotExpire, withoutRunbook, skipped, emailed } };
}
