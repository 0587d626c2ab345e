import { TokenSearchForm } from "@/components/token-table/token-search-form";

/**
 * Any address Tokenbook does not know, or a record that is gone: plain words, a search and the way home.
 * The link home is a plain one: the root's not-found page is part of every page's first load.
 */
export function PageNotFound() {
  return (
    <div className="max-w-xl space-y-5">
      <h1 className="text-2xl font-semibold">We can&apos;t find that page</h1>
      <p className="text-slate-700">
        The address may be mistyped, or what it pointed to was removed. If you were looking for a token, search for it
        by its name, its service or its owner.
      </p>
      <TokenSearchForm />
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
        <a href="/" className="text-brand-700 underline underline-offset-2">
          Go to the home page
        </a>
      </p>
    </div>
  );
}
