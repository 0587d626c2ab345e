import Link from "next/link";
import { AttentionBoard } from "@/components/dashboard/attention-board";
import { AwaitingReplacement } from "@/components/home/awaiting-replacement";
import { FirstSteps } from "@/components/home/first-steps";
import { MonitorFailures } from "@/components/home/monitor-failures";
import { MyAttention } from "@/components/home/my-attention";
import { RecentIncidents } from "@/components/home/recent-incidents";
import type { Actor } from "@/lib/auth/actor";
import { readSignedIn } from "@/lib/auth/current-actor";
import { isFreshInstall } from "@/lib/dashboard/is-fresh-install";
import { listTokensNeedingAttention } from "@/lib/dashboard/list-attention";
import { formatDate } from "@/lib/dates/format-date";
import { listAwaitingReplacement, listRecentIncidents } from "@/lib/incidents/list-incidents";
import { listMonitorFailures } from "@/lib/monitoring/list-monitor-failures";
import { listMyTokens } from "@/lib/ownership/list-my-tokens";
import { keepWholePage } from "@/lib/page-cache/keep-whole-page";
import { readThroughPageCache } from "@/lib/page-cache/read-through-page-cache";
import { readTimeZone } from "@/lib/settings/read-organisation-time";

const questions = [
  {
    title: "Whose token is this?",
    text: "Find any token by its service and see its owner, backup, status and expiry at a glance.",
  },
  { title: "When does it expire?", text: "Owners and backups get email reminders well before a token stops working." },
  {
    title: "How do I replace it?",
    text: "Each token has a plain-language runbook you follow step by step in the browser.",
  },
];

function Welcome() {
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Welcome to Tokenbook</h1>
        <p className="text-lg text-slate-700">
          One place for your company&apos;s API tokens and service keys: who owns each one, who backs them up, when it
          expires, what stops working when it does, and how to replace it.
        </p>
        <Link
          href="/sign-in"
          className="inline-block rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Sign in
        </Link>
      </section>
      <ul className="grid gap-4 sm:grid-cols-3">
        {questions.map((question) => (
          <li key={question.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="font-semibold text-slate-900">{question.title}</h2>
            <p className="mt-2 text-sm text-slate-700">{question.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

async function loadHome(actor: Actor, now: Date) {
  const [fresh, mine, waiting, failing, incidents, timeZone] = await Promise.all([
    isFreshInstall(actor),
    actor.role === "viewer" ? [] : listMyTokens(actor, now).then((mine) => mine.tokens),
    listAwaitingReplacement(actor, now),
    listMonitorFailures(actor),
    listRecentIncidents(actor, now),
    readTimeZone(),
  ]);
  return {
    fresh,
    mine,
    waiting,
    failing,
    incidents,
    timeZone,
    attention: fresh ? null : await listTokensNeedingAttention(actor, now),
  };
}

/**
 * Signed in: the person's own tokens that need them first, then the company's — a leak waiting for
 * its replacement at the top of those; a fresh install shows its first steps instead. Strangers get
 * the welcome.
 */
export default async function HomePage() {
  const { actor, dataVersion } = await readSignedIn();
  if (!actor) return <Welcome />;
  const now = new Date();
  const { fresh, mine, waiting, failing, incidents, timeZone, attention } = await readThroughPageCache(
    [actor.id, actor.role, "home"],
    now,
    () => loadHome(actor, now),
    dataVersion,
  );
  await keepWholePage(actor, dataVersion);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Welcome, {actor.name}</h1>
      {fresh && <FirstSteps role={actor.role} />}
      {mine.length > 0 && <MyAttention tokens={mine} now={now} />}
      <MonitorFailures failures={failing} timeZone={timeZone} />
      <AwaitingReplacement tokens={waiting} />
      {attention && (
        <section aria-labelledby="attention-heading" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="attention-heading" className="text-xl font-semibold">
              What needs attention on {formatDate(now)}
            </h2>
            <p className="flex gap-4 text-sm">
              <Link href="/timeline" className="text-brand-700 underline underline-offset-2">
                Expiry timeline
              </Link>
              <Link href="/calendar" className="text-brand-700 underline underline-offset-2">
                Calendar
              </Link>
            </p>
          </div>
          <AttentionBoard attention={attention} now={now} />
        </section>
      )}
      <RecentIncidents incidents={incidents} timeZone={timeZone} />
    </div>
  );
}
