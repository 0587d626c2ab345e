import { Notice } from "@/components/ui/notice";
import { ChannelActions } from "./channel-actions";

export type ChannelRow = {
  id: string;
  name: string;
  kindWords: string;
  /** Host and last characters of the address, never the address. */
  urlHint: string;
  leakAlerts: boolean;
  teams: string[];
  /** "Paused since 30 Nov 2026, 10:00: …" or null. */
  paused: string | null;
  failuresInARow: number;
};

export function ChannelList({ channels }: { channels: ChannelRow[] }) {
  if (channels.length === 0)
    return <p className="text-sm text-slate-600">No channels yet: reminders go by email only.</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label="Channels">
      {channels.map((channel) => (
        <li key={channel.id} className="space-y-2 py-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="min-w-0 font-semibold break-words">{channel.name}</h3>
            <span className="text-sm text-slate-600">{channel.kindWords}</span>
          </div>
          <p className="text-sm text-slate-700">
            Address: <code className="font-mono">{channel.urlHint}</code>
            {" · "}
            {channel.teams.length ? `Teams: ${channel.teams.join(", ")}` : "No team routed here yet"}
            {channel.leakAlerts && " · Hears every leak alert"}
          </p>
          {channel.paused ? (
            <Notice tone="warning">{channel.paused}</Notice>
          ) : (
            channel.failuresInARow > 0 && (
              <Notice tone="warning">{`The last ${channel.failuresInARow} tries failed; Tokenbook keeps trying.`}</Notice>
            )
          )}
          <ChannelActions channelId={channel.id} name={channel.name} paused={Boolean(channel.paused)} />
        </li>
      ))}
    </ul>
  );
}
