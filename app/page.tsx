import Link from "next/link";
import { TokenSearchForm } from "@/components/token-table/token-search-form";
import { Card } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-actor";

const questions = [
  { title: "Whose token is this?", text: "Find any token by its service and see its owner, backup, status and expiry at a glance." },
  { title: "When does it expire?", text: "Owners and backups get email reminders well before a token stops working." },
  { title: "How do I replace it?", text: "Each token has a plain-language runbook you follow step by step in the browser." },
];

const adminPlaces = [
  { href: "/people", title: "People", text: "Invite colleagues, choose their roles, deactivate those who leave." },
  { href: "/outbox", title: "Outbox", text: "Every email Tokenbook sent or kept, and a test email to check the mail settings." },
  { href: "/audit", title: "Audit log", text: "Who changed what, and when. Filter it or download it." },
];

export default async function HomePage() {
  const actor = await currentActor();
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{actor ? `Welcome, ${actor.name}` : "Welcome to Tokenbook"}</h1>
        <p className="text-lg text-slate-700">
          One place for your company&apos;s API tokens and service keys: who owns each one, who backs them up, when it expires, what stops
          working when it does, and how to replace it.
        </p>
        {actor && (
          <div className="max-w-xl pt-2">
            <TokenSearchForm />
          </div>
        )}
        {!actor && (
          <Link href="/sign-in" className="inline-block rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Sign in
          </Link>
        )}
      </section>
      <ul className="grid gap-4 sm:grid-cols-3">
        {(actor?.role === "admin" ? adminPlaces : []).map((place) => (
          <li key={place.href}>
            <Card className="h-full">
              <h2 className="font-semibold">
                <Link href={place.href} className="text-brand-700 underline-offset-2 hover:underline">
                  {place.title}
                </Link>
              </h2>
              <p className="mt-2 text-sm text-slate-700">{place.text}</p>
            </Card>
          </li>
        ))}
        {(actor?.role === "admin" ? [] : questions).map((question) => (
          <li key={question.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="font-semibold text-slate-900">{question.title}</h2>
            <p className="mt-2 text-sm text-slate-700">{question.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
