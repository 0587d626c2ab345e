"use client";

import { useState, useTransition } from "react";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { readImportFileAction } from "@/lib/import/actions";
import type { ImportFileSummary } from "@/lib/import/schema";

type Props = { file: File; sheet: { name: string; names: string[] }; onRead: (summary: ImportFileSummary) => void };

/** For a workbook with several sheets: which one to read (the first with anything in it is read first). */
export function SheetPicker({ file, sheet, onRead }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const choose = (name: string) =>
    startTransition(async () => {
      const form = new FormData();
      form.set("file", file);
      form.set("sheet", name);
      const result = await readImportFileAction(form).catch(() => null);
      if (!result) setError("The sheet could not be read. Check your connection and try again.");
      else if (!result.ok) setError(result.message);
      else onRead(result.data);
    });
  return (
    <div className="max-w-md space-y-2">
      <SelectField
        label="Sheet to read"
        name="sheet"
        value={sheet.name}
        disabled={pending}
        aria-busy={pending}
        onChange={(event) => choose(event.target.value)}
      >
        {sheet.names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
      {error && (
        <div role="alert">
          <Notice tone="error">{error}</Notice>
        </div>
      )}
    </div>
  );
}
