-- Periods that must never overlap, enforced by the database itself (DOMAIN.md §4 rule 14).
-- drizzle-kit cannot express exclusion constraints, so they live in this hand-written migration.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "organisation_names" ADD CONSTRAINT "organisation_names_no_overlap"
  EXCLUDE USING gist ("organisation_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);
--> statement-breakpoint
ALTER TABLE "organisation_coverage" ADD CONSTRAINT "organisation_coverage_no_overlap"
  EXCLUDE USING gist ("organisation_id" WITH =, "area_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);
--> statement-breakpoint
ALTER TABLE "duty_statuses" ADD CONSTRAINT "duty_statuses_kind_no_overlap"
  EXCLUDE USING gist ("organisation_kind" WITH =, "regime" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)
  WHERE ("organisation_kind" IS NOT NULL);
--> statement-breakpoint
ALTER TABLE "duty_statuses" ADD CONSTRAINT "duty_statuses_organisation_no_overlap"
  EXCLUDE USING gist ("organisation_id" WITH =, "regime" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)
  WHERE ("organisation_id" IS NOT NULL);
--> statement-breakpoint
ALTER TABLE "body_legal_statuses" ADD CONSTRAINT "body_legal_statuses_no_overlap"
  EXCLUDE USING gist ("body_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);
--> statement-breakpoint
ALTER TABLE "post_holdings" ADD CONSTRAINT "post_holdings_one_holder_at_a_time"
  EXCLUDE USING gist ("post_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);
--> statement-breakpoint
-- A body has one chair at a time (004 ¶87).
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_one_chair_at_a_time"
  EXCLUDE USING gist ("body_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)
  WHERE ("role" = 'CHAIR');
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_post_seat_no_overlap"
  EXCLUDE USING gist ("body_id" WITH =, "member_post_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)
  WHERE ("member_post_id" IS NOT NULL);
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_seat_no_overlap"
  EXCLUDE USING gist ("body_id" WITH =, "member_person_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)
  WHERE ("member_person_id" IS NOT NULL);
--> statement-breakpoint
ALTER TABLE "accountability_lines" ADD CONSTRAINT "accountability_lines_no_duplicate"
  EXCLUDE USING gist (
    "kind" WITH =,
    (coalesce("from_body_id", "from_organisation_id")) WITH =,
    (coalesce("to_body_id", "to_organisation_id")) WITH =,
    daterange("valid_from", "valid_to", '[)') WITH &&
  );
