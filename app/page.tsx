const questions = [
  { title: "Whose token is this?", text: "Find any token by its service and see its owner, backup, status and expiry at a glance." },
  { title: "When does it expire?", text: "Owners and backups get email reminders well before a token stops working." },
  { title: "How do I replace it?", text: "Each token has a plain-language runbook you follow step by step in the browser." },
];

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Welcome to Tokenbook</h1>
        <p className="text-lg text-slate-700">
          One place for your company&apos;s API tokens and service keys: who owns each one, who backs them up, when it
          expires, what stops working when it does, and how to replace it.
        </p>
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
