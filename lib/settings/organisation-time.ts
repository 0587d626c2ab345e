import { z } from "zod";
import { isTimeZone } from "@/lib/dates/zoned-day";

/** The organisation's clock: its time zone, and the local hour reminders and daily emails go out. */
export type OrganisationTime = { timeZone: string; reminderHour: number };

export const organisationTimeSettingKey = "organisation.time";

/** The zone the server runs in: the default until an admin chooses one. */
export const serverTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export const defaultReminderHour = 9;

export const defaultOrganisationTime = (): OrganisationTime => ({
  timeZone: serverTimeZone(),
  reminderHour: defaultReminderHour,
});

export const organisationTimeSchema = z.object({
  timeZone: z
    .string("Choose a time zone.")
    .trim()
    .max(64, "Choose a time zone from the list.")
    .refine(isTimeZone, "Choose a time zone from the list, such as Europe/Berlin."),
  reminderHour: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number("Choose the hour reminders go out.")
      .int("Choose a whole hour.")
      .min(0, "Choose an hour from 0 to 23.")
      .max(23, "Choose an hour from 0 to 23."),
  ),
});

export type OrganisationTimeInput = z.input<typeof organisationTimeSchema>;
