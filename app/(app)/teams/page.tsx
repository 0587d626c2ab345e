import type { Metadata } from "next";
import { AccessRefused } from "@/components/layout/access-refused";
import { NewTeamForm, TeamRowForms } from "@/components/teams/team-forms";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { listTeamsWithCounts } from "@/lib/teams/manage-teams";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const page = await loadForPage(listTeamsWithCounts);
  if (page.refused) return <AccessRefused what="the Teams page" />;
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Teams</h1>
        <p className="text-slate-700">
          Teams group people and tokens, so the list and the timeline can be read team by team.
        </p>
      </div>
      <Card>
        <NewTeamForm />
      </Card>
      <Card className="!p-0">
        {page.data.length === 0 ? (
          <p className="p-6 text-slate-700">No teams yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {page.data.map((team) => (
              <li key={team.id} className="space-y-1 p-4">
                <p className="text-sm text-slate-600">
                  {team._count.members} people · {team._count.tokens} tokens
                </p>
                <TeamRowForms
                  team={{ id: team.id, name: team.name, members: team._count.members, tokens: team._count.tokens }}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
