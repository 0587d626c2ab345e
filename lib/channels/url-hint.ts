/**
 * What a person sees of a stored address: its host and last 4 characters, e.g. "hooks.slack.com …a1B2".
 * Read from the address as it is used (a pasted line break dropped, a direction mark percent-encoded),
 * so the hint never carries one into the page or the audit log.
 */
export function urlHint(address: string): string {
  if (!URL.canParse(address)) return `? …${address.slice(-4)}`;
  const url = new URL(address);
  return `${url.host} …${url.href.slice(-4)}`;
}
