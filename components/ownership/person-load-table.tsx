import { UserMinus } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { PersonLoad } from "@/lib/ownership/person-load";

const cell = "px-4 py-2 text-right tabular-nums";

/** Who answers for how much, most first, so nobody quietly becomes the single point of failure. */
export function PersonLoadTable({ load }: { load: PersonLoad[] }) {
  return (
    <Card className="space-y-4 !p-0">
      <div className="px-6 pt-6">
        <h2 id="load" className="text-lg font-semibold">
          Load per person <span className="font-normal text-slate-700">({load.length})</span>
        </h2>
        <p className="text-sm text-slate-700">Open tokens each person owns or backs up, the busiest first. Critical tokens are counted apart.</p>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" aria-labelledby="load">
          <thead className="border-y border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Person</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Owns</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Backs up</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Critical</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Total</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {load.map((person) => (
              <tr key={person.id}>
                <th scope="row" className="px-4 py-2 font-normal">
                  <Link href={`/tokens?owner=${person.id}`} className="text-brand-700 underline underline-offset-2">
                    {person.name}
                  </Link>
                  {!person.active && (
                    <span className="block text-red-800">
                      <InlineIcon icon={UserMinus} />Deactivated
                    </span>
                  )}
                </th>
                <td className={cell}>{person.owned}</td>
                <td className={cell}>{person.backedUp}</td>
                <td className={cell}>{person.critical}</td>
                <td className={`${cell} font-medium`}>{person.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
