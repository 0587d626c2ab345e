import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";

export type FeedKind = "person" | "team";

/** 32 random bytes, URL-safe: the whole secret of a feed address, so it must be unguessable. */
export const newCalendarKey = () => randomBytes(32).toString("base64url");

export const looksLikeCalendarKey = (key: string) => /^[A-Za-z0-9_-]{43}$/.test(key);

export const calendarFeedUrl = (kind: FeedKind, key: string) => `${env().APP_URL}/api/calendar/${kind}/${key}.ics`;
