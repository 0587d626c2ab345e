// Rows for people, mail, settings and reminders.
import { db } from "@/lib/db";
import { readSettingVersion } from "@/lib/settings/setting-version";
import { listOutbox } from "@/lib/mail/list-outbox";
import { acknowledgeToken } from "@/lib/reminders/acknowledge-token";
import { getTokenReminders } from "@/lib/reminders/get-token-reminders";
import { getReminderDigest, setReminderDigest } from "@/lib/reminders/reminder-digest-preference";
import { reminderScheduleSettingKey } from "@/lib/reminders/reminder-schedule";
import { getReminderSchedule, saveReminderSchedule } from "@/lib/reminders/save-reminder-schedule";
import { getOrganisationTime, saveOrganisationTime } from "@/lib/settings/save-organisation-time";
import { organisationTimeSettingKey } from "@/lib/settings/organisation-time";
import { sendAgain } from "@/lib/mail/send-again";
import { sendTestEmail } from "@/lib/mail/send-test-email";
import { changeRole } from "@/lib/people/change-role";
import { getProfile } from "@/lib/people/get-profile";
import { invitePerson, resendInvitation } from "@/lib/people/invite-person";
import { listPeople, listTeams } from "@/lib/people/list-people";
import { setPersonActive } from "@/lib/people/set-person-active";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { admins, given, ownersAndAdmins, type Row, signedIn } from "./world";

export const peopleAndSettingsRows: Row[] = [
  { name: "signOutEverywhereAction → signOutEverywhere", allowed: signedIn, call: (a) => signOutEverywhere(a) },
  { name: "People page → listPeople", allowed: admins, call: (a) => listPeople(a) },
  { name: "People page → listTeams", allowed: signedIn, call: (a) => listTeams(a) },
  { name: "Profile page → getProfile", allowed: signedIn, call: (a) => getProfile(a) },
  {
    name: "invitePersonAction → invitePerson",
    allowed: admins,
    call: (a) => invitePerson(a, { name: "Invited", email: `invited-${Math.random()}@example.test`, role: "viewer" }),
  },
  {
    name: "resendInvitationAction → resendInvitation",
    allowed: admins,
    call: (a) => resendInvitation(a, given.target.id),
  },
  {
    name: "changeRoleAction → changeRole",
    allowed: admins,
    call: async (a) =>
      changeRole(a, {
        personId: given.target.id,
        role: "editor",
        openedRole: (await db.user.findUniqueOrThrow({ where: { id: given.target.id } })).role,
      }),
  },
  {
    name: "setPersonActiveAction → setPersonActive (deactivate)",
    allowed: admins,
    call: (a) => setPersonActive(a, given.target.id, false),
  },
  {
    name: "setPersonActiveAction → setPersonActive (reactivate)",
    allowed: admins,
    call: (a) => setPersonActive(a, given.target.id, true),
  },
  { name: "sendTestEmailAction → sendTestEmail", allowed: admins, call: (a) => sendTestEmail(a, "it@example.test") },
  { name: "Outbox page → listOutbox", allowed: admins, call: (a) => listOutbox(a) },
  { name: "sendAgainAction → sendAgain", allowed: admins, call: (a) => sendAgain(a, { ids: [] }) },
  { name: "Settings page → getReminderSchedule", allowed: admins, call: (a) => getReminderSchedule(a) },
  {
    name: "saveReminderScheduleAction → saveReminderSchedule",
    allowed: admins,
    call: async (a) =>
      saveReminderSchedule(
        a,
        { daysBefore: "30, 7, 0", criticalDaysBefore: "60", overdueEveryDays: "2" },
        await readSettingVersion(reminderScheduleSettingKey),
      ),
  },
  { name: "Settings page → getOrganisationTime", allowed: admins, call: (a) => getOrganisationTime(a) },
  {
    name: "saveOrganisationTimeAction → saveOrganisationTime",
    allowed: admins,
    call: async (a) =>
      saveOrganisationTime(
        a,
        { timeZone: "UTC", reminderHour: "9" },
        await readSettingVersion(organisationTimeSettingKey),
      ),
  },
  { name: "Profile page → getReminderDigest", allowed: signedIn, call: (a) => getReminderDigest(a) },
  { name: "setReminderDigestAction → setReminderDigest", allowed: signedIn, call: (a) => setReminderDigest(a, true) },
  {
    name: "Token page → getTokenReminders",
    allowed: signedIn,
    call: (a) => getTokenReminders(a, given.token.id, new Date()),
  },
  {
    name: "acknowledgeTokenAction → acknowledgeToken",
    allowed: ownersAndAdmins,
    call: (a) => acknowledgeToken(a, given.token.id),
  },
];
