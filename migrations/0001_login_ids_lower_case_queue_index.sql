-- The queue index in the order a plain `ORDER BY risk_rank DESC, priority DESC, created_at, id` asks for (NULLS FIRST
-- is DESC's default); ordered NULLS LAST, reading the head of the queue was a full scan and a sort.
DROP INDEX "consultations_queue_idx";--> statement-breakpoint
CREATE INDEX "consultations_queue_idx" ON "consultations" USING btree ("risk_rank" DESC NULLS FIRST,"priority" DESC NULLS FIRST,"created_at","id") WHERE status = 'queued';--> statement-breakpoint
-- Login ids become case-insensitive: stored lower-cased, which the unique constraint then keeps unique regardless of case.
-- Ids that differ only in case (possible before) cannot all become one: the one already in lower case (else the oldest)
-- keeps it, and each other one gets a dot and the start of its row id (its admin has to pass the new id on), so the
-- migration never fails on existing data. This runs first, so the lower-casing below can collide with nothing.
WITH ranked AS (
  SELECT id, row_number() OVER (PARTITION BY lower(login_id) ORDER BY (login_id = lower(login_id)) DESC, created_at, id) AS n
    FROM "staff"
)
UPDATE "staff" s SET login_id = lower(s.login_id) || '.' || left(s.id::text, 8), updated_at = now()
  FROM ranked r WHERE r.id = s.id AND r.n > 1;--> statement-breakpoint
UPDATE "staff" SET login_id = lower(login_id), updated_at = now() WHERE login_id <> lower(login_id);--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_login_id_lower" CHECK ("staff"."login_id" = lower("staff"."login_id"));