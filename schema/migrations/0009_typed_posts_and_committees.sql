CREATE TYPE "public"."scrutiny_kind" AS ENUM('CHILDREN_AND_YOUNG_PEOPLE', 'LOCAL_AUTHORITY', 'HEALTH');--> statement-breakpoint
CREATE TYPE "public"."post_kind" AS ENUM('LEAD_MEMBER', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'LEADER_OF_THE_COUNCIL', 'CHIEF_EXECUTIVE', 'LEAD_GP', 'INDEPENDENT_CHAIR', 'SECTOR_REPRESENTATIVE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."represented_sector" AS ENUM('SCHOOLS', 'COLLEGES', 'VOLUNTARY_AND_COMMUNITY', 'PRIVATE_SECTOR', 'PRIMARY_CARE', 'DISTRICT_COUNCILS', 'PARENTS_AND_CARERS', 'CHILDREN_AND_YOUNG_PEOPLE');--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "scrutiny_kind" "scrutiny_kind";--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "kind" "post_kind";--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "sector" "represented_sector";--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "represents" "represented_sector";--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_scrutiny_kind_of_committee" CHECK (scrutiny_kind IS NULL OR kind = 'SCRUTINY_COMMITTEE');--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_sector_of_sector_post" CHECK (sector IS NULL OR kind = 'SECTOR_REPRESENTATIVE');--> statement-breakpoint
-- Records made before these were typed said them only in titles and names: read once here, from the forms the
-- registry's own seeds and forms wrote, so that no figure or rule need read a title again.
UPDATE "posts" SET "kind" = CASE
    WHEN "title" LIKE 'Lead Member for Children''s Services%' THEN 'LEAD_MEMBER'
    WHEN "title" LIKE 'Director of Children''s Services%' THEN 'DIRECTOR_OF_CHILDRENS_SERVICES'
    WHEN "title" LIKE 'Leader of the Council%' THEN 'LEADER_OF_THE_COUNCIL'
    WHEN "title" LIKE 'Chief Executive%' THEN 'CHIEF_EXECUTIVE'
    WHEN "title" LIKE 'Lead GP%' THEN 'LEAD_GP'
    WHEN "title" LIKE 'Independent Chair%' THEN 'INDEPENDENT_CHAIR'
  END::"post_kind"
  WHERE "kind" IS NULL;--> statement-breakpoint
UPDATE "bodies" SET "scrutiny_kind" = CASE
    WHEN "name" LIKE '%Children and Young People%Scrutiny%' THEN 'CHILDREN_AND_YOUNG_PEOPLE'
    WHEN "name" LIKE '%Health Overview and Scrutiny%' THEN 'HEALTH'
    WHEN "name" LIKE '%Overview and Scrutiny%' THEN 'LOCAL_AUTHORITY'
  END::"scrutiny_kind"
  WHERE "kind" = 'SCRUTINY_COMMITTEE' AND "scrutiny_kind" IS NULL;--> statement-breakpoint
-- A seat for a sector speaks for the sector of the organisation it is held for; one for all districts, for them.
UPDATE "memberships" m SET "represents" = CASE
    WHEN m."constituency" = 'ALL_DISTRICTS' THEN 'DISTRICT_COUNCILS'
    WHEN o."kind" IN ('SCHOOL', 'ACADEMY') THEN 'SCHOOLS'
    WHEN o."kind" IN ('FE_COLLEGE', 'SIXTH_FORM_COLLEGE') THEN 'COLLEGES'
    WHEN o."kind" = 'VOLUNTARY_AND_COMMUNITY' THEN 'VOLUNTARY_AND_COMMUNITY'
    WHEN o."kind" = 'PRIVATE_SECTOR' THEN 'PRIVATE_SECTOR'
    WHEN o."kind" = 'PRIMARY_CARE_PROVIDER' THEN 'PRIMARY_CARE'
  END::"represented_sector"
  FROM "memberships" s LEFT JOIN "organisations" o ON o."id" = coalesce(s."on_behalf_of_id", s."member_organisation_id")
  WHERE s."id" = m."id" AND m."constituency" IN ('SECTOR', 'ALL_DISTRICTS');--> statement-breakpoint
UPDATE "posts" p SET "kind" = 'SECTOR_REPRESENTATIVE', "sector" = m."represents"
  FROM "memberships" m
  WHERE m."member_post_id" = p."id" AND m."constituency" = 'SECTOR' AND m."represents" IS NOT NULL
    AND p."kind" IS NULL;
