-- Single sign-on tokens are no longer kept (lib/auth/adapter-without-provider-tokens.ts); drop any stored before.
UPDATE "accounts" SET "access_token" = NULL, "refresh_token" = NULL, "id_token" = NULL, "expires_at" = NULL, "session_state" = NULL
WHERE "access_token" IS NOT NULL OR "refresh_token" IS NOT NULL OR "id_token" IS NOT NULL OR "expires_at" IS NOT NULL OR "session_state" IS NOT NULL;
