CREATE TABLE "body_workings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"governance_model" "governance_model",
	"role" "body_role",
	"chair_type" "chair_type",
	"voting_arrangement" "voting_arrangement",
	"decision_rule" "decision_rule",
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "body_workings_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);--> statement-breakpoint
ALTER TABLE "body_aliases" DROP CONSTRAINT "body_aliases_body_alias_key";--> statement-breakpoint
-- An alias recorded before names had periods is taken to have been in use for as long as its body existed: the
-- registry knew no narrower period for it.
ALTER TABLE "body_aliases" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "body_aliases" ADD COLUMN "valid_to" date;--> statement-breakpoint
ALTER TABLE "body_aliases" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "body_aliases" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "body_aliases" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "body_workings" ADD CONSTRAINT "body_workings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_workings_body_id_idx" ON "body_workings" USING btree ("body_id");--> statement-breakpoint
UPDATE "body_aliases" a SET "valid_from" = b."valid_from", "valid_to" = b."valid_to"
  FROM "bodies" b WHERE b."id" = a."body_id";--> statement-breakpoint
ALTER TABLE "body_aliases" ALTER COLUMN "valid_from" SET NOT NULL;--> statement-breakpoint
-- The undated workings a body had become one dated row over the body's whole existence: what the registry held was
-- its only knowledge of them, so they are kept, and later changes are recorded from their dates.
INSERT INTO "body_workings" ("body_id", "governance_model", "role", "chair_type", "voting_arrangement", "decision_rule",
    "valid_from", "valid_to", "sources", "synthetic")
  SELECT b."id", b."governance_model", b."role", b."chair_type", b."voting_arrangement", b."decision_rule",
    b."valid_from", b."valid_to", b."sources", b."synthetic"
  FROM "bodies" b
  WHERE num_nonnulls(b."governance_model", b."role", b."chair_type", b."voting_arrangement", b."decision_rule") > 0;--> statement-breakpoint
-- One way of working at a time (DOMAIN.md §4 rule 14); drizzle-kit cannot express exclusion constraints.
ALTER TABLE "body_workings" ADD CONSTRAINT "body_workings_no_overlap"
  EXCLUDE USING gist ("body_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);--> statement-breakpoint
-- A name may be used again after a gap, never recorded twice for the same days.
ALTER TABLE "body_aliases" ADD CONSTRAINT "body_aliases_no_overlap"
  EXCLUDE USING gist ("body_id" WITH =, "alias" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);--> statement-breakpoint
ALTER TABLE "bodies" DROP COLUMN "governance_model";--> statement-breakpoint
ALTER TABLE "bodies" DROP COLUMN "role";--> statement-breakpoint
ALTER TABLE "bodies" DROP COLUMN "chair_type";--> statement-breakpoint
ALTER TABLE "bodies" DROP COLUMN "voting_arrangement";--> statement-breakpoint
ALTER TABLE "bodies" DROP COLUMN "decision_rule";--> statement-breakpoint
ALTER TABLE "body_aliases" ADD CONSTRAINT "body_aliases_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from);--> statement-breakpoint
CREATE TYPE "public"."scrutiny_kind" AS ENUM('CHILDREN_AND_YOUNG_PEOPLE', 'LOCAL_AUTHORITY', 'HEALTH');--> statement-breakpoint
CREATE TYPE "public"."post_kind" AS ENUM('LEAD_MEMBER', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'LEADER_OF_THE_COUNCIL', 'CHIEF_EXECUTIVE', 'LEAD_GP', 'INDEPENDENT_CHAIR', 'SECTOR_REPRESENTATIVE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."represented_sector" AS ENUM('SCHOOLS', 'COLLEGES', 'VOLUNTARY_AND_COMMUNITY', 'PRIVATE_SECTOR', 'PRIMARY_CARE', 'DISTRICT_COUNCILS', 'PARENTS_AND_CARERS', 'CHILDREN_AND_YOUNG_PEOPLE');--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "kind" "post_kind";--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "sector" "represented_sector";--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "represents" "represented_sector";--> statement-breakpoint
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
