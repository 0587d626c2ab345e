import { Notice } from "@/components/ui/notice";
import { apiKeyScopeLabels, type ApiKeyScopeName } from "@/lib/api-keys/scope-words";
import { formatDateTime } from "@/lib/dates/format-date";

type Key = { id: string; name: string; scope: ApiKeyScopeName; lastUsedAt: Date | null; lastUsedFrom: string | null };

/** On the hand-over page: the automations that get 401 once this person is deactivated (or already do). */
export function KeysOfLeaver({
  person,
  keys,
  timeZone,
}: {
  person: { name: string; active: boolean };
  keys: Key[];
  timeZone: string;
}) {
  if (keys.length === 0) return null;
  return (
    <Notice tone="warning">
      <p>
        {person.active
          ? `When ${person.name} is deactivated, these API keys stop working at once`
          : `These API keys stopped working when ${person.name} was deactivated`}
        : whatever uses them now gets “401 Unauthorized”. Make new keys on the Profile page of whoever takes over, and
        put them in place.
      </p>
      <ul className="mt-2 list-disc pl-5" aria-label={`API keys of ${person.name}`}>
        {keys.map((key) => (
          <li key={key.id}>
            “{key.name}” ({apiKeyScopeLabels[key.scope].label}) —{" "}
            {key.lastUsedAt
              ? `last used ${formatDateTime(key.lastUsedAt, timeZone)} from ${key.lastUsedFrom ?? "an unknown address"}`
              : "never used"}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
