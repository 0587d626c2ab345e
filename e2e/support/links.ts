/** The first link in an email's text that points at the given path of the app. */
export function linkIn(text: string, path: string) {
  const match = text.match(new RegExp(`https?://[^\\s)]+${path.replaceAll("/", "\\/")}[^\\s)]*`));
  if (!match) throw new Error(`No ${path} link in:\n${text}`);
  return match[0];
}
