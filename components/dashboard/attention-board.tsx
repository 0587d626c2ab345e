import { AttentionCard } from "./attention-card";
import { AttentionTokenList } from "./attention-token-list";
import type { listTokensNeedingAttention } from "@/lib/dashboard/list-attention";

type Attention = Awaited<ReturnType<typeof listTokensNeedingAttention>>;

/** The home page's cards: one per kind of trouble, then failed reminders for admins. */
export function AttentionBoard({ attention, now }: { attention: Attention; now: Date }) {
  const reminders = attention.failedReminders;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {attention.categories.map((category) => (
        <AttentionCard
          key={category.key}
          kind={category.key}
          count={category.count}
          noun={["token", "tokens"]}
          href={category.href}
        >
          <AttentionTokenList category={category} now={now} />
        </AttentionCard>
      ))}
      {reminders && (
        <AttentionCard kind="remindersFailed" count={reminders.count} noun={["", ""]} href={reminders.href} />
      )}
    </ul>
  );
}
