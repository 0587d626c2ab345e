import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterAccount } from "next-auth/adapters";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const providerTokenFields = ["access_token", "refresh_token", "id_token", "expires_at", "session_state"] as const;

/**
 * Single sign-on is only used to learn who someone is; Tokenbook never calls the provider on their
 * behalf. So the provider's access, refresh and id tokens are dropped before the account link is
 * stored: a copy of the database holds nothing that opens the person's other systems.
 */
export function withoutProviderTokens(account: AdapterAccount): AdapterAccount {
  const kept = { ...account };
  for (const field of providerTokenFields) delete kept[field];
  return kept;
}

/** Auth.js's Prisma adapter, storing account links without the provider's tokens. */
export function accountLinkAdapter(db: PrismaClient): Adapter {
  const adapter = PrismaAdapter(db);
  return { ...adapter, linkAccount: (account) => adapter.linkAccount!(withoutProviderTokens(account)) };
}
