import Link from "next/link";
import { tokenStatusWords } from "@/components/token-status/token-status-badge";
import { PersonFilterField } from "@/components/person-picker/person-filter-field";
import type { PickablePerson } from "@/components/person-picker/person-picker";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TeamFilterField } from "@/components/teams/team-filter-field";
import { TextField } from "@/components/ui/text-field";
import { pageSizes, sortableColumns, type TokenListQuery } from "@/lib/tokens/list-query";
import { criticalities, criticalityLabels, environmentLabels, environments } from "@/lib/tokens/schema";
import { tokenStatuses } from "@/lib/tokens/token-status";
import { sortWords } from "./sort-words";

type Props = {
  query: TokenListQuery;
  teams: { id: string; name: string }[];
  /** The person the list is filtered by, if any, to show by name. */
  owner?: PickablePerson;
  clearHref: string;
};

/** Filters and sort as a plain GET form, so the view lives in the address and can be bookmarked or shared. */
export function TokenFilterForm({ query, teams, owner, clearHref }: Props) {
  return (
    <form method="get" action="/tokens" className="space-y-4" aria-label="Filter and sort tokens">
      {query.q && <input type="hidden" name="q" value={query.q} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField label="Status" name="status" defaultValue={query.status ?? ""} aria-describedby="status-hint">
          <option value="">Any status except retired</option>
          {tokenStatuses.map((status) => (
            <option key={status} value={status}>
              {tokenStatusWords[status].label}
            </option>
          ))}
        </SelectField>
        <TeamFilterField label="Team" anyLabel="Any team" teams={teams} value={query.team} />
        <PersonFilterField label="Owner or backup" name="owner" chosen={owner} />
        <SelectField label="Environment" name="environment" defaultValue={query.environment ?? ""}>
          <option value="">Any environment</option>
          {environments.map((environment) => (
            <option key={environment} value={environment}>
              {environmentLabels[environment]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Criticality" name="criticality" defaultValue={query.criticality ?? ""}>
          <option value="">Any criticality</option>
          {criticalities.map((criticality) => (
            <option key={criticality} value={criticality}>
              {criticalityLabels[criticality]}
            </option>
          ))}
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
        <SelectField label="Rows per page" name="size" defaultValue={String(query.size ?? pageSizes[0])}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </SelectField>
        <SelectField label="Sort by" name="sort" defaultValue={query.sort ?? "expiresOn"}>
          {sortableColumns.map((column) => (
            <option key={column} value={column}>
              {sortWords[column].label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Order" name="dir" defaultValue={query.dir ?? "asc"}>
          <option value="asc">Ascending (A–Z, soonest)</option>
          <option value="desc">Descending (Z–A, latest)</option>
        </SelectField>
      </div>
      <p id="status-hint" className="text-sm text-slate-600">
        {query.status
          ? tokenStatusWords[query.status].description
          : "Retired tokens are listed only when you choose the status “Retired”."}
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
