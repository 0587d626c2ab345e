import Link from "next/link";
import { Button } from "@/components/ui/button";
import { searchLength } from "@/lib/text/search-text";

/** Narrows the Ownership lists to one service, name or person: a plain GET form, so the view is a link. */
export function OwnershipFilterForm({ q }: { q?: string }) {
  return (
    <form
      method="get"
      action="/ownership"
      role="search"
      aria-label="Ownership lists"
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-0 flex-1 basis-full space-y-1 sm:basis-72 sm:flex-none">
        <label htmlFor="ownership-filter" className="block text-sm font-medium text-slate-800">
          Show only tokens matching
        </label>
        <input
          id="ownership-filter"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={searchLength}
          placeholder="Service, name or person"
          autoComplete="off"
          className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-600"
        />
      </div>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {q && (
        <Link href="/ownership" className="px-2 py-2 text-sm text-brand-700 underline">
          Show all
        </Link>
      )}
    </form>
  );
}
