-- One style of organisation code, {area}/{kind}[-{qualifier}] (README, "Organisation codes"). The codes the
-- sourced seed and the national generator used before are renamed, and each old code is kept as a REGISTRY_CODE identifier of its
-- organisation, from the organisation's start until 2026-12-03 (or its end, if earlier), so credentials and
-- filters naming an old code still find it. Newly seeded databases get the same rows from the seed. They are
-- marked synthetic, as everything is that no source states: the registry's own record.
--
-- ADD VALUE could not be used here: PostgreSQL refuses a new enum value in the transaction that added it, and
-- drizzle's migrator runs every pending migration in one. The type is made again with the value instead.
ALTER TABLE "organisation_identifiers" DROP CONSTRAINT "organisation_identifiers_one_holder_at_a_time";--> statement-breakpoint
ALTER TYPE "public"."identifier_scheme" RENAME TO "identifier_scheme_before_0016";--> statement-breakpoint
CREATE TYPE "public"."identifier_scheme" AS ENUM('ODS', 'GB_LAE', 'URN', 'UKPRN', 'CHARITY_NUMBER', 'COMPANY_NUMBER', 'GSS', 'OTHER', 'REGISTRY_CODE');--> statement-breakpoint
ALTER TABLE "organisation_identifiers" ALTER COLUMN "scheme" SET DATA TYPE "public"."identifier_scheme" USING "scheme"::text::"public"."identifier_scheme";--> statement-breakpoint
DROP TYPE "public"."identifier_scheme_before_0016";--> statement-breakpoint
ALTER TABLE "organisation_identifiers" ADD CONSTRAINT "organisation_identifiers_one_holder_at_a_time"
  EXCLUDE USING gist ("scheme" WITH =, "value" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);--> statement-breakpoint
-- An organisation already holding a new code (made by hand since) keeps it, and the old code is left where it is.
WITH "retired" ("old_code", "new_code") AS (VALUES
  ('cambridgeshire/acuteTrust', 'cambridgeshire/acute-trust'),
  ('cambridgeshire/jobcentrePlus', 'cambridgeshire/jobcentre-plus'),
  ('lancashire/acuteTrust', 'lancashire/acute-trust'),
  ('lancashire/jobcentrePlus', 'lancashire/jobcentre-plus'),
  ('lancashire/school-council/primary-1', 'lancashire/school-council-primary-1'),
  ('lancashire/school-council/primary-10', 'lancashire/school-council-primary-10'),
  ('lancashire/school-council/primary-11', 'lancashire/school-council-primary-11'),
  ('lancashire/school-council/primary-12', 'lancashire/school-council-primary-12'),
  ('lancashire/school-council/primary-2', 'lancashire/school-council-primary-2'),
  ('lancashire/school-council/primary-3', 'lancashire/school-council-primary-3'),
  ('lancashire/school-council/primary-4', 'lancashire/school-council-primary-4'),
  ('lancashire/school-council/primary-5', 'lancashire/school-council-primary-5'),
  ('lancashire/school-council/primary-6', 'lancashire/school-council-primary-6'),
  ('lancashire/school-council/primary-7', 'lancashire/school-council-primary-7'),
  ('lancashire/school-council/primary-8', 'lancashire/school-council-primary-8'),
  ('lancashire/school-council/primary-9', 'lancashire/school-council-primary-9'),
  ('lancashire/school-council/special-1', 'lancashire/school-council-special-1'),
  ('lancashire/school-council/special-2', 'lancashire/school-council-special-2'),
  ('lancashire/school-council/special-3', 'lancashire/school-council-special-3'),
  ('merton/acuteTrust', 'merton/acute-trust'),
  ('merton/jobcentrePlus', 'merton/jobcentre-plus'),
  ('org/berkshire-west-pct', 'reading/pct'),
  ('org/black-country-csip', 'walsall/black-country-csip'),
  ('org/metropolitan-police', 'merton/police'),
  ('org/serco', 'walsall/serco'),
  ('org/sutton-and-merton-pct', 'merton/pct'),
  ('org/west-midlands-police', 'walsall/police'),
  ('staffordshire/district-council/cannock-chase', 'staffordshire/district-council-cannock-chase'),
  ('staffordshire/district-council/east-staffordshire', 'staffordshire/district-council-east-staffordshire'),
  ('staffordshire/district-council/lichfield', 'staffordshire/district-council-lichfield'),
  ('staffordshire/district-council/newcastle-under-lyme', 'staffordshire/district-council-newcastle-under-lyme'),
  ('staffordshire/district-council/south-staffordshire', 'staffordshire/district-council-south-staffordshire'),
  ('staffordshire/district-council/stafford', 'staffordshire/district-council-stafford'),
  ('staffordshire/district-council/staffordshire-moorlands', 'staffordshire/district-council-staffordshire-moorlands'),
  ('staffordshire/district-council/tamworth', 'staffordshire/district-council-tamworth'),
  ('staffordshire/pct-before-2006/burntwood-lichfield-tamworth', 'staffordshire/pct-burntwood-lichfield-tamworth'),
  ('staffordshire/pct-before-2006/cannock-chase', 'staffordshire/pct-cannock-chase'),
  ('staffordshire/pct-before-2006/east-staffordshire', 'staffordshire/pct-east-staffordshire'),
  ('staffordshire/pct-before-2006/newcastle-under-lyme', 'staffordshire/pct-newcastle-under-lyme'),
  ('staffordshire/pct-before-2006/south-western-staffordshire', 'staffordshire/pct-south-western-staffordshire'),
  ('staffordshire/pct-before-2006/staffordshire-moorlands', 'staffordshire/pct-staffordshire-moorlands'),
  ('sunderland/jobcentrePlus', 'sunderland/jobcentre-plus'),
  ('torbay/acuteTrust', 'torbay/acute-trust'),
  ('torbay/jobcentrePlus', 'torbay/jobcentre-plus'),
  ('torbay/mentalHealthTrust', 'torbay/mental-health-trust')
), "renamed" AS (
  UPDATE "organisations" o SET "code" = r."new_code", "updated_at" = now(), "version" = o."version" + 1
    FROM "retired" r
   WHERE o."code" = r."old_code"
     AND NOT EXISTS (SELECT 1 FROM "organisations" taken WHERE taken."code" = r."new_code")
  RETURNING o."id", r."old_code", o."valid_from", o."valid_to"
)
INSERT INTO "organisation_identifiers" ("organisation_id", "scheme", "value", "valid_from", "valid_to", "synthetic")
SELECT "id", 'REGISTRY_CODE', "old_code", "valid_from",
       CASE WHEN "valid_to" IS NOT NULL AND "valid_to" < DATE '2026-12-03' THEN "valid_to" ELSE DATE '2026-12-03' END,
       true
  FROM "renamed"
 WHERE "valid_from" < DATE '2026-12-03';--> statement-breakpoint
