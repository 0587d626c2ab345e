import { cache } from "react";
import { db } from "@/lib/db";
import {
  defaultOrganisationTime,
  organisationTimeSchema,
  organisationTimeSettingKey,
  type OrganisationTime,
} from "./organisation-time";

/**
 * The time zone and reminder hour admins saved, or the server's zone and 09:00 until they do. Read
 * once per server render (React's `cache`: one request, never shared between requests), as a page's
 * header, status clock and dates all ask for it; outside a render every call reads afresh.
 */
export const readOrganisationTime = cache(async (): Promise<OrganisationTime> => {
  const row = await db.setting.findUnique({ where: { key: organisationTimeSettingKey } });
  const parsed = organisationTimeSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultOrganisationTime();
});

/** The zone times of day are shown in (see formatDateTime). */
export const readTimeZone = async () => (await readOrganisationTime()).timeZone;
