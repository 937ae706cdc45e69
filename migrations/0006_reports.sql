-- Reports (issue 11). Two facts about a consultation that later rows cannot tell reliably are kept on the row itself:
-- whether it started while nobody was on shift (the roster may be edited afterwards), and when a counselor first took it
-- (claimed_at is cleared on every requeue and hand-off). A trigger sets both, so every path that inserts or claims
-- (start, claim, hand-off accept, takeover, requeue) keeps them without each having to remember; a writer that sets
-- started_off_hours itself (the synthetic seeder) is left alone.
ALTER TABLE "consultations" ADD COLUMN "started_off_hours" boolean;
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "first_claimed_at" timestamp with time zone;
--> statement-breakpoint
CREATE FUNCTION hidamari_consultation_report_marks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW.started_off_hours IS NULL THEN
    -- The same rule as "open now" (server/src/shift/roster.rules.ts): an active counselor's or supervisor's shift covers the moment.
    NEW.started_off_hours := NOT EXISTS (
      SELECT 1 FROM shifts s JOIN staff st ON st.id = s.staff_id
       WHERE s.starts_at <= NEW.created_at AND s.ends_at > NEW.created_at
         AND s.role IN ('counselor', 'supervisor') AND st.active
    );
  END IF;
  IF NEW.first_claimed_at IS NULL AND NEW.claimed_at IS NOT NULL THEN
    NEW.first_claimed_at := NEW.claimed_at;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "consultations_report_marks" BEFORE INSERT OR UPDATE OF "claimed_at" ON "consultations"
  FOR EACH ROW EXECUTE FUNCTION hidamari_consultation_report_marks();
--> statement-breakpoint
-- Rows from before this migration: the first claim from the audit trail, off-hours from the roster as it stands.
UPDATE "consultations" c SET
  "first_claimed_at" = coalesce(
    (SELECT min(e.created_at) FROM consultation_events e WHERE e.consultation_id = c.id AND e.type = 'claimed'), c.claimed_at),
  "started_off_hours" = NOT EXISTS (
    SELECT 1 FROM shifts s JOIN staff st ON st.id = s.staff_id
     WHERE s.starts_at <= c.created_at AND s.ends_at > c.created_at AND s.role IN ('counselor', 'supervisor') AND st.active);
--> statement-breakpoint
-- Every report reads consultations by arrival time and escalations by the time they were raised.
CREATE INDEX "consultations_created_idx" ON "consultations" USING btree ("created_at");
--> statement-breakpoint
CREATE INDEX "escalations_created_idx" ON "escalations" USING btree ("created_at");