-- The generated national data set keyed its codes by GSS code, force, region or nation ("E10000016|la",
-- "force|Kent|police"); they take the style by the rules of seeds/national/codes.ts, which a fresh national load
-- follows (test/organisation-codes-migration.test.ts holds the two together), and are kept as former codes the same way.
WITH "generated" AS (
  SELECT o."id", o."code", o."valid_from", o."valid_to", string_to_array(o."code", '|') AS p
    FROM "organisations" o
   WHERE o."synthetic"
     AND (o."code" ~ '^E[0-9]{8}[|]' OR o."code" ~ '^(force|sha)[|]' OR o."code" = 'cafcass' OR o."code" = 'fire|London')
), "named" AS (
  SELECT g."id", g."code" AS "old_code", g."valid_from", g."valid_to",
    CASE
      WHEN g."code" = 'cafcass' THEN 'england/cafcass'
      WHEN g."code" = 'fire|London' THEN 'london/fire-brigade'
      WHEN g.p[1] = 'force' THEN trim(both '-' from regexp_replace(lower(g.p[2]), '[^a-z0-9]+', '-', 'g')) || '/' || CASE g.p[3] WHEN 'police' THEN 'police-force' WHEN 'policeAuthority' THEN 'police-authority' WHEN 'probation' THEN 'probation-area' WHEN 'connexions' THEN 'connexions-partnership' WHEN 'lsc' THEN 'lsc-area' WHEN 'jobcentre' THEN 'jobcentre-plus-district' END
      WHEN g.p[1] = 'sha' THEN trim(both '-' from regexp_replace(lower(regexp_replace(g.p[2], '^NHS ', '')), '[^a-z0-9]+', '-', 'g')) || '/sha'
      WHEN a."kind" = 'DISTRICT' AND g.p[2] = 'council'
        THEN trim(both '-' from regexp_replace(lower(county."name"), '[^a-z0-9]+', '-', 'g')) || '/district-council-' || trim(both '-' from regexp_replace(lower(a."name"), '[^a-z0-9]+', '-', 'g'))
      WHEN g.p[2] = 'la'
        THEN trim(both '-' from regexp_replace(lower(a."name"), '[^a-z0-9]+', '-', 'g')) || CASE WHEN a."kind" = 'COUNTY' THEN '/county-council' ELSE '/council' END
      WHEN g.p[2] = 'pct'
        THEN trim(both '-' from regexp_replace(lower(a."name"), '[^a-z0-9]+', '-', 'g')) || '/pct' || coalesce('-' || lower(nullif(g.p[3], 'whole')), '')
          || coalesce('-' || lower(g.p[4]), '')
      ELSE trim(both '-' from regexp_replace(lower(a."name"), '[^a-z0-9]+', '-', 'g')) || '/' || regexp_replace(regexp_replace(regexp_replace(g.p[2], '^primary-([0-9]+)$', 'primary-school-\1'),
             '^high-([0-9]+)$', 'high-school-\1'), '^special$', 'special-school')
    END AS "new_code"
  FROM "generated" g
  LEFT JOIN "areas" a ON a."code" = g.p[1]
  LEFT JOIN "areas" county ON county."id" = a."parent_area_id"
), "renamed" AS (
  UPDATE "organisations" o SET "code" = n."new_code", "updated_at" = now(), "version" = o."version" + 1
    FROM "named" n
   WHERE o."id" = n."id" AND n."new_code" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "organisations" taken WHERE taken."code" = n."new_code")
  RETURNING o."id", n."old_code", o."valid_from", o."valid_to"
)
INSERT INTO "organisation_identifiers" ("organisation_id", "scheme", "value", "valid_from", "valid_to", "synthetic")
SELECT "id", 'REGISTRY_CODE', "old_code", "valid_from",
       CASE WHEN "valid_to" IS NOT NULL AND "valid_to" < DATE '2026-12-03' THEN "valid_to" ELSE DATE '2026-12-03' END,
       true
  FROM "renamed"
 WHERE "valid_from" < DATE '2026-12-03';
