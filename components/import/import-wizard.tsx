"use client";

import { useState } from "react";
import type { DateOrder, ImportFieldKey, ImportFileSummary, ImportPreview } from "@/lib/import/schema";
import { ChooseFileStep } from "./choose-file-step";
import { ImportDone } from "./import-done";
import { ImportSteps } from "./import-steps";
import { MatchColumnsStep } from "./match-columns-step";
import { PreviewStep } from "./preview-step";

type Mapping = (ImportFieldKey | "")[];
type State =
  | { step: "choose"; previous?: { headers: string[]; mapping: Mapping; dateOrder: DateOrder | "" }; returned: boolean }
  | { step: "match" | "preview"; file: ImportFileSummary; mapping: Mapping; dateOrder: DateOrder | ""; preview?: ImportPreview }
  | { step: "done"; count: number };

const sameHeaders = (a: string[], b: string[]) => a.length === b.length && a.every((header, index) => header === b[index]);
const stepNumber = { choose: 0, match: 1, preview: 2, done: 3 };

/**
 * The import, one step at a time. The file's text stays in the browser between steps and is sent
 * with every check and with the import itself; the server reads and checks it again each time.
 */
export function ImportWizard() {
  const [state, setState] = useState<State>({ step: "choose", returned: false });

  const onRead = (file: ImportFileSummary) => {
    const previous = state.step === "choose" ? state.previous : undefined;
    // A fixed copy of the same spreadsheet keeps the person's column choices.
    const keep = previous && sameHeaders(previous.headers, file.columns.map((c) => c.header));
    setState({ step: "match", file, mapping: keep ? previous.mapping : file.mapping, dateOrder: keep ? previous.dateOrder : "" });
  };

  const chooseAgain = () => {
    if (state.step !== "match" && state.step !== "preview") return setState({ step: "choose", returned: true });
    setState({ step: "choose", returned: true, previous: { headers: state.file.columns.map((c) => c.header), mapping: state.mapping, dateOrder: state.dateOrder } });
  };

  return (
    <div className="space-y-6">
      <ImportSteps current={stepNumber[state.step]} />
      {state.step === "choose" && <ChooseFileStep focusOnOpen={state.returned} onRead={onRead} />}
      {state.step === "match" && (
        <MatchColumnsStep
          file={state.file}
          mapping={state.mapping}
          dateOrder={state.dateOrder}
          onChange={(mapping, dateOrder) => setState({ ...state, mapping, dateOrder })}
          onPreview={(preview) => setState({ ...state, step: "preview", preview })}
          onBack={chooseAgain}
        />
      )}
      {state.step === "preview" && state.preview && (
        <PreviewStep
          preview={state.preview}
          request={{ fileName: state.file.fileName, csvText: state.file.csvText, mapping: state.mapping, dateOrder: state.dateOrder }}
          onImported={(count) => setState({ step: "done", count })}
          onChooseFile={chooseAgain}
          onChangeColumns={() => setState({ ...state, step: "match" })}
        />
      )}
      {state.step === "done" && <ImportDone count={state.count} onAgain={() => setState({ step: "choose", returned: true })} />}
    </div>
  );
}
