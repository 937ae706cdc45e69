CREATE TABLE "consultation_histories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"return_key_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_histories_return_key_hash_unique" UNIQUE("return_key_hash")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text NOT NULL,
	"audience" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"en_title" text,
	"en_description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_audience" CHECK ("offers"."audience" in ('self', 'family', 'all')),
	CONSTRAINT "offers_ends_after_start" CHECK ("offers"."ends_at" IS NULL OR "offers"."ends_at" > "offers"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid,
	"service_id" uuid,
	"staff_id" uuid,
	"kind" text NOT NULL,
	"prefecture" text NOT NULL,
	"municipality" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"prefecture" text NOT NULL,
	"municipality" text,
	"phone" text,
	"url" text,
	"hours" text,
	"description" text DEFAULT '' NOT NULL,
	"en_name" text,
	"en_description" text,
	"en_hours" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_kind" CHECK ("services"."kind" in ('hikikomori_center', 'youth_support_station', 'mental_health_center', 'ibasho', 'family_class', 'medical', 'other'))
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "history_id" uuid;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "preferred_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "preferred_mode" text;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "preferred_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "family_relationship" text;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "family_age_band" text;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "family_duration" text;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "family_hopes" text[];--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "kind" text DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "card" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offers_starts_idx" ON "offers" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "referrals_created_idx" ON "referrals" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "services_area_idx" ON "services" USING btree ("prefecture","municipality");--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_history_id_consultation_histories_id_fk" FOREIGN KEY ("history_id") REFERENCES "public"."consultation_histories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_preferred_staff_id_staff_id_fk" FOREIGN KEY ("preferred_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_history_idx" ON "consultations" USING btree ("history_id","created_at") WHERE history_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "consultations_preferred_idx" ON "consultations" USING btree ("preferred_until") WHERE status = 'queued' AND preferred_until IS NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_preferred_mode" CHECK ("consultations"."preferred_mode" IS NULL OR "consultations"."preferred_mode" in ('first', 'wait', 'message'));--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_kind" CHECK ("messages"."kind" in ('text', 'card') AND ("messages"."kind" = 'card') = ("messages"."card" IS NOT NULL));