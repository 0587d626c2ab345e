import { env } from "@/lib/env";

/** How long a session lasts, and how often its end moves forward while it is used (Auth.js's updateAge). */
export const sessionLifetime = { maxAgeSeconds: 30 * 24 * 60 * 60, renewEverySeconds: 24 * 60 * 60 };

/** Secure cookies (`__Secure-` names) exactly when Tokenbook's public address is https. */
export const secureCookies = () => env().APP_URL.startsWith("https:");

/** The session cookie's name, as Auth.js names it with `useSecureCookies: secureCookies()`. */
export const sessionCookieName = () => `${secureCookies() ? "__Secure-" : ""}authjs.session-token`;
