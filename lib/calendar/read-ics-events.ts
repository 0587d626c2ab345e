/** Reads the events of an ICS text: unfolds continued lines, then takes each VEVENT's properties by name, unescaped. */
export function readIcsEvents(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split(/\r\n/);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).split(";")[0];
      current[name] = line
        .slice(colon + 1)
        .replace(/\\([nN,;\\])/g, (_, char: string) => (char.toLowerCase() === "n" ? "\n" : char));
    }
  }
  return events;
}
