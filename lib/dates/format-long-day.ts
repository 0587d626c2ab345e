// Intl alone, with no date library, so client components can name days without adding to their bundle.
const longDayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "Monday, 7 December 2026": a day as a heading or a title names it. */
export const formatLongDay = (date: Date) => longDayFormat.format(date);
