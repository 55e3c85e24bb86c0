-- The change feed: every statement that records changes tells the listening API processes which, from inside its
-- own transaction, so PostgreSQL delivers the notice when (and only when) that transaction commits. Payloads are
-- change ids, 100 to a notice (about 3.7 kB, under PostgreSQL's 8000-byte limit); the listener reads the rest.
CREATE OR REPLACE FUNCTION notify_registry_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  batch text;
BEGIN
  FOR batch IN
    SELECT string_agg(id::text, ',') FROM (
      SELECT id, (row_number() OVER () - 1) / 100 AS chunk FROM inserted
    ) numbered GROUP BY chunk
  LOOP
    PERFORM pg_notify('registry_changes', batch);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER changes_notify_feed AFTER INSERT ON changes REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION notify_registry_changes();
