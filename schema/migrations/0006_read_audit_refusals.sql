CREATE TYPE "public"."read_result" AS ENUM('GRANTED', 'DENIED');--> statement-breakpoint
ALTER TABLE "read_audit" ALTER COLUMN "grounds" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "read_audit" ADD COLUMN "result" "read_result" DEFAULT 'GRANTED' NOT NULL;--> statement-breakpoint
ALTER TABLE "read_audit" ADD COLUMN "count" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "read_audit_refusals_per_hour_idx" ON "read_audit" USING btree ("subject","action","record_type","field","read_at") WHERE result = 'DENIED';