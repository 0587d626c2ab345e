"use client";

import Link from "next/link";
import { PersonFilterField } from "@/components/person-picker/person-filter-field";
import type { PickablePerson } from "@/components/person-picker/person-picker";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TeamFilterField } from "@/components/teams/team-filter-field";
import { TextField } from "@/components/ui/text-field";
import type { TokenListQuery } from "@/lib/tokens/list-query";
import type { FilterChoice, TokenFilterChoices } from "./token-filter-choices";

type Props = {
  query: TokenListQuery;
  teams: { id: string; name: string }[];
  /** The person the list is filtered by, if any, to show by name. */
  owner?: PickablePerson;
  clearHref: string;
  choices: TokenFilterChoices;
};

const options = (choices: FilterChoice[]) =>
  choices.map(({ value, label }) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

/**
 * Filters and sort as a plain GET form, so the view lives in the address and can be bookmarked or shared. A client
 * component so that React's payload carries the choices, not the form's markup a second time.
 */
export function TokenFilterForm({ query, teams, owner, clearHref, choices }: Props) {
  return (
    <form method="get" action="/tokens" className="space-y-4" aria-label="Filter and sort tokens">
      {query.q && <input type="hidden" name="q" value={query.q} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField label="Status" name="status" defaultValue={query.status ?? ""} aria-describedby="status-hint">
          <option value="">Any status except retired</option>
          {options(choices.statuses)}
        </SelectField>
        <TeamFilterField label="Team" anyLabel="Any team" teams={teams} value={query.team} />
        <PersonFilterField label="Owner or backup" name="owner" chosen={owner} />
        <SelectField label="Environment" name="environment" defaultValue={query.environment ?? ""}>
          <option value="">Any environment</option>
          {options(choices.environments)}
        </SelectField>
        <SelectField label="Criticality" name="criticality" defaultValue={query.criticality ?? ""}>
          <option value="">Any criticality</option>
          {options(choices.criticalities)}
        </SelectField>
        <TextField label="Service" name="service" defaultValue={query.service} placeholder="For example: HubSpot" />
        <TextField label="Tag" name="tag" defaultValue={query.tag} placeholder="For example: finance" />
        <TextField label="Expires on or after" name="expiresFrom" type="date" defaultValue={query.expiresFrom} />
        <TextField label="Expires on or before" name="expiresTo" type="date" defaultValue={query.expiresTo} />
        <SelectField label="Owned or backed up" name="as" defaultValue={query.as ?? ""}>
          <option value="">Owned or backed up by the person chosen</option>
          <option value="owner">Owned only, not backed up</option>
        </SelectField>
        <SelectField label="In use" name="use" defaultValue={query.use ?? ""}>
          <option value="">In use or not</option>
          <option value="in_use">Only tokens in use (active or leaked)</option>
        </SelectField>
        <SelectField label="Backup" name="backup" defaultValue={query.backup ?? ""}>
          <option value="">With or without a backup</option>
          <option value="none">No backup (tokens in use)</option>
        </SelectField>
        <SelectField label="People who left" name="ownerState" defaultValue={query.ownerState ?? ""}>
          <option value="">Any owner and backup</option>
          <option value="deactivated">Owner or backup deactivated (tokens in use)</option>
        </SelectField>
        <SelectField label="Runbook" name="runbook" defaultValue={query.runbook ?? ""}>
          <option value="">Any runbook</option>
          <option value="missing">No runbook yet (tokens in use)</option>
          <option value="untested">Runbook not tested in 180 days, or never (tokens in use)</option>
        </SelectField>
        <SelectField label="Rows per page" name="size" defaultValue={String(query.size ?? choices.pageSizes[0].value)}>
          {options(choices.pageSizes)}
        </SelectField>
        <SelectField label="Sort by" name="sort" defaultValue={query.sort ?? "expiresOn"}>
          {options(choices.sorts)}
        </SelectField>
        <SelectField label="Order" name="dir" defaultValue={query.dir ?? "asc"}>
          <option value="asc">Ascending (A–Z, soonest)</option>
          <option value="desc">Descending (Z–A, latest)</option>
        </SelectField>
      </div>
      <p id="status-hint" className="text-sm text-slate-600">
        {choices.statusHint}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Show tokens</Button>
        <Link href={clearHref} className="text-sm text-brand-700 underline underline-offset-2">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
