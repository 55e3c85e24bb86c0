CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"label" text NOT NULL,
	"key_hash" text NOT NULL,
	"can_write" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "read_audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject" text NOT NULL,
	"organisation_id" uuid,
	"action" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"field" text NOT NULL,
	"grounds" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "read_audit" ADD CONSTRAINT "read_audit_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_organisation_id_idx" ON "api_keys" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "read_audit_organisation_id_read_at_idx" ON "read_audit" USING btree ("organisation_id","read_at");--> statement-breakpoint
CREATE INDEX "read_audit_record_id_idx" ON "read_audit" USING btree ("record_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_code_unique" UNIQUE("code");