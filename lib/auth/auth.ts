import NextAuth from "next-auth";
import type { Provider } from "next-auth/providers";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { isActivePerson } from "@/lib/people/find-person";
import { accountLinkAdapter } from "./adapter-without-provider-tokens";
import { oidcEmailAccepted } from "./oidc-email";
import { recordSignIn, recordSignOut } from "./record-session-events";
import { safeReturnPath } from "./return-path";
import { secureCookies, sessionLifetime } from "./session-settings";

export type SessionPerson = Pick<User, "id" | "email" | "name" | "role" | "active">;

const sessionPerson = ({ id, email, name, role, active }: User): SessionPerson => ({ id, email, name, role, active });

function providers(): Provider[] {
  const list: Provider[] = [
    {
      id: "email",
      type: "email",
      name: "Email",
      normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
      // Links are issued by requestSignInLink (invite-only, rate-limited); Auth.js only checks them.
      sendVerificationRequest: () => {
        throw new Error("Sign-in links are requested from Tokenbook's sign-in page.");
      },
    },
  ];
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET) {
    list.push({
      id: "oidc",
      type: "oidc",
      name: OIDC_NAME,
      issuer: OIDC_ISSUER,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      checks: ["pkce", "state", "nonce"],
      // Only invited people get in, and only with an address the provider has verified (signIn below).
      allowDangerousEmailAccountLinking: true,
    });
  }
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: accountLinkAdapter(db),
  secret: env().AUTH_SECRET,
  trustHost: true,
  useSecureCookies: secureCookies(),
  session: {
    strategy: "database",
    maxAge: sessionLifetime.maxAgeSeconds,
    updateAge: sessionLifetime.renewEverySeconds,
  },
  providers: providers(),
  pages: { signIn: "/sign-in", error: "/sign-in" },
  callbacks: {
    // Every return address Auth.js is given (a link's, SSO's cookie, sign-out's) lands on this site or Home.
    redirect: ({ url, baseUrl }) =>
      new URL(safeReturnPath(url, baseUrl, { signInPages: true }) ?? "/", baseUrl).toString(),
    // `user` is the person's row, read with the session in one query: the actor needs no second read.
    session: ({ session, user }) => ({ ...session, user: sessionPerson(user as unknown as User) }),
    async signIn({ user, account, profile }) {
      if (account?.provider === "oidc" && !oidcEmailAccepted(profile, env().OIDC_TRUST_EMAIL)) return false;
      const email = (account?.provider === "oidc" ? profile?.email : user.email) ?? "";
      return isActivePerson(email);
    },
  },
  // An expired or reused link is an everyday event, not a crash: one line in the log, no stack.
  logger: {
    error: (error) =>
      (error as { type?: string }).type === "Verification"
        ? console.warn(`[tokenbook] A sign-in link was refused: expired or already used.`)
        : console.error(error),
  },
  events: {
    signIn: ({ user, account }) => recordSignIn(user.id!, account?.provider ?? "email"),
    signOut: (message) => ("session" in message && message.session ? recordSignOut(message.session.userId) : undefined),
  },
}));
