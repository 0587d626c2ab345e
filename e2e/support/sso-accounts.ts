/** The people the test OpenID provider knows; each spec invites (or not) the ones it needs. */
export const ssoClient = { clientId: "tokenbook-e2e", clientSecret: "e2e-client-secret-on-loopback" };

export const ssoAccounts = [
  {
    sub: "sso-invited",
    email: "sso.invited@example.test",
    emailVerified: true,
    name: "Sam Single-Sign-On",
    password: "correct horse",
  },
  {
    sub: "sso-unverified",
    email: "sso.unverified@example.test",
    emailVerified: false,
    name: "Una Unverified",
    password: "correct horse",
  },
  {
    sub: "sso-stranger",
    email: "sso.stranger@example.test",
    emailVerified: true,
    name: "Stan Stranger",
    password: "correct horse",
  },
];
