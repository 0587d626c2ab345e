import { Notice } from "@/components/ui/notice";

/** What a form's action answered, announced as it appears: success or the plain reason it failed. */
export function ActionResult({ state }: { state: { ok?: boolean; message?: string } }) {
  if (!state.message) return null;
  return (
    <Notice tone={state.ok ? "success" : "error"} live>
      {state.message}
    </Notice>
  );
}
