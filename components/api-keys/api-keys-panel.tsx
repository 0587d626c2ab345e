import { Ban, CircleCheck, Clock, UserX } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ApiKeyRow } from "@/lib/api-keys/list-api-keys";
import { apiKeyScopeLabels, longestApiKeyDays } from "@/lib/api-keys/scope-words";
import { addDays, isoDay, startOfUtcDay } from "@/lib/dates/calendar-day";
import { formatDateTime, formatDateWithDistance } from "@/lib/dates/format-date";
import { CreateApiKeyForm } from "./create-api-key-form";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

type Person = { id: string; name: string; email: string };

function keyState(key: ApiKeyRow, today: Date, timeZone: string) {
  if (key.revokedAt) return { icon: Ban, words: `Revoked ${formatDateTime(key.revokedAt, timeZone)}`, works: false };
  if (!key.owner.active) return { icon: UserX, words: `Stopped: ${key.owner.name} was deactivated`, works: false };
  if (key.expiresOn < today)
    return { icon: Clock, words: `Expired on ${formatDateWithDistance(key.expiresOn)}`, works: false };
  return { icon: CircleCheck, words: `Works until ${formatDateWithDistance(key.expiresOn)}`, works: true };
}

/** The API keys a person may manage: made here, shown once, revoked in one click. */
export function ApiKeysPanel({
  keys,
  owners,
  backups,
  me,
  now,
  timeZone,
}: {
  keys: ApiKeyRow[];
  owners: Person[];
  backups: Person[];
  me: Person;
  now: Date;
  timeZone: string;
}) {
  const today = startOfUtcDay(now);
  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">API keys</h2>
      <p className="text-sm text-slate-700">
        Keys let automation and monitors use Tokenbook&apos;s JSON API (
        <Link className="underline" href="/api-docs">
          how to use it
        </Link>
        ). A key acts as its owner and stops working when it is revoked, expires or its owner is deactivated.
      </p>
      {keys.length === 0 ? (
        <p className="text-sm text-slate-700">No keys yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="API keys">
          {keys.map((key) => {
            const state = keyState(key, today, timeZone);
            return (
              <li key={key.id} className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm">
                <div className="space-y-1">
                  <p className="font-medium">
                    {key.name} <span className="font-mono text-slate-600">{key.prefix}…</span>
                  </p>
                  <p>
                    {apiKeyScopeLabels[key.scope].label} · owner {key.owner.name}
                  </p>
                  <p className="flex items-center gap-1">
                    <state.icon aria-hidden className="size-4" /> {state.words}
                  </p>
                  {key.tokenId && (
                    <p>
                      <Link href={`/tokens/${key.tokenId}`} className="text-brand-700 underline underline-offset-2">
                        Its token in the inventory
                      </Link>{" "}
                      (reminders before its last day)
                    </p>
                  )}
                  <p className="text-slate-600">
                    {key.lastUsedAt
                      ? `Last used ${formatDateTime(key.lastUsedAt, timeZone)} from ${key.lastUsedFrom ?? "an unknown address"}`
                      : "Never used"}
                  </p>
                </div>
                {!key.revokedAt && <RevokeApiKeyButton apiKeyId={key.id} name={key.name} />}
              </li>
            );
          })}
        </ul>
      )}
      <CreateApiKeyForm
        owners={owners}
        backups={backups}
        me={me}
        today={isoDay(today)}
        defaultExpiry={isoDay(addDays(today, 90))}
        latestExpiry={isoDay(addDays(today, longestApiKeyDays))}
      />
    </Card>
  );
}
