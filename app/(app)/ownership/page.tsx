import type { Metadata } from "next";
import { OwnershipBoard } from "@/components/ownership/ownership-board";
import { OwnershipFilterForm } from "@/components/ownership/ownership-filter-form";
import { PersonLoadTable } from "@/components/ownership/person-load-table";
import { presentTokenRow } from "@/components/token-table/token-table-row";
import { AccessRefused } from "@/components/layout/access-refused";
import { loadForPage } from "@/lib/auth/load-for-page";
import { getOwnershipOverview, type OwnershipSection } from "@/lib/ownership/ownership-overview";
import { listPeopleForPicker } from "@/lib/people/list-people-for-picker";

export const metadata: Metadata = { title: "Ownership" };

const sectionWords: Record<OwnershipSection, { title: string; description: string }> = {
  noBackup: {
    title: "No backup",
    description: "If the owner is away, nobody else knows these tokens. Choose someone to back them up.",
  },
  personDeactivated: {
    title: "Owner or backup deactivated",
    description: "The person named has left or can no longer sign in. Give these tokens to someone who is here.",
  },
  heldByViewer: {
    title: "Owner or backup is a viewer",
    description:
      "Viewers can't change tokens, so they can't act on the reminders. Give these tokens to an editor, or make the person an editor.",
  },
};

export default async function OwnershipPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q: rawQ } = await searchParams;
  const q = (Array.isArray(rawQ) ? rawQ[0] : rawQ)?.trim() || undefined;
  const now = new Date();
  const page = await loadForPage(async (actor) => {
    const [overview, people] = await Promise.all([getOwnershipOverview(actor, { q, now }), listPeopleForPicker(actor)]);
    return { overview, people: people.filter((person) => person.active) };
  });
  if (page.refused) return <AccessRefused what="the Ownership page" />;
  const { overview, people } = page.data;
  const sections = overview.sections.map(({ section, count, tokens }) => ({
    id: `section-${section}`,
    ...sectionWords[section],
    count,
    rows: tokens.map((token) => presentTokenRow(token, now)),
  }));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Ownership</h1>
        <p className="text-slate-700">
          Every token needs an owner and a different backup who are still here. Tick tokens in any list, then assign
          them in one step.
        </p>
      </div>
      <OwnershipFilterForm q={q} />
      <OwnershipBoard key={q ?? ""} sections={sections} people={people} />
      <PersonLoadTable load={overview.load} />
    </div>
  );
}
