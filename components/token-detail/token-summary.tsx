import { TokenStatusBadge } from "@/components/token-status/token-status-badge";
import { Card } from "@/components/ui/card";
import { formatDateWithDistance } from "@/lib/dates/format-date";
import { environmentLabels } from "@/lib/tokens/schema";
import type { TokenWithRelations } from "@/lib/tokens/token-snapshot";
import type { TokenStatus } from "@/lib/tokens/token-status";
import { PersonContact } from "./person-contact";

/** What a worried colleague needs first: whose it is, whether it works, when it stops, what breaks. */
/** `today` is the organisation's calendar date, so "in 7 days" counts days in its time zone. */
export function TokenSummary({
  token,
  status,
  today,
}: {
  token: TokenWithRelations;
  status: TokenStatus;
  today: Date;
}) {
  return (
    <Card className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{token.name}</h1>
          <p className="text-slate-700">
            {token.service} · {environmentLabels[token.environment]}
            {token.team && ` · ${token.team.name}`}
          </p>
        </div>
        <TokenStatusBadge status={status} />
      </div>
      <dl className="grid gap-6 sm:grid-cols-3">
        <div>
          <dt className="text-sm font-medium text-slate-600">Owner</dt>
          <dd>
            <PersonContact person={token.owner} missing="No owner" />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">Backup</dt>
          <dd>
            <PersonContact person={token.backup} missing="No backup yet: ask an admin to assign one." />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">Expires</dt>
          <dd className="font-medium text-slate-900">
            {token.expiresOn
              ? formatDateWithDistance(token.expiresOn, today)
              : "Does not expire — a risk: nobody is reminded to replace it."}
          </dd>
        </div>
      </dl>
      <div>
        <h2 className="text-sm font-medium text-slate-600">What stops working if it expires</h2>
        {token.dependents.length > 0 ? (
          <ul className="mt-1 list-inside list-disc text-slate-900">
            {token.dependents.map((dependent, index) => (
              <li key={index}>{dependent.name}</li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">Nobody has written this down yet.</p>
        )}
      </div>
    </Card>
  );
}
