import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/auth/run-action";

/** What a form's action answered, announced as it appears: success or the plain reason it failed. */
export function ActionResult({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <Notice tone={state.ok ? "success" : "error"} live>
      {state.message}
    </Notice>
  );
}
