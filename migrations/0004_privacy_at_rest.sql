-- Privacy at rest (issue 9). Message bodies, previews and notes are sealed by the server (AES-256-GCM, server/src/crypto)
-- before they reach these columns; nothing here sees plain text. This migration adds the lifecycle around them.
-- The retention purge ends a closed consultation's tokens: the hashes may now be NULL (a NULL matches no token).
ALTER TABLE "consultations" ALTER COLUMN "visitor_token_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ALTER COLUMN "resume_code_hash" DROP NOT NULL;--> statement-breakpoint
-- When the content went (retention purge or the visitor's own deletion); the row stays for anonymous statistics.
ALTER TABLE "consultations" ADD COLUMN "content_purged_at" timestamp with time zone;--> statement-breakpoint
-- What the purge still has to do: closed, not purged, oldest first.
CREATE INDEX "consultations_purge_idx" ON "consultations" USING btree ("closed_at") WHERE status = 'closed' AND content_purged_at IS NULL;--> statement-breakpoint
-- The queue's preview is conversation content that only the queue needs: it goes when the consultation closes, on
-- every close path (visitor, counselor, sweeper, any added later), which a trigger guarantees where code could forget.
CREATE FUNCTION "hidamari_clear_preview_on_close"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.preview := NULL;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "consultations_clear_preview_on_close" BEFORE UPDATE OF "status" ON "consultations"
  FOR EACH ROW WHEN (NEW.status = 'closed') EXECUTE FUNCTION "hidamari_clear_preview_on_close"();--> statement-breakpoint
-- Closed before this migration: their previews go now.
UPDATE "consultations" SET "preview" = NULL WHERE "status" = 'closed' AND "preview" IS NOT NULL;
