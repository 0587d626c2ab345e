const scheme = /^([a-z][a-z0-9+.-]*):/i;
// Browsers ignore these inside a URL, so "java\tscript:" still runs; judge the URL without them.
const ignoredByBrowsers = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Only https:, mailto: and relative links survive; anything else (javascript:, data:, http:,
 * protocol-relative "//host") loses its address and is shown as plain text.
 */
export function safeMarkdownUrl(url: string): string | null {
  const compact = url.replace(ignoredByBrowsers, "");
  if (/^[/\\]{2}/.test(compact)) return null;
  const match = compact.match(scheme);
  if (!match) return url;
  const protocol = match[1].toLowerCase();
  return protocol === "https" || protocol === "mailto" ? url : null;
}
