import Link from "next/link";
import { PersonFilterField } from "@/components/person-picker/person-filter-field";
import type { PickablePerson } from "@/components/person-picker/person-picker";
import { Button } from "@/components/ui/button";
import { TeamFilterField } from "@/components/teams/team-filter-field";
import { laneSought, timelineHref, type TimelineQuery } from "@/lib/timeline/timeline-query";

type Props = {
  query: TimelineQuery;
  teams: { id: string; name: string }[];
  /** The owner looked for, if any, to show by name. */
  owner?: PickablePerson;
};

/** Finds one lane (an owner, or a team) with a plain GET form, so the view stays in the address. */
export function TimelineLaneFinder({ query, teams, owner }: Props) {
  const byOwner = query.group === "owner";
  return (
    <form
      method="get"
      action="/timeline"
      aria-label={byOwner ? "Find an owner" : "Find a team"}
      className="flex flex-wrap items-end gap-x-4 gap-y-2"
    >
      <input type="hidden" name="range" value={query.range} />
      <input type="hidden" name="group" value={query.group} />
      <div className="w-full sm:w-80">
        {byOwner ? (
          <PersonFilterField label="Find an owner" name="owner" chosen={owner} />
        ) : (
          <TeamFilterField label="Find a team" anyLabel="All teams" teams={teams} value={query.team} />
        )}
      </div>
      <Button type="submit">Show</Button>
      {laneSought(query) && (
        <Link
          href={timelineHref({ ...query, owner: undefined, team: undefined, page: undefined })}
          className="py-2 text-sm text-brand-700 underline underline-offset-2"
        >
          {byOwner ? "Show all owners" : "Show all teams"}
        </Link>
      )}
    </form>
  );
}
