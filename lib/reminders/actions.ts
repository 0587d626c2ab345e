"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddress } from "@/lib/auth/current-actor";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formatDate } from "@/lib/dates/format-date";
import { describeError } from "@/lib/http/describe-error";
import { acknowledgeByLink, acknowledgeToken } from "./acknowledge-token";
import { readAcknowledgementLink } from "./acknowledgement-link";
import { setReminderDigest } from "./reminder-digest-preference";
import { saveReminderSchedule } from "./save-reminder-schedule";
import type { ReminderScheduleInput } from "./schema";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function saveReminderScheduleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    // A field that was not sent stays missing, so the schema refuses it instead of reading "no reminders".
    const sent = (name: string) => (typeof formData.get(name) === "string" ? field(formData, name) : undefined);
    await saveReminderSchedule(actor, {
      daysBefore: sent("daysBefore"),
      criticalDaysBefore: sent("criticalDaysBefore"),
      overdueEveryDays: sent("overdueEveryDays"),
    } as ReminderScheduleInput);
    revalidatePath("/settings");
    return "The reminder schedule was saved. The next reminder run uses it.";
  });
}

export async function setReminderDigestAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    const on = await setReminderDigest(actor, field(formData, "digest") === "on");
    revalidatePath("/profile");
    return on ? "You'll get one email a day listing your reminders." : "You'll get one email per reminder again.";
  });
}

export async function acknowledgeTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const tokenId = field(formData, "tokenId");
  return runAction(async (actor) => {
    const { dueOn } = await acknowledgeToken(actor, tokenId);
    revalidatePath(`/tokens/${tokenId}`);
    return `Noted: you're on it for ${formatDate(dueOn)}. Admins won't be chased about it.`;
  });
}

/** The confirm button behind an emailed link: the signed link, not a session, says who is pressing it. */
export async function confirmAcknowledgementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const claim = readAcknowledgementLink({ token: field(formData, "token"), due: field(formData, "due"), person: field(formData, "person"), sig: field(formData, "sig") });
  if (!claim) return { ok: false, message: "This link is incomplete or was changed. Open it again from the email." };
  try {
    const requestHeaders = await headers();
    await acknowledgeByLink(claim, { ipAddress: clientAddress(requestHeaders), userAgent: requestHeaders.get("user-agent") });
    revalidatePath(`/tokens/${claim.tokenId}`);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeError(error).message };
  }
}
