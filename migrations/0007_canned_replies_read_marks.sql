CREATE TABLE "canned_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"owner_staff_id" uuid,
	"title" text NOT NULL,
	"shortcut" text DEFAULT '' NOT NULL,
	"body_ja" text DEFAULT '' NOT NULL,
	"body_en" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "canned_replies_scope_owner" CHECK (("scope" = 'center' AND "owner_staff_id" IS NULL) OR ("scope" = 'personal' AND "owner_staff_id" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "canned_replies" ADD CONSTRAINT "canned_replies_owner_staff_id_staff_id_fk" FOREIGN KEY ("owner_staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "canned_replies_owner_idx" ON "canned_replies" USING btree ("scope","owner_staff_id");
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "staff_read_seq" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "visitor_connected" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "visitor_presence_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "outcome_recorded_at" timestamp with time zone;
