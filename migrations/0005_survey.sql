CREATE TABLE "survey_questions" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"text_ja" text NOT NULL,
	"text_en" text NOT NULL,
	"position" integer NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_questions_kind" CHECK ("survey_questions"."kind" in ('scale', 'yesno', 'text'))
);
--> statement-breakpoint
CREATE TABLE "survey_submissions" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submitted_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"response_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"value_number" integer,
	"value_bool" boolean,
	"value_text" text,
	CONSTRAINT "survey_answers_response_id_question_id_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
ALTER TABLE "survey_submissions" ADD CONSTRAINT "survey_submissions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_responses_submitted_on_idx" ON "survey_responses" USING btree ("submitted_on");--> statement-breakpoint
CREATE INDEX "survey_answers_question_idx" ON "survey_answers" USING btree ("question_id");--> statement-breakpoint
INSERT INTO "survey_questions" ("id", "kind", "text_ja", "text_en", "position") VALUES
	('helpful', 'scale', '今日の相談は、お役に立ちましたか？', 'Did today''s conversation help you?', 1),
	('safe', 'yesno', '安心してお話しできましたか？', 'Did you feel safe talking here?', 2),
	('again', 'yesno', 'また利用したいと思いますか？', 'Would you use this service again?', 3),
	('comment', 'text', 'ほかに伝えたいことがあれば、自由にお書きください。', 'Anything else you would like to tell us? Feel free to write it here.', 4);
