import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/actor";
import { signOutAction } from "@/lib/auth/actions";
import { currentActor } from "@/lib/auth/current-actor";
import { brandLinkClass, BrandName, headerBarClass, signInLinkClass } from "./brand";
import { HeaderSearchWhenUsed } from "./header-search-when-used";
import { PhoneMenu } from "./phone-menu";
import { ReminderAlarmBanner } from "./reminder-alarm-banner";

type NavItem = { href: string; label: string; admin?: boolean };

const navigation: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/tokens", label: "Tokens" },
  { href: "/timeline", label: "Timeline" },
  { href: "/calendar", label: "Calendar" },
  { href: "/my-tokens", label: "My tokens" },
  { href: "/ownership", label: "Ownership", admin: true },
  { href: "/people", label: "People", admin: true },
  { href: "/teams", label: "Teams", admin: true },
  { href: "/outbox", label: "Outbox", admin: true },
  { href: "/audit", label: "Audit log", admin: true },
  { href: "/settings", label: "Settings", admin: true },
];

const visibleTo = (actor: Actor) => navigation.filter((item) => !item.admin || actor.role === "admin");

/**
 * The links every page offers (admins see more), laid out in a row in the bar or in two columns in the phone's menu.
 */
const MainNav = ({
  actor,
  className,
  list,
  link,
}: {
  actor: Actor;
  className?: string;
  list: string;
  link: string;
}) => (
  <nav aria-label="Main" className={className}>
    <ul className={`${list} text-sm`}>
      {visibleTo(actor).map((item) => (
        <li key={item.href}>
          <Link href={item.href} className={`block rounded hover:bg-slate-100 ${link}`}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  </nav>
);

const ProfileLink = ({ actor }: { actor: Actor }) => (
  <Link
    href="/profile"
    title={actor.name}
    className="max-w-48 truncate text-slate-700 underline-offset-2 hover:underline"
  >
    {actor.name}
  </Link>
);

const SignOutButton = () => (
  <form action={signOutAction}>
    <Button type="submit" variant="secondary" className="!px-3 !py-1">
      Sign out
    </Button>
  </form>
);

/**
 * Logo, the main links, "Who owns…?" and who is signed in; on a narrow screen the links and the person sit behind
 * "Menu".
 */
export async function AppHeader() {
  const actor = await currentActor();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className={headerBarClass}>
        <Link href="/" className={brandLinkClass}>
          <BrandName />
        </Link>
        {actor && (
          <MainNav
            actor={actor}
            className="hidden flex-1 lg:block"
            list="flex flex-wrap gap-1"
            link="px-2 py-1 text-slate-700 hover:text-slate-900"
          />
        )}
        {actor && (
          <PhoneMenu>
            <MainNav actor={actor} list="grid grid-cols-2 gap-1" link="px-3 py-2 text-slate-800" />
            <div className="mt-2 flex items-center justify-between gap-3 border-t border-slate-200 px-3 pt-3 text-sm">
              <ProfileLink actor={actor} />
              <SignOutButton />
            </div>
          </PhoneMenu>
        )}
        {actor && <HeaderSearchWhenUsed />}
        {actor ? (
          <div className="hidden items-center gap-3 text-sm lg:flex">
            <ProfileLink actor={actor} />
            <SignOutButton />
          </div>
        ) : (
          <Link href="/sign-in" className={signInLinkClass}>
            Sign in
          </Link>
        )}
      </div>
      {actor?.role === "admin" && <ReminderAlarmBanner />}
    </header>
  );
}
