import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/dates/format-date";
import { AnswerNotWorkingForm, TellOwnerForm } from "./tell-owner-form";

type Token = {
  id: string;
  state: string;
  problemReportedAt: Date | null;
  problemNote: string | null;
  problemReporter: { name: string } | null;
};

/** "It's not working": the open report until someone answers it, or the button to make one. */
/** `timeZone`: the organisation's, which times of day are shown in. */
export function NotWorkingPanel({
  token,
  canAnswer,
  timeZone,
}: {
  token: Token;
  canAnswer: boolean;
  timeZone: string;
}) {
  if (token.state === "retired") return null;
  // Owner, backup and admins can look themselves; the button is for everyone else.
  if (!token.problemReportedAt) return canAnswer ? null : <TellOwnerForm tokenId={token.id} />;
  return (
    <Notice tone="warning">
      <p className="font-semibold">
        {token.problemReporter?.name ?? "Someone"} said on {formatDateTime(token.problemReportedAt, timeZone)} that
        something using this token is not working.
      </p>
      {token.problemNote && <p>What they wrote: “{token.problemNote}”</p>}
      <p>
        The owner and the backup have been told by email{canAnswer ? "" : "; this stays here until one of them answers"}
        .
      </p>
      {canAnswer && <AnswerNotWorkingForm tokenId={token.id} />}
    </Notice>
  );
}
