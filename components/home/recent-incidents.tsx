import Link from "next/link";
import { Cell, RowHeader, Table, TableBody, TableFrame, TableHead } from "@/components/ui/table";
import { formatDateTime } from "@/lib/dates/format-date";
import { type listRecentIncidents, recentIncidentDays } from "@/lib/incidents/list-incidents";

type Incidents = Awaited<ReturnType<typeof listRecentIncidents>>;

/** The overview of recent leaks: when each was reported and how long it took to switch it off. */
/** `timeZone`: the organisation's, which times of day are shown in. */
export function RecentIncidents({ incidents, timeZone }: { incidents: Incidents; timeZone: string }) {
  if (incidents.length === 0) return null;
  return (
    <section aria-labelledby="incidents-heading" className="space-y-3">
      <h2 id="incidents-heading" className="text-xl font-semibold">
        Leaks in the last {recentIncidentDays} days
      </h2>
      <TableFrame label="Leaks and time to revoke">
        <Table>
          <TableHead columns={["Token", "Reported", "Time to revoke"]} />
          <TableBody>
            {incidents.map((incident) => (
              <tr key={incident.id}>
                <RowHeader>
                  <Link href={`/tokens/${incident.id}`} className="text-brand-700 underline underline-offset-2">
                    {incident.name}
                  </Link>
                </RowHeader>
                <Cell>{formatDateTime(incident.reportedAt, timeZone)}</Cell>
                <Cell>
                  {incident.timeToRevoke ?? `Not revoked yet (open for ${incident.openFor})`}
                  {incident.replaced && <span className="block text-slate-600">New one in place</span>}
                </Cell>
              </tr>
            ))}
          </TableBody>
        </Table>
      </TableFrame>
    </section>
  );
}
