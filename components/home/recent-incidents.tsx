import Link from "next/link";
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
      <div role="region" aria-label="Leaks and time to revoke" tabIndex={0} className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Token</th>
              <th scope="col" className="px-4 py-2 font-medium">Reported</th>
              <th scope="col" className="px-4 py-2 font-medium">Time to revoke</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {incidents.map((incident) => (
              <tr key={incident.id}>
                <th scope="row" className="px-4 py-2 font-normal">
                  <Link href={`/tokens/${incident.id}`} className="text-brand-700 underline underline-offset-2">{incident.name}</Link>
                </th>
                <td className="px-4 py-2">{formatDateTime(incident.reportedAt, timeZone)}</td>
                <td className="px-4 py-2">
                  {incident.timeToRevoke ?? `Not revoked yet (open for ${incident.openFor})`}
                  {incident.replaced && <span className="block text-slate-600">New one in place</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
