import { signOutAction } from "@/lib/auth/actions";
import { brandLinkClass, BrandName, headerBarClass, signInLinkClass } from "./brand";

/**
 * The header of the sign-in pages and of an unknown address: the name, and "Sign in" for someone not
 * signed in or who is signed in and "Sign out", as plain links and a plain form. No client component and
 * no next/link here: every page carries what the root's not-found page loads, and the sign-in pages load
 * nothing beyond the framework and their one form.
 */
export function PlainHeader({ signedIn }: { signedIn: { name: string } | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className={headerBarClass}>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link keeps next/link's script off these pages */}
        <a href="/" className={brandLinkClass}>
          <BrandName />
        </a>
        {signedIn ? (
          <form action={signOutAction} className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-slate-700">{signedIn.name}</span>
            <button
              type="submit"
              className="rounded-lg border border-slate-300 bg-white px-3 py-1 font-medium text-slate-800 hover:bg-slate-50"
            >
              Sign out
            </button>
          </form>
        ) : (
          <a href="/sign-in" className={signInLinkClass}>
            Sign in
          </a>
        )}
      </div>
    </header>
  );
}
