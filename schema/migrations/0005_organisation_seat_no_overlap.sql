-- An organisation sitting in its own right (no post or person to tell its seats apart) holds one seat on a body at a
-- time. The service used to check this by reading first, which concurrent appointments slipped past; the database
-- now refuses the second seat whatever the timing. drizzle-kit cannot express exclusion constraints.
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_seat_no_overlap"
  EXCLUDE USING gist ("body_id" WITH =, "member_organisation_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)
  WHERE ("member_organisation_id" IS NOT NULL AND "member_post_id" IS NULL AND "member_person_id" IS NULL);
