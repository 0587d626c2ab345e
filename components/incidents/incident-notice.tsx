import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/dates/format-date";
import { describeTimeToRevoke } from "@/lib/incidents/time-to-revoke";

type Incident = {
  state: string;
  compromisedAt: Date | null;
  compromiseNote: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
};

/** Where a leak stands: reported, revoked (and how fast), or replaced since. Nothing when there was none. */
/** `timeZone`: the organisation's, which times of day are shown in. */
export function IncidentNotice({ token, timeZone }: { token: Incident; timeZone: string }) {
  const timeToRevoke = describeTimeToRevoke(token);
  if (token.state === "compromised" && token.compromisedAt) {
    return (
      <Notice tone="error">
        <p className="font-semibold">
          Reported as compromised on {formatDateTime(token.compromisedAt, timeZone)}. Switch it off at the provider
          first, then replace it.
        </p>
        {token.compromiseNote && <p>What was reported: “{token.compromiseNote}”</p>}
      </Notice>
    );
  }
  if (token.state === "revoked" && token.revokedAt) {
    return (
      <Notice tone="warning">
        <p className="font-semibold">
          Revoked on {formatDateTime(token.revokedAt, timeZone)}.{timeToRevoke && ` ${timeToRevoke}.`}
        </p>
        {token.revokeReason && <p>Why: “{token.revokeReason}”</p>}
        {token.compromisedAt && <p>Next: make a new one and put it in place with the emergency replacement.</p>}
      </Notice>
    );
  }
  if (timeToRevoke && token.compromisedAt) {
    return (
      <Notice>
        Last leak: reported on {formatDateTime(token.compromisedAt, timeZone)}. {timeToRevoke}, and replaced since.
      </Notice>
    );
  }
  return null;
}
