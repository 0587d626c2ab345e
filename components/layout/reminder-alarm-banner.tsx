import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { readReminderStatus } from "@/lib/health/reminder-alarms";

/** For admins, on every page: why reminders are not reaching people right now, and where to look. */
export async function ReminderAlarmBanner() {
  const { alarms } = await readReminderStatus(new Date());
  if (alarms.length === 0) return null;
  return (
    <section aria-label="Reminder problems" className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <div className="mx-auto flex max-w-6xl gap-3 px-4 py-3 text-sm sm:px-6">
        <TriangleAlert aria-hidden="true" focusable="false" className="mt-0.5 h-4 w-4 shrink-0" />
        <div className="space-y-1">
          <p className="font-semibold">Reminders are not reaching people</p>
          <ul className="space-y-1">
            {alarms.map((alarm) => (
              <li key={alarm.kind}>{alarm.reason}</li>
            ))}
          </ul>
          <p>
            <Link href="/outbox" className="font-medium underline underline-offset-2">
              Open the Outbox
            </Link>{" "}
            to see what was kept, what failed and why.
          </p>
        </div>
      </div>
    </section>
  );
}
