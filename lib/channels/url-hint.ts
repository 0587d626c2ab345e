/** What a person sees of a stored address: its host and last 4 characters, e.g. "hooks.slack.com …a1B2". */
export function urlHint(address: string): string {
  const host = URL.canParse(address) ? new URL(address).host : "?";
  return `${host} …${address.slice(-4)}`;
}
