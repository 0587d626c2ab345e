"use client";

import { useState } from "react";
import type { ImportFileSummary, ImportPreview, ImportSummary } from "@/lib/import/schema";
import { ChooseFileStep } from "./choose-file-step";
import { firstChoices, type ImportChoices, type PickablePerson } from "./import-choices";
import { ImportDone } from "./import-done";
import { ImportSteps } from "./import-steps";
import { MatchColumnsStep } from "./match-columns-step";
import { PreviewStep } from "./preview-step";
import { SheetPicker } from "./sheet-picker";

type State =
  | { step: "choose"; previous?: { headers: string[]; choices: ImportChoices }; returned: boolean }
  | {
      step: "match" | "preview";
      file: ImportFileSummary;
      upload: File;
      choices: ImportChoices;
      preview?: ImportPreview;
    }
  | { step: "done"; summary: ImportSummary };

const sameHeaders = (a: string[], b: string[]) =>
  a.length === b.length && a.every((header, index) => header === b[index]);
const stepNumber = { choose: 0, match: 1, preview: 2, done: 3 };

/**
 * The import, one step at a time. The file's text stays in the browser between steps and is sent
 * with every check and with the import itself; the server reads and checks it again each time.
 */
export function ImportWizard({ canInvite, people }: { canInvite: boolean; people: PickablePerson[] }) {
  const [state, setState] = useState<State>({ step: "choose", returned: false });

  const onRead = (file: ImportFileSummary, upload: File) => {
    const previous = state.step === "choose" ? state.previous : undefined;
    // A fixed copy of the same spreadsheet keeps the person's choices, but not corrections made to the old copy's rows.
    const keep =
      previous &&
      sameHeaders(
        previous.headers,
        file.columns.map((c) => c.header),
      );
    setState({
      step: "match",
      file,
      upload,
      choices: keep ? { ...previous.choices, edits: [], skippedLines: [] } : firstChoices(file.mapping),
    });
  };

  const chooseAgain = () => {
    if (state.step !== "match" && state.step !== "preview") return setState({ step: "choose", returned: true });
    setState({
      step: "choose",
      returned: true,
      previous: { headers: state.file.columns.map((c) => c.header), choices: state.choices },
    });
  };

  return (
    <div className="space-y-6">
      <ImportSteps current={stepNumber[state.step]} />
      {state.step === "choose" && <ChooseFileStep focusOnOpen={state.returned} onRead={onRead} />}
      {state.step === "match" && (
        <MatchColumnsStep
          file={state.file}
          choices={state.choices}
          onChange={(choices) => setState({ ...state, choices })}
          sheetPicker={
            state.file.sheet &&
            state.file.sheet.names.length > 1 && (
              <SheetPicker file={state.upload} sheet={state.file.sheet} onRead={(file) => onRead(file, state.upload)} />
            )
          }
          onPreview={(preview) => setState({ ...state, step: "preview", preview })}
          onBack={chooseAgain}
        />
      )}
      {state.step === "preview" && state.preview && (
        <PreviewStep
          preview={state.preview}
          file={state.file}
          choices={state.choices}
          canInvite={canInvite}
          people={people}
          onChecked={(preview, choices) => setState({ ...state, preview, choices })}
          onImported={(summary) => setState({ step: "done", summary })}
          onChooseFile={chooseAgain}
          onChangeColumns={() => setState({ ...state, step: "match" })}
        />
      )}
      {state.step === "done" && (
        <ImportDone summary={state.summary} onAgain={() => setState({ step: "choose", returned: true })} />
      )}
    </div>
  );
}
