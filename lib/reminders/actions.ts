"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddress } from "@/lib/auth/current-actor";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { checkbox, formObject, formText, openedVersion, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { formatDate } from "@/lib/dates/format-date";
import { describeError } from "@/lib/http/describe-error";
import { acknowledgeByLink, acknowledgeToken } from "./acknowledge-token";
import { readAcknowledgementLink } from "./acknowledgement-link";
import { setReminderDigest } from "./reminder-digest-preference";
import { saveReminderSchedule } from "./save-reminder-schedule";
import type { ReminderScheduleInput } from "./schema";

const sentText = (max: number) => z.string("Enter text here.").max(max, `Keep it under ${max} characters.`).optional();
const scheduleForm = z.object({
  daysBefore: sentText(500),
  criticalDaysBefore: sentText(500),
  overdueEveryDays: sentText(20),
  version: openedVersion,
});
const digestForm = z.object({ digest: checkbox });
const tokenForm = z.object({ tokenId: recordId });
const linkForm = z.object({ token: formText(100), due: formText(20), person: formText(100), sig: formText(200) });

export async function saveReminderScheduleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(scheduleForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    // A field that was not sent stays missing, so the schedule's own schema refuses it instead of reading "no
    // reminders".
    const { version, ...schedule } = input.data;
    await saveReminderSchedule(actor, schedule as ReminderScheduleInput, version);
    revalidatePath("/settings");
    return "The reminder schedule was saved. The next reminder run uses it.";
  });
}

export async function setReminderDigestAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(digestForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const on = await setReminderDigest(actor, input.data.digest === "on");
    revalidatePath("/profile");
    return on ? "You'll get one email a day listing your reminders." : "You'll get one email per reminder again.";
  });
}

export async function acknowledgeTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(tokenForm, formObject(formData));
  if (!input.ok) return input.state;
  const { tokenId } = input.data;
  return runAction(async (actor) => {
    const { dueOn } = await acknowledgeToken(actor, tokenId);
    revalidatePath(`/tokens/${tokenId}`);
    return `Noted: you're on it for ${formatDate(dueOn)}. Admins won't be chased about it.`;
  });
}

/** The confirm button behind an emailed link: the signed link, not a session, says who is pressing it. */
export async function confirmAcknowledgementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(linkForm, formObject(formData));
  const claim = input.ok ? readAcknowledgementLink(input.data) : null;
  if (!claim) return { ok: false, message: "This link is incomplete or was changed. Open it again from the email." };
  try {
    const requestHeaders = await headers();
    await acknowledgeByLink(claim, {
      ipAddress: clientAddress(requestHeaders),
      userAgent: requestHeaders.get("user-agent"),
    });
    revalidatePath(`/tokens/${claim.tokenId}`);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeError(error).message };
  }
}
