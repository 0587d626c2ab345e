// A real OpenID Connect provider (oidc-provider) on loopback, for tests that sign in through
// Auth.js's "oidc" provider. Every authorization request shows a plain login form; consent is
// granted together with the login, so the browser goes straight back to the app.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type OidcAccount = {
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
  password: string;
};

export type OidcProviderOptions = {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: OidcAccount[];
};

export type OidcProvider = { issuer: string; stop(): Promise<void> };

const loopback = "127.0.0.1";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const loginPage = (uid: string, email = "", error?: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main>
<h1>Sign in to the test identity provider</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${uid}/login">
<p><label for="email">Email</label> <input id="email" name="email" type="email" value="${escapeHtml(email)}" required></p>
<p><label for="password">Password</label> <input id="password" name="password" type="password" required></p>
<p><button type="submit">Sign in</button></p>
</form>
</main></body></html>`;

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function send(res: http.ServerResponse, status: number, html: string) {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  res.end(html);
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcProvider> {
  const { clientId, clientSecret, redirectUri, accounts } = options;
  // The issuer needs the port, so listen first and attach the handlers once the provider exists.
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, loopback, resolve);
  });
  const issuer = `http://${loopback}:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        // A client registers one method; Auth.js uses client_secret_basic unless told otherwise.
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test", alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    scopes: ["openid", "email", "profile"],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Auth.js reads the profile from the ID token, not from userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => false },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, i) => `/interaction/${i.uid}` },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
    async findAccount(_ctx, id) {
      const account = accounts.find((a) => a.sub === id);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        claims: async () => ({
          sub: account.sub,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
  });

  async function interaction(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
    const [, uid, action] = path.split("/").filter(Boolean);
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return send(res, 400, "<p>Interaction mismatch</p>");
    if (req.method === "GET" && !action) return send(res, 200, loginPage(uid));
    if (req.method !== "POST" || action !== "login") return send(res, 404, "<p>Not found</p>");

    const form = await readForm(req);
    const email = form.get("email") ?? "";
    const account = accounts.find(
      (a) => a.email.toLowerCase() === email.trim().toLowerCase() && a.password === form.get("password"),
    );
    if (!account) return send(res, 200, loginPage(uid, email, "Invalid email or password"));

    const grant = new provider.Grant({ accountId: account.sub, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: account.sub }, consent: { grantId } });
  }

  const handleProtocol = provider.callback();
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = new URL(req.url ?? "/", issuer).pathname;
    // Forget the provider's SSO session at each new authorization request, so a test that signs
    // out of the app and signs in again (maybe as someone else) always meets the login form.
    if (path === "/auth") delete req.headers.cookie;
    if (!path.startsWith("/interaction/")) return handleProtocol(req, res);
    interaction(req, res, path).catch((error: Error) => {
      if (!res.headersSent) send(res, 400, `<p>${escapeHtml(`${error.name}: ${error.message}`)}</p>`);
      else res.end();
    });
  });

  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
