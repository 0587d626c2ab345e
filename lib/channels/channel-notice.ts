/** What a chat or webhook message says, whatever the service: built once, written three ways. */
export type ChannelNotice = {
  /** "reminder.expiry", "reminder.rotation", "reminder.escalation", "leak.reported", "test" */
  event: string;
  /** One line: "HubSpot reporting key expires in 7 days (12 Dec)". */
  title: string;
  /** Plain sentences, in order. */
  lines: string[];
  token: { id: string; name: string; service: string } | null;
  /** The date the message is about, as a calendar day (YYYY-MM-DD), and in words. */
  due: { on: string; shown: string; when: string } | null;
  stopsWorking: string[];
  owner: string | null;
  backup: string | null;
  links: { label: string; url: string }[];
};
