-- A plan stands in one status at a time (DOMAIN.md §4 rule 14); drizzle-kit cannot express exclusion constraints.
ALTER TABLE "plan_statuses" ADD CONSTRAINT "plan_statuses_no_overlap"
  EXCLUDE USING gist ("plan_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);
