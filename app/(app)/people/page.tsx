import { CircleCheck, UserMinus } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import type { Metadata } from "next";
import { AccessRefused } from "@/components/layout/access-refused";
import { InvitePersonFormWhenUsed } from "@/components/people/invite-person-form-when-used";
import { ActiveForm, ResendInvitationForm, RoleForm } from "@/components/people/person-row-actions";
import { Card } from "@/components/ui/card";
import { Cell, Table, TableBody, TableFrame, TableHead } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/load-for-page";
import { formatDate } from "@/lib/dates/format-date";
import { countHeldTokensByPerson } from "@/lib/ownership/held-tokens";
import { listPeople, listTeams } from "@/lib/people/list-people";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const page = await loadForPage(async (actor) => ({
    people: await listPeople(actor),
    teams: await listTeams(actor),
    held: await countHeldTokensByPerson(actor),
  }));
  if (page.refused) return <AccessRefused what="the People page" />;
  const { people, teams, held } = page.data;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">People</h1>
        <p className="text-slate-700">Invite people, choose what they may do, and deactivate those who leave.</p>
      </div>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Invite a person</h2>
        <InvitePersonFormWhenUsed teams={teams} />
      </Card>
      <TableFrame label="People">
        <Table caption="Everyone in Tokenbook">
          <TableHead columns={["Person", "Role", "Status", "Actions"]} />
          <TableBody>
            {people.map((person) => (
              <tr key={person.id} className="align-top">
                <Cell>
                  <div className="font-medium text-slate-900">{person.name}</div>
                  <div className="text-slate-600">{person.email}</div>
                  {person.team && <div className="text-slate-600">Team: {person.team.name}</div>}
                </Cell>
                <Cell>
                  <RoleForm person={person} disabled={person.id === page.actor.id || !person.active} />
                </Cell>
                <Cell>
                  {person.active ? (
                    <span className="text-emerald-800">
                      <InlineIcon icon={CircleCheck} />
                      Active
                    </span>
                  ) : (
                    <span className="text-slate-700">
                      <InlineIcon icon={UserMinus} />
                      Deactivated{person.deactivatedAt && ` on ${formatDate(person.deactivatedAt)}`}
                    </span>
                  )}
                </Cell>
                <Cell className="space-y-2">
                  {person.id === page.actor.id ? (
                    <span className="text-slate-600">This is you</span>
                  ) : (
                    <>
                      <ActiveForm person={person} heldTokens={held.get(person.id) ?? 0} />
                      {person.active && <ResendInvitationForm person={person} />}
                    </>
                  )}
                </Cell>
              </tr>
            ))}
          </TableBody>
        </Table>
      </TableFrame>
    </div>
  );
}
