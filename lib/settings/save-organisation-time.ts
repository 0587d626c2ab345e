import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { parseInput } from "@/lib/validation/parse-input";
import {
  organisationTimeSchema,
  organisationTimeSettingKey,
  type OrganisationTime,
  type OrganisationTimeInput,
} from "./organisation-time";
import { readOrganisationTime } from "./read-organisation-time";
import { saveSetting } from "./save-setting";
import { readSettingVersion } from "./setting-version";

/**
 * The time zone and reminder hour for the Settings page, whether an admin has chosen them yet, and the version its form
 * is opened at; admins only.
 */
export async function getOrganisationTime(
  actor: Actor | null,
): Promise<OrganisationTime & { chosen: boolean; version: string }> {
  await authorize(actor, "settings.view", isAdmin);
  const [time, version] = await Promise.all([readOrganisationTime(), readSettingVersion(organisationTimeSettingKey)]);
  return { ...time, chosen: version !== "", version };
}

/**
 * Admins set the organisation's time zone and reminder hour; the change and its audit row commit together. `version`:
 * see getOrganisationTime.
 */
export function saveOrganisationTime(
  actor: Actor | null,
  input: OrganisationTimeInput,
  version: string | undefined,
): Promise<OrganisationTime> {
  return saveSetting(
    actor,
    { key: organisationTimeSettingKey, permission: "settings.organisation_time", what: "the time zone" },
    () => parseInput(organisationTimeSchema, input),
    version,
  );
}
