import { Button } from "@/components/ui/button";
import { searchLength } from "@/lib/text/search-text";

type Props = {
  defaultValue?: string;
  /** Other parts of the current view (filters, sort) to keep when searching from the token list. */
  keep?: Record<string, string>;
};

/**
 * "Whose token is this?" in one box: a plain GET form to /tokens, usable from any page
 * (the home page included) and without JavaScript.
 */
export function TokenSearchForm({ defaultValue, keep = {} }: Props) {
  return (
    <form method="get" action="/tokens" role="search" aria-label="Tokens" className="space-y-1">
      <label htmlFor="token-search" className="block text-sm font-medium text-slate-800">
        Search tokens
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="token-search"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={searchLength}
          placeholder="Name, service, owner or what it feeds"
          autoComplete="off"
          className="block min-w-0 flex-1 basis-full sm:basis-64 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-600"
        />
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button type="submit">Search</Button>
      </div>
    </form>
  );
}
