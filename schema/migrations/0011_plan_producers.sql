CREATE TABLE "plan_producers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"producer_organisation_id" uuid,
	"producer_body_id" uuid,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plan_producers_key" UNIQUE("plan_id","producer_organisation_id","producer_body_id"),
	CONSTRAINT "plan_producers_one_producer" CHECK (num_nonnulls(producer_organisation_id, producer_body_id) = 1)
);
--> statement-breakpoint
ALTER TABLE "plan_producers" ADD CONSTRAINT "plan_producers_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_producers" ADD CONSTRAINT "plan_producers_producer_organisation_id_organisations_id_fk" FOREIGN KEY ("producer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_producers" ADD CONSTRAINT "plan_producers_producer_body_id_bodies_id_fk" FOREIGN KEY ("producer_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_producers_plan_id_idx" ON "plan_producers" USING btree ("plan_id");