import Link from "next/link";
import type { Role } from "@/lib/auth/actor";

const steps = [
  {
    title: "Invite people",
    text: "Add the owners and backups of your tokens; each gets an email to sign in.",
    href: "/people",
    link: "Invite people",
    who: ["admin"],
  },
  {
    title: "Add or import tokens",
    text: "Type them in one by one, or bring in the spreadsheet you keep them in now.",
    href: "/tokens/new",
    link: "Add a token",
    who: ["admin", "editor"],
    also: { href: "/tokens/import", link: "Import a spreadsheet" },
  },
  {
    title: "Set the reminder schedule",
    text: "Choose how many days before an expiry the owner and backup are emailed.",
    href: "/settings",
    link: "Set the schedule",
    who: ["admin"],
  },
] as const;

const linkStyle = "text-brand-700 underline underline-offset-2";

/** A fresh install's home: the three things that make Tokenbook useful, in order. */
export function FirstSteps({ role }: { role: Role }) {
  return (
    <section aria-labelledby="first-steps-heading" className="space-y-4">
      <h2 id="first-steps-heading" className="text-xl font-semibold">
        Get started in three steps
      </h2>
      <ol className="grid gap-4 sm:grid-cols-3">
        {steps.map((step, index) => (
          <li key={step.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h3 className="font-semibold text-slate-900">
              {index + 1}. {step.title}
            </h3>
            <p className="mt-2 text-sm text-slate-700">{step.text}</p>
            {(step.who as readonly Role[]).includes(role) ? (
              <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <Link href={step.href} className={linkStyle}>
                  {step.link}
                </Link>
                {"also" in step && (
                  <Link href={step.also.href} className={linkStyle}>
                    {step.also.link}
                  </Link>
                )}
              </p>
            ) : (
              <p className="mt-3 text-sm text-slate-600">An admin does this.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
