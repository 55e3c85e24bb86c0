CREATE TYPE "public"."nomination_status" AS ENUM('PROPOSED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN');--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"member_organisation_id" uuid,
	"member_person_id" uuid,
	"on_behalf_of_id" uuid,
	"role" "membership_role" DEFAULT 'MEMBER' NOT NULL,
	"constituency" "constituency" DEFAULT 'OWN_ORGANISATION' NOT NULL,
	"voting_right" boolean DEFAULT true NOT NULL,
	"can_commit_resources" boolean,
	"commit_scope" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"status" "nomination_status" DEFAULT 'PROPOSED' NOT NULL,
	"proposed_on" date NOT NULL,
	"proposed_by_organisation_id" uuid NOT NULL,
	"proposed_by" text NOT NULL,
	"decided_on" date,
	"decided_by_organisation_id" uuid,
	"decided_by" text,
	"membership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "nominations_one_member" CHECK (num_nonnulls(member_organisation_id, member_person_id) = 1),
	CONSTRAINT "nominations_decided_when_not_proposed" CHECK ((status = 'PROPOSED') = (decided_on IS NULL)),
	CONSTRAINT "nominations_confirmed_has_seat" CHECK (status <> 'CONFIRMED' OR membership_id IS NOT NULL),
	CONSTRAINT "nominations_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_member_organisation_id_organisations_id_fk" FOREIGN KEY ("member_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_member_person_id_people_id_fk" FOREIGN KEY ("member_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_proposed_by_organisation_id_organisations_id_fk" FOREIGN KEY ("proposed_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_decided_by_organisation_id_organisations_id_fk" FOREIGN KEY ("decided_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "nominations_body_id_idx" ON "nominations" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "nominations_member_organisation_id_idx" ON "nominations" USING btree ("member_organisation_id");--> statement-breakpoint
CREATE INDEX "nominations_member_person_id_idx" ON "nominations" USING btree ("member_person_id");--> statement-breakpoint
CREATE INDEX "nominations_proposed_by_organisation_id_idx" ON "nominations" USING btree ("proposed_by_organisation_id");--> statement-breakpoint
CREATE INDEX "nominations_decided_by_organisation_id_idx" ON "nominations" USING btree ("decided_by_organisation_id");--> statement-breakpoint
CREATE INDEX "nominations_on_behalf_of_id_idx" ON "nominations" USING btree ("on_behalf_of_id");--> statement-breakpoint
CREATE INDEX "nominations_membership_id_idx" ON "nominations" USING btree ("membership_id");