-- What a scrutiny committee scrutinises (003 ¶149), typed; in a migration of its own, since drizzle-kit would
-- otherwise take the new column for a rename of the workings columns the previous one drops.
ALTER TABLE "bodies" ADD COLUMN "scrutiny_kind" "scrutiny_kind";--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_scrutiny_kind_of_committee" CHECK (scrutiny_kind IS NULL OR kind = 'SCRUTINY_COMMITTEE');--> statement-breakpoint
UPDATE "bodies" SET "scrutiny_kind" = CASE
    WHEN "name" LIKE '%Children and Young People%Scrutiny%' THEN 'CHILDREN_AND_YOUNG_PEOPLE'
    WHEN "name" LIKE '%Health Overview and Scrutiny%' THEN 'HEALTH'
    WHEN "name" LIKE '%Overview and Scrutiny%' THEN 'LOCAL_AUTHORITY'
  END::"scrutiny_kind"
  WHERE "kind" = 'SCRUTINY_COMMITTEE' AND "scrutiny_kind" IS NULL;
