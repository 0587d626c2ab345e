-- A watched job records each run in settings (every 5 and 10 minutes). No cached page shows a run, so
-- a run that only adds a success leaves the data version alone: cached pages and data then live out
-- their quarter hour instead of ending at every sweep. A failure still moves it, so the admins'
-- "reminders are failing" banner shows at once; the banner itself is read on every render.
DROP TRIGGER "bump_data_version" ON "settings";

CREATE CONSTRAINT TRIGGER "bump_data_version" AFTER INSERT OR DELETE ON "settings"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();

CREATE CONSTRAINT TRIGGER "bump_data_version_on_update" AFTER UPDATE ON "settings"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT (NEW."key" LIKE 'job-run:%' AND OLD."key" = NEW."key"
    AND OLD."value" -> 'lastFailureAt' IS NOT DISTINCT FROM NEW."value" -> 'lastFailureAt'))
  EXECUTE FUNCTION "bump_data_version"();
