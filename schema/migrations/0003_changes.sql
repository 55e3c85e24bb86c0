CREATE TABLE "changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject" text NOT NULL,
	"organisation_id" uuid,
	"operation" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"area_id" uuid,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "denied_writes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"denied_at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject" text NOT NULL,
	"organisation_id" uuid,
	"operation" text NOT NULL,
	"action" text NOT NULL,
	"target" text
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"subject" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_subject_key_pk" PRIMARY KEY("subject","key")
);
--> statement-breakpoint
ALTER TABLE "changes" ADD CONSTRAINT "changes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "changes" ADD CONSTRAINT "changes_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "denied_writes" ADD CONSTRAINT "denied_writes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "changes_record_id_changed_at_idx" ON "changes" USING btree ("record_id","changed_at");--> statement-breakpoint
CREATE INDEX "changes_area_id_changed_at_idx" ON "changes" USING btree ("area_id","changed_at");--> statement-breakpoint
CREATE INDEX "denied_writes_organisation_id_denied_at_idx" ON "denied_writes" USING btree ("organisation_id","denied_at");