import { UserMinus } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Cell, RowHeader, Table, TableBody, TableHead } from "@/components/ui/table";
import type { PersonLoad } from "@/lib/ownership/person-load";

const number = "text-right tabular-nums";

/** Who answers for how much, most first, so nobody quietly becomes the single point of failure. */
export function PersonLoadTable({ load }: { load: PersonLoad[] }) {
  return (
    <Card className="space-y-4 !p-0">
      <div className="px-6 pt-6">
        <h2 id="load" className="text-lg font-semibold">
          Load per person <span className="font-normal text-slate-700">({load.length})</span>
        </h2>
        <p className="text-sm text-slate-700">
          Open tokens each person owns or backs up, the busiest first. Critical tokens are counted apart.
        </p>
      </div>
      <div className="overflow-x-auto">
        <Table labelledBy="load">
          <TableHead
            columns={[
              "Person",
              ...["Owns", "Backs up", "Critical", "Total"].map((label) => ({ label, className: number })),
            ]}
          />
          <TableBody>
            {load.map((person) => (
              <tr key={person.id}>
                <RowHeader>
                  <Link href={`/tokens?owner=${person.id}`} className="text-brand-700 underline underline-offset-2">
                    {person.name}
                  </Link>
                  {!person.active && (
                    <span className="block text-red-800">
                      <InlineIcon icon={UserMinus} />
                      Deactivated
                    </span>
                  )}
                </RowHeader>
                <Cell className={number}>{person.owned}</Cell>
                <Cell className={number}>{person.backedUp}</Cell>
                <Cell className={number}>{person.critical}</Cell>
                <Cell className={`${number} font-medium`}>{person.total}</Cell>
              </tr>
            ))}
          </TableBody>
        </Table>
      </div>
    </Card>
  );
}
