import type { Metadata } from "next";
import { ApiKeysPanel } from "@/components/api-keys/api-keys-panel";
import { CalendarFeedsPanel } from "@/components/calendar-feeds/calendar-feeds-panel";
import { RenameMyselfForm } from "@/components/people/rename-myself-form";
import { DigestPreferenceForm } from "@/components/reminders/digest-preference-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { loadForPage } from "@/lib/auth/load-for-page";
import { formatDate } from "@/lib/dates/format-date";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { canManageApiKeys } from "@/lib/api-keys/api-key-access";
import { listPeopleForPicker } from "@/lib/people/list-people-for-picker";
import { getProfile } from "@/lib/people/get-profile";
import { getReminderDigest } from "@/lib/reminders/reminder-digest-preference";
import { roleLabels } from "@/lib/people/schema";
import { readTimeZone } from "@/lib/settings/read-organisation-time";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const page = await loadForPage(getProfile);
  if (page.refused) return null;
  const profile = page.data;
  const role = roleLabels[profile.role];
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Your profile</h1>
      <Card>
        <dl className="grid grid-cols-[8rem_1fr] gap-y-3 text-sm">
          <dt className="font-medium text-slate-600">Name</dt>
          <dd>{profile.name}</dd>
          <dt className="font-medium text-slate-600">Email</dt>
          <dd>{profile.email}</dd>
          <dt className="font-medium text-slate-600">Role</dt>
          <dd>
            {role.label} <span className="text-slate-600">— {role.description}</span>
          </dd>
          <dt className="font-medium text-slate-600">Team</dt>
          <dd>{profile.team?.name ?? "No team"}</dd>
          <dt className="font-medium text-slate-600">Member since</dt>
          <dd>{formatDate(profile.createdAt)}</dd>
        </dl>
        <RenameMyselfForm name={profile.name} />
        <p className="mt-4 text-sm text-slate-600">To change your email or role, ask an admin.</p>
      </Card>
      <CalendarFeedsPanel />
      <DigestPreferenceForm digest={await getReminderDigest(page.actor)} />
      {canManageApiKeys(page.actor) && <ApiKeysSection actor={page.actor} />}
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Sign out everywhere</h2>
        <p className="text-sm text-slate-700">
          Ends your sessions on every device and browser, including this one. Use it if you lost a laptop or phone.
        </p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </Card>
    </div>
  );
}

async function ApiKeysSection({ actor }: { actor: Parameters<typeof listApiKeys>[0] & object }) {
  const [keys, people, timeZone] = await Promise.all([listApiKeys(actor), listPeopleForPicker(actor), readTimeZone()]);
  const me = { id: actor.id, name: actor.name, email: actor.email };
  const holders = people.filter((person) => person.active && person.role !== "viewer");
  const owners = actor.role === "admin" ? holders : [me];
  return <ApiKeysPanel keys={keys} owners={owners} backups={holders} me={me} now={new Date()} timeZone={timeZone} />;
}
