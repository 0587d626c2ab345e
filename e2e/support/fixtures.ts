import { test as base } from "@playwright/test";
import { mailCatcherClient } from "@/testing/mail-catcher";

/** Every spec gets the run's mail catcher (the real SMTP server the app sends to). */
export const test = base.extend<{ mail: ReturnType<typeof mailCatcherClient> }>({
  mail: async ({}, provide) => {
    await provide(mailCatcherClient(process.env.MAIL_CATCHER_URL!));
  },
});

export { expect } from "@playwright/test";

/** Addresses unique to one test, so parallel tests never read each other's mail. */
export const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
