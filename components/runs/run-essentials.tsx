import { Card } from "@/components/ui/card";
import type { TokenWithRelations } from "@/lib/tokens/token-snapshot";

const person = (who: { name: string; active: boolean } | null) =>
  who ? `${who.name}${who.active ? "" : " (deactivated)"}` : "Nobody yet";

/** Everything the steps refer to, beside them, so nobody switches tabs mid-rotation. */
export function RunEssentials({ token }: { token: TokenWithRelations }) {
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">What you need while you work</h2>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">Where it is stored (section 1)</dt>
          <dd className="font-medium text-slate-900">{token.secretLocation}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Provider console</dt>
          <dd className="font-medium text-slate-900">
            {token.consoleUrl ? (
              <a
                href={token.consoleUrl}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="break-all text-brand-700 underline"
              >
                {token.consoleUrl}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              "Not recorded"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Owner and backup</dt>
          <dd className="font-medium text-slate-900">
            {person(token.owner)} · backup {person(token.backup)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">What stops working</dt>
          <dd className="font-medium text-slate-900">
            {token.dependents.length ? (
              <ul className="list-disc pl-5">
                {token.dependents.map((dependent) => (
                  <li key={dependent.name}>{dependent.name}</li>
                ))}
              </ul>
            ) : (
              "Not written down"
            )}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
