import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { accountLinkAdapter } from "./adapter-without-provider-tokens";

describe("single sign-on account links", () => {
  it("are stored without the provider's access, refresh or id token", async () => {
    const person = await createPerson({ role: "editor" });
    await accountLinkAdapter(db).linkAccount!({
      userId: person.id,
      type: "oidc",
      provider: "oidc",
      providerAccountId: `sub-${person.id}`,
      access_token: "provider-access-token",
      refresh_token: "provider-refresh-token",
      id_token: "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
      expires_at: 1_900_000_000,
      token_type: "bearer",
      scope: "openid email profile",
      session_state: "state",
    });
    const stored = await db.account.findFirstOrThrow({ where: { userId: person.id } });
    expect(stored).toMatchObject({
      provider: "oidc",
      providerAccountId: `sub-${person.id}`,
      access_token: null,
      refresh_token: null,
      id_token: null,
      expires_at: null,
      session_state: null,
    });
    expect(JSON.stringify(stored)).not.toMatch(/provider-(access|refresh)-token|eyJ/);
  });
});
