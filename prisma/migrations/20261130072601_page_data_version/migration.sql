-- CreateTable
CREATE TABLE "data_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "data_version" ADD CONSTRAINT "data_version_one_row" CHECK ("id");
INSERT INTO "data_version" ("id", "version") VALUES (true, 0);

-- Moves the counter once per transaction, at its commit (the triggers below are deferred), so a page
-- that reads the counter and then its data never files old data under a new counter, and the counter's
-- row is every writer's last lock: writers wait for each other only while committing, never in a cycle.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('tokenbook.data_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('tokenbook.data_version_bumped', 'yes', true);
    UPDATE "data_version" SET "version" = "version" + 1;
  END IF;
  RETURN NULL;
END $$;

-- Every table but the counter itself and the ones no cached page shows: sign-in records, sessions
-- and rate-limit counts (written on every sign-in or API call). A new table gets the same two
-- triggers in its migration; lib/page-cache/data-version-triggers.test.ts checks it.
DO $$
DECLARE tbl text;
BEGIN
  FOR tbl IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
    AND tablename NOT IN ('data_version', '_prisma_migrations', 'sessions', 'verification_tokens', 'sign_in_attempts', 'api_rate_limits')
  LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER "bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"()', tbl);
    EXECUTE format('CREATE TRIGGER "bump_data_version_on_truncate" AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()', tbl);
  END LOOP;
END $$;
