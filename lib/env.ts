import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "./http/trusted-proxies";

const optional = <T extends z.ZodType>(value: T) => z.preprocess((v) => (v === "" ? undefined : v), value.optional());

const postgresUrl = z.string().refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), {
  message: "a PostgreSQL URL such as postgresql://user:password@host:5432/tokenbook",
});

const envSchema = z.object({
  DATABASE_URL: optional(postgresUrl),
  MIGRATION_DATABASE_URL: optional(postgresUrl),
  DATA_DIR: z.string().min(1, "a folder path").default("./data"),
  APP_URL: z
    .url({ protocol: /^https?$/, message: "a web address such as http://localhost:3000" })
    .default("http://localhost:3000")
    .transform((v) => v.replace(/\/+$/, "")),
  PORT: optional(
    z.coerce
      .number({ message: "a port number between 1 and 65535" })
      .int("a port number between 1 and 65535")
      .min(1, "a port number between 1 and 65535")
      .max(65535, "a port number between 1 and 65535"),
  ),
  AUTH_SECRET: optional(z.string().min(32, "at least 32 characters (or leave it unset to generate one)")),
  /** Encrypts chat and webhook addresses at rest; its own key, so rotating AUTH_SECRET loses nothing. */
  ENCRYPTION_KEY: optional(z.string().min(32, "at least 32 characters (or leave it unset to generate one)")),
  /** true: chat and webhook messages may go to private and loopback addresses (http allowed only to loopback). */
  WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: z
    .enum(["true", "false", ""], "true or false")
    .default("false")
    .transform((value) => value === "true"),
  SMTP_URL: optional(
    z.string().refine((v) => /^smtps?:\/\//.test(v) && URL.canParse(v), {
      message: "an SMTP address such as smtp://user:password@mail.example.com:587",
    }),
  ),
  MAIL_FROM: z
    .string()
    .min(3, "a sender such as Tokenbook <tokenbook@example.com>")
    .default("Tokenbook <tokenbook@localhost>"),
  ADMIN_EMAIL: optional(z.email({ message: "an email address such as it@example.com" })),
  OIDC_ISSUER: optional(z.url({ protocol: /^https?$/, message: "the web address of your single sign-on provider" })),
  OIDC_CLIENT_ID: optional(z.string()),
  OIDC_CLIENT_SECRET: optional(z.string()),
  OIDC_NAME: z.string().min(1).default("Single sign-on"),
  OIDC_TRUST_EMAIL: z
    .enum(["true", "false", ""], "true or false")
    .default("false")
    .transform((value) => value === "true"),
  /** JSON API calls each key may make per minute (shared by every instance). */
  API_REQUESTS_PER_MINUTE: z.coerce
    .number({ message: "a whole number of requests, such as 600" })
    .int("a whole number of requests, such as 600")
    .min(1, "at least 1")
    .default(600),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const parsed = parseTrustedProxies(value);
      if (parsed === undefined) {
        ctx.addIssue({
          code: "custom",
          message: "a number of proxies such as 1, or their addresses such as 10.0.0.0/8, 192.168.1.7",
        });
        return z.NEVER;
      }
      return parsed;
    }),
});

export type Env = z.infer<typeof envSchema> & { PORT: number; DATA_DIR: string };

export class EnvError extends Error {}

/** Reads and checks every setting once; a wrong value is one plain sentence naming it. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0]);
    throw new EnvError(`The setting ${name} is not valid: expected ${issue.message}.`);
  }
  const data = result.data;
  const port = data.PORT ?? (Number(new URL(data.APP_URL).port) || 3000);
  return { ...data, PORT: port, DATA_DIR: path.resolve(data.DATA_DIR) };
}

/** Set by Next itself: "development" under `npm run dev`. */
export const isDevelopment = process.env.NODE_ENV === "development";

let cached: Env | undefined;

export function env(): Env {
  cached ??= readEnv();
  return cached;
}
