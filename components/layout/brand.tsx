/** The header's bar and the Tokenbook name with its mark, shared by the signed-in and the sign-in headers. */
export const headerBarClass = "mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-2 sm:px-6 lg:py-3";
export const brandLinkClass = "flex items-center gap-2 text-lg font-semibold text-brand-900";
export const signInLinkClass =
  "ml-auto rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700";

export function BrandName() {
  return (
    <>
      <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-white">
        T
      </span>
      Tokenbook
    </>
  );
}
