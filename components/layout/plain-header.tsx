import { brandLinkClass, BrandName, headerBarClass, signInLinkClass } from "./brand";

/**
 * The header of the sign-in pages and of an unknown address: the name, and "Sign in" for someone not
 * signed in, as plain links. No client component and no next/link here: every page carries what the
 * root's not-found page loads, and the sign-in pages load nothing beyond the framework and their one form.
 */
export function PlainHeader({ offerSignIn }: { offerSignIn: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className={headerBarClass}>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link keeps next/link's script off these pages */}
        <a href="/" className={brandLinkClass}>
          <BrandName />
        </a>
        {offerSignIn && (
          <a href="/sign-in" className={signInLinkClass}>
            Sign in
          </a>
        )}
      </div>
    </header>
  );
}
