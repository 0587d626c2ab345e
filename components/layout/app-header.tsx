import Link from "next/link";

const navigation = [{ href: "/", label: "Home" }];

export function AppHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-8 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-900">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-white">
            T
          </span>
          Tokenbook
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
