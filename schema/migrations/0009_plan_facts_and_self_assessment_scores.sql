CREATE TYPE "public"."consultee_group" AS ENUM('CHILDREN_AND_YOUNG_PEOPLE', 'PARENTS_AND_CARERS', 'FRONT_LINE_PROVIDERS', 'LOCAL_COMMUNITIES');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('PLANNED', 'IN_PREPARATION', 'IN_PLACE', 'SUPERSEDED');--> statement-breakpoint
CREATE TABLE "plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"reviewing_body_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"published_on" date,
	"summary" text,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plan_reviews_plan_day_key" UNIQUE("plan_id","reviewed_on"),
	CONSTRAINT "plan_reviews_published_after_review" CHECK (published_on IS NULL OR published_on >= reviewed_on)
);
--> statement-breakpoint
CREATE TABLE "plan_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"status" "plan_status" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plan_statuses_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
ALTER TABLE "consultations" DROP CONSTRAINT "consultations_one_consultee";--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "consultee_group" "consultee_group";--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "consultee_description" text;--> statement-breakpoint
ALTER TABLE "plan_links" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_links" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_links" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD COLUMN "measure" text;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD COLUMN "target_value" numeric(14, 4);--> statement-breakpoint
ALTER TABLE "plan_targets" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "self_assessment_answers" ADD COLUMN "score" integer;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_reviewing_body_id_bodies_id_fk" FOREIGN KEY ("reviewing_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_statuses" ADD CONSTRAINT "plan_statuses_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_reviews_plan_id_idx" ON "plan_reviews" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_reviews_reviewing_body_id_idx" ON "plan_reviews" USING btree ("reviewing_body_id");--> statement-breakpoint
CREATE INDEX "plan_statuses_plan_id_idx" ON "plan_statuses" USING btree ("plan_id");--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_one_consultee" CHECK (num_nonnulls(consultee_body_id, consultee_organisation_id, consultee_group) = 1);--> statement-breakpoint
ALTER TABLE "self_assessment_answers" ADD CONSTRAINT "self_assessment_answers_score_on_scale" CHECK (score IS NULL OR score BETWEEN 1 AND 4);