CREATE TYPE "public"."ecm_outcome" AS ENUM('BE_HEALTHY', 'STAY_SAFE', 'ENJOY_AND_ACHIEVE', 'POSITIVE_CONTRIBUTION', 'ECONOMIC_WELLBEING');--> statement-breakpoint
CREATE TYPE "public"."area_kind" AS ENUM('COUNTY', 'DISTRICT', 'UNITARY', 'METROPOLITAN_BOROUGH', 'LONDON_BOROUGH', 'LOCALITY', 'SUB_REGION');--> statement-breakpoint
CREATE TYPE "public"."area_tier" AS ENUM('UPPER', 'LOWER', 'LOCAL');--> statement-breakpoint
CREATE TYPE "public"."region" AS ENUM('NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS', 'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST');--> statement-breakpoint
CREATE TYPE "public"."identifier_scheme" AS ENUM('ODS', 'GB_LAE', 'URN', 'UKPRN', 'CHARITY_NUMBER', 'COMPANY_NUMBER', 'GSS', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('LOCAL_AUTHORITY', 'DISTRICT_COUNCIL', 'POLICE_SERVICE', 'POLICE_AUTHORITY', 'PROBATION_SERVICE', 'YOUTH_OFFENDING_TEAM', 'STRATEGIC_HEALTH_AUTHORITY', 'PRIMARY_CARE_TRUST', 'CONNEXIONS', 'LEARNING_AND_SKILLS_COUNCIL', 'CHILDREN_YOUNG_PEOPLE_AND_FAMILIES', 'SCHOOL', 'ACADEMY', 'SIXTH_FORM_COLLEGE', 'FE_COLLEGE', 'PRIMARY_CARE_PROVIDER', 'NHS_TRUST', 'CARE_TRUST', 'OTHER_HEALTH_BODY', 'VOLUNTARY_AND_COMMUNITY', 'PRIVATE_SECTOR', 'JOBCENTRE_PLUS', 'FIRE_SERVICE', 'YOUTH_JUSTICE_BOARD', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."sector" AS ENUM('PUBLIC', 'VOLUNTARY_AND_COMMUNITY', 'PRIVATE');--> statement-breakpoint
CREATE TYPE "public"."succession_kind" AS ENUM('MERGER', 'SPLIT', 'ABSORBED', 'RENAMED', 'REPLACED');--> statement-breakpoint
CREATE TYPE "public"."duty_regime" AS ENUM('CA2004_S10', 'LAA_LSP');--> statement-breakpoint
CREATE TYPE "public"."duty_status_value" AS ENUM('DUTY_TO_COOPERATE', 'NAMED_PARTNER', 'PROPOSED_DUTY', 'NO_DUTY');--> statement-breakpoint
CREATE TYPE "public"."body_kind" AS ENUM('CHILDRENS_TRUST_BOARD', 'LSP', 'LSCB', 'CDRP', 'FOURTEEN_NINETEEN_PARTNERSHIP', 'LOCALITY_BOARD', 'DISTRICT_BOARD', 'EXECUTIVE_GROUP', 'THEME_SUB_GROUP', 'PERFORMANCE_BOARD', 'AREA_TEAM', 'AREA_CLUSTER', 'JOINT_COMMISSIONING_UNIT', 'SHADOW_BOARD', 'USER_GROUP', 'REFERENCE_GROUP', 'CLINICAL_GOVERNANCE_COMMITTEE', 'SCRUTINY_COMMITTEE', 'PATHFINDER', 'AREA_CHILD_PROTECTION_COMMITTEE', 'OTHER_THEMATIC_PARTNERSHIP');--> statement-breakpoint
CREATE TYPE "public"."body_level" AS ENUM('STRATEGIC', 'EXECUTIVE', 'OPERATIONAL');--> statement-breakpoint
CREATE TYPE "public"."body_role" AS ENUM('ADVISORY', 'DECISION_MAKING');--> statement-breakpoint
CREATE TYPE "public"."chair_type" AS ENUM('LEAD_MEMBER', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'LEADER_OF_THE_COUNCIL', 'CHIEF_EXECUTIVE', 'INDEPENDENT', 'ALTERNATING_LA_PCT', 'OTHER_PARTNER');--> statement-breakpoint
CREATE TYPE "public"."decision_rule" AS ENUM('UNANIMOUS', 'MAJORITY_PRESENT', 'CONSENSUS');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('TERMS_OF_REFERENCE', 'CONSTITUTION', 'PARTNERSHIP_AGREEMENT', 'PROTOCOL');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('DRAFT', 'ADOPTED', 'SUPERSEDED');--> statement-breakpoint
CREATE TYPE "public"."governance_model" AS ENUM('COLLABORATIVE_STRATEGIC_PARTNERSHIP', 'PARTNERSHIP_BY_LEGAL_AGREEMENT');--> statement-breakpoint
CREATE TYPE "public"."legal_status" AS ENUM('NON_LEGAL_PARTNERSHIP', 'UNINCORPORATED_ASSOCIATION', 'LEGAL_ENTITY', 'LEGAL_PARTNERSHIP', 'LIMITED_COMPANY', 'STATUTORY_BODY');--> statement-breakpoint
CREATE TYPE "public"."terms_of_reference_item" AS ENUM('CHAIR_AND_MEMBERS', 'DECISION_MAKING', 'MEMBERSHIP', 'COMMISSIONING', 'ALIGNMENT', 'RELATIONSHIPS', 'INFORMATION_SHARING', 'PROBITY_AND_INTERESTS', 'POOLING');--> statement-breakpoint
CREATE TYPE "public"."voting_arrangement" AS ENUM('ALL_MEMBERS', 'WEIGHTED_BY_SECTOR', 'BLOCK', 'CONSENSUS_ONLY');--> statement-breakpoint
CREATE TYPE "public"."person_category" AS ENUM('ADULT', 'YOUNG_PERSON', 'PARENT_REPRESENTATIVE');--> statement-breakpoint
CREATE TYPE "public"."constituency" AS ENUM('OWN_ORGANISATION', 'SECTOR', 'ALL_DISTRICTS', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('CHAIR', 'VICE_CHAIR', 'MEMBER', 'CO_OPTEE', 'ASSOCIATE', 'ATTENDEE');--> statement-breakpoint
CREATE TYPE "public"."accountability_kind" AS ENUM('ACCOUNTABLE_TO', 'REPORTS_TO', 'SUB_GROUP_OF', 'GUIDED_BY', 'ADVISES', 'FEEDS_INTO', 'MUST_CONSULT', 'CONSULTS', 'WORKS_WITH', 'SCRUTINISED_BY', 'HOSTED_BY', 'COMMISSIONED_BY', 'HELD_TO_ACCOUNT_BY');--> statement-breakpoint
CREATE TYPE "public"."decision_status" AS ENUM('RECOMMENDATION', 'DECIDED_UNDER_DELEGATION', 'RATIFIED', 'REJECTED_BY_PARTNER');--> statement-breakpoint
CREATE TYPE "public"."ratification_status" AS ENUM('PENDING', 'RATIFIED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."budget_kind" AS ENUM('POOLED', 'ALIGNED', 'LAA', 'SERVICE_LEVEL_AGREEMENT', 'JOINT_FUND');--> statement-breakpoint
CREATE TYPE "public"."legal_basis" AS ENUM('NHS_ACT_1977_S28A', 'HEALTH_ACT_1999_S31', 'CHILDREN_ACT_2004_S10', 'NHS_ACT_2006_S75', 'NONE');--> statement-breakpoint
CREATE TYPE "public"."resource_type" AS ENUM('MONEY', 'STAFF_TIME', 'BUILDINGS', 'EQUIPMENT', 'SECONDMENT', 'CO_LOCATION', 'JOINT_POST');--> statement-breakpoint
CREATE TYPE "public"."service_area" AS ENUM('HEALTH', 'CAMHS', 'SOCIAL_CARE', 'CROSS_SECTOR', 'EDUCATION', 'YOUTH_OFFENDING', 'EARLY_YEARS', 'ALL_SERVICES', 'CHILDRENS_FUND', 'CONNEXIONS', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."plan_kind" AS ENUM('CYPP', 'SCS', 'LAA', 'JSNA', 'JOINT_COMMISSIONING_STRATEGY', 'YOUTH_JUSTICE_PLAN', 'VISION_14_19');--> statement-breakpoint
CREATE TYPE "public"."plan_link_kind" AS ENUM('CONSISTENT_WITH', 'ALIGNED_WITH', 'INFORMED_BY');--> statement-breakpoint
CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "area_kind" NOT NULL,
	"tier" "area_tier" NOT NULL,
	"region" "region",
	"parent_area_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "areas_code_unique" UNIQUE("code"),
	CONSTRAINT "areas_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "organisation_coverage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "organisation_coverage_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "organisation_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"scheme" "identifier_scheme" NOT NULL,
	"value" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "organisation_identifiers_scheme_value_from_key" UNIQUE("scheme","value","valid_from"),
	CONSTRAINT "organisation_identifiers_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "organisation_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "organisation_names_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "organisation_successions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"predecessor_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"kind" "succession_kind" NOT NULL,
	"occurred_on" date NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "organisation_successions_pair_key" UNIQUE("predecessor_id","successor_id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"sector" "sector" NOT NULL,
	"area_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "organisations_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "duty_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_kind" "organisation_kind",
	"organisation_id" uuid,
	"regime" "duty_regime" NOT NULL,
	"status" "duty_status_value" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "duty_statuses_one_subject" CHECK (num_nonnulls(organisation_kind, organisation_id) = 1),
	CONSTRAINT "duty_statuses_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "body_kind" NOT NULL,
	"level" "body_level" NOT NULL,
	"area_id" uuid NOT NULL,
	"governance_model" "governance_model",
	"role" "body_role",
	"chair_type" "chair_type",
	"voting_arrangement" "voting_arrangement",
	"decision_rule" "decision_rule",
	"meeting_frequency" text,
	"established" date,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bodies_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "body_aliases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "body_aliases_body_alias_key" UNIQUE("body_id","alias")
);
--> statement-breakpoint
CREATE TABLE "body_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" "document_kind" NOT NULL,
	"title" text NOT NULL,
	"document_version" text NOT NULL,
	"status" "document_status" NOT NULL,
	"adopted_on" date,
	"covers" "terms_of_reference_item"[] DEFAULT '{}' NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "body_documents_version_key" UNIQUE("body_id","kind","document_version")
);
--> statement-breakpoint
CREATE TABLE "body_legal_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"status" "legal_status" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "body_legal_statuses_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "body_successions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"predecessor_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "body_successions_pair_key" UNIQUE("predecessor_id","successor_id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text,
	"category" "person_category" DEFAULT 'ADULT' NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "post_funders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"share_percent" numeric(5, 2),
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "post_funders_post_organisation_key" UNIQUE("post_id","organisation_id"),
	CONSTRAINT "post_funders_share_range" CHECK (share_percent IS NULL OR (share_percent > 0 AND share_percent <= 100))
);
--> statement-breakpoint
CREATE TABLE "post_holdings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "post_holdings_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"employer_id" uuid,
	"responsible_to_body_id" uuid,
	"senior" boolean DEFAULT false NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "posts_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "interest_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"interest" text NOT NULL,
	"declared_on" date NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"member_organisation_id" uuid,
	"member_post_id" uuid,
	"member_person_id" uuid,
	"on_behalf_of_id" uuid,
	"constituency" "constituency" DEFAULT 'OWN_ORGANISATION' NOT NULL,
	"role" "membership_role" DEFAULT 'MEMBER' NOT NULL,
	"voting_right" boolean DEFAULT true NOT NULL,
	"can_commit_resources" boolean,
	"commit_scope" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "memberships_has_member" CHECK (num_nonnulls(member_organisation_id, member_post_id, member_person_id) >= 1),
	CONSTRAINT "memberships_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "accountability_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "accountability_kind" NOT NULL,
	"from_body_id" uuid,
	"from_organisation_id" uuid,
	"to_body_id" uuid,
	"to_organisation_id" uuid,
	"note" text,
	"basis_document" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "accountability_lines_one_from" CHECK (num_nonnulls(from_body_id, from_organisation_id) = 1),
	CONSTRAINT "accountability_lines_one_to" CHECK (num_nonnulls(to_body_id, to_organisation_id) = 1),
	CONSTRAINT "accountability_lines_not_to_self" CHECK (coalesce(from_body_id, from_organisation_id) <> coalesce(to_body_id, to_organisation_id)),
	CONSTRAINT "accountability_lines_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"summary" text NOT NULL,
	"delegation_id" uuid,
	"status" "decision_status" NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "decisions_delegated_has_delegation" CHECK (status <> 'DECIDED_UNDER_DELEGATION' OR delegation_id IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"power_id" uuid NOT NULL,
	"delegator_organisation_id" uuid,
	"delegator_body_id" uuid,
	"delegate_body_id" uuid,
	"delegate_organisation_id" uuid,
	"scope" text NOT NULL,
	"instrument" text,
	"financial_limit" numeric(14, 2),
	"reserved_matters" text[] DEFAULT '{}' NOT NULL,
	"sub_delegation_allowed" boolean DEFAULT false NOT NULL,
	"parent_delegation_id" uuid,
	"decision_rule" "decision_rule",
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "delegations_one_delegator" CHECK (num_nonnulls(delegator_organisation_id, delegator_body_id) = 1),
	CONSTRAINT "delegations_one_delegate" CHECK (num_nonnulls(delegate_body_id, delegate_organisation_id) = 1),
	CONSTRAINT "delegations_financial_limit_positive" CHECK (financial_limit IS NULL OR financial_limit >= 0),
	CONSTRAINT "delegations_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "powers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL,
	"legal_source" text,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "powers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "ratifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" "ratification_status" DEFAULT 'PENDING' NOT NULL,
	"decided_on" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ratifications_decided_has_date" CHECK (status = 'PENDING' OR decided_on IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "budget_arrangements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "budget_kind" NOT NULL,
	"legal_basis" "legal_basis" DEFAULT 'NONE' NOT NULL,
	"area_id" uuid NOT NULL,
	"host_id" uuid,
	"governing_body_id" uuid,
	"service_areas" "service_area"[] DEFAULT '{}' NOT NULL,
	"outcomes" "ecm_outcome"[] DEFAULT '{}' NOT NULL,
	"agreement" text,
	"pre_dates_trust" boolean DEFAULT false NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "budget_arrangements_pool_has_host" CHECK (kind <> 'POOLED' OR host_id IS NOT NULL),
	CONSTRAINT "budget_arrangements_aligned_has_no_host" CHECK (kind <> 'ALIGNED' OR host_id IS NULL),
	CONSTRAINT "budget_arrangements_dates_in_order" CHECK (valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arrangement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"financial_year" text NOT NULL,
	"resource_type" "resource_type" DEFAULT 'MONEY' NOT NULL,
	"amount" numeric(14, 2),
	"share_band" text,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contributions_arrangement_partner_year_type_key" UNIQUE("arrangement_id","organisation_id","financial_year","resource_type"),
	CONSTRAINT "contributions_financial_year_format" CHECK (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
	CONSTRAINT "contributions_amount_not_negative" CHECK (amount IS NULL OR amount >= 0)
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"consultee_body_id" uuid,
	"consultee_organisation_id" uuid,
	"consulted_on" date NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "consultations_one_consultee" CHECK (num_nonnulls(consultee_body_id, consultee_organisation_id) = 1)
);
--> statement-breakpoint
CREATE TABLE "plan_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"linked_plan_id" uuid NOT NULL,
	"kind" "plan_link_kind" NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "plan_links_key" UNIQUE("plan_id","linked_plan_id","kind"),
	CONSTRAINT "plan_links_not_to_self" CHECK (plan_id <> linked_plan_id)
);
--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"description" text NOT NULL,
	"laa_indicator" text,
	"outcome" "ecm_outcome",
	"owner_body_id" uuid,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "plan_kind" NOT NULL,
	"title" text NOT NULL,
	"area_id" uuid NOT NULL,
	"owner_body_id" uuid,
	"period_start" date NOT NULL,
	"period_end" date,
	"adopted_on" date,
	"published_on" date,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plans_period_in_order" CHECK (period_end IS NULL OR period_end > period_start)
);
--> statement-breakpoint
CREATE TABLE "resource_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"amount" numeric(14, 2),
	"published" boolean DEFAULT false NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "resource_commitments_amount_not_negative" CHECK (amount IS NULL OR amount >= 0)
);
--> statement-breakpoint
CREATE TABLE "self_assessment_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"self_assessment_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"narrative" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "self_assessment_answers_key" UNIQUE("self_assessment_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "self_assessment_questions" (
	"id" text PRIMARY KEY NOT NULL,
	"group_code" text NOT NULL,
	"group_question" text NOT NULL,
	"parent_id" text,
	"ordinal" integer NOT NULL,
	"text" text NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"cycle" text NOT NULL,
	"completed_on" date,
	"published" boolean DEFAULT false NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "self_assessments_body_cycle_key" UNIQUE("body_id","cycle")
);
--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_parent_area_id_areas_id_fk" FOREIGN KEY ("parent_area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_coverage" ADD CONSTRAINT "organisation_coverage_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_coverage" ADD CONSTRAINT "organisation_coverage_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_identifiers" ADD CONSTRAINT "organisation_identifiers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_names" ADD CONSTRAINT "organisation_names_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_successions" ADD CONSTRAINT "organisation_successions_predecessor_id_organisations_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_successions" ADD CONSTRAINT "organisation_successions_successor_id_organisations_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_statuses" ADD CONSTRAINT "duty_statuses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_aliases" ADD CONSTRAINT "body_aliases_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_documents" ADD CONSTRAINT "body_documents_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_legal_statuses" ADD CONSTRAINT "body_legal_statuses_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_successions" ADD CONSTRAINT "body_successions_predecessor_id_bodies_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_successions" ADD CONSTRAINT "body_successions_successor_id_bodies_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_funders" ADD CONSTRAINT "post_funders_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_funders" ADD CONSTRAINT "post_funders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_holdings" ADD CONSTRAINT "post_holdings_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_holdings" ADD CONSTRAINT "post_holdings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_responsible_to_body_id_bodies_id_fk" FOREIGN KEY ("responsible_to_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_declarations" ADD CONSTRAINT "interest_declarations_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_member_organisation_id_organisations_id_fk" FOREIGN KEY ("member_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_member_post_id_posts_id_fk" FOREIGN KEY ("member_post_id") REFERENCES "public"."posts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_member_person_id_people_id_fk" FOREIGN KEY ("member_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_lines" ADD CONSTRAINT "accountability_lines_from_body_id_bodies_id_fk" FOREIGN KEY ("from_body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_lines" ADD CONSTRAINT "accountability_lines_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_lines" ADD CONSTRAINT "accountability_lines_to_body_id_bodies_id_fk" FOREIGN KEY ("to_body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_lines" ADD CONSTRAINT "accountability_lines_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_power_id_powers_id_fk" FOREIGN KEY ("power_id") REFERENCES "public"."powers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_delegator_organisation_id_organisations_id_fk" FOREIGN KEY ("delegator_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_delegator_body_id_bodies_id_fk" FOREIGN KEY ("delegator_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_delegate_body_id_bodies_id_fk" FOREIGN KEY ("delegate_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_delegate_organisation_id_organisations_id_fk" FOREIGN KEY ("delegate_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_parent_delegation_id_delegations_id_fk" FOREIGN KEY ("parent_delegation_id") REFERENCES "public"."delegations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratifications" ADD CONSTRAINT "ratifications_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratifications" ADD CONSTRAINT "ratifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_arrangements" ADD CONSTRAINT "budget_arrangements_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_arrangements" ADD CONSTRAINT "budget_arrangements_host_id_organisations_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_arrangements" ADD CONSTRAINT "budget_arrangements_governing_body_id_bodies_id_fk" FOREIGN KEY ("governing_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_arrangement_id_budget_arrangements_id_fk" FOREIGN KEY ("arrangement_id") REFERENCES "public"."budget_arrangements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_consultee_body_id_bodies_id_fk" FOREIGN KEY ("consultee_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_consultee_organisation_id_organisations_id_fk" FOREIGN KEY ("consultee_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_links" ADD CONSTRAINT "plan_links_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_links" ADD CONSTRAINT "plan_links_linked_plan_id_plans_id_fk" FOREIGN KEY ("linked_plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_owner_body_id_bodies_id_fk" FOREIGN KEY ("owner_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_owner_body_id_bodies_id_fk" FOREIGN KEY ("owner_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_commitments" ADD CONSTRAINT "resource_commitments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_commitments" ADD CONSTRAINT "resource_commitments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_answers" ADD CONSTRAINT "self_assessment_answers_self_assessment_id_self_assessments_id_fk" FOREIGN KEY ("self_assessment_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_answers" ADD CONSTRAINT "self_assessment_answers_question_id_self_assessment_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."self_assessment_questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "areas_parent_area_id_idx" ON "areas" USING btree ("parent_area_id");--> statement-breakpoint
CREATE INDEX "areas_name_idx" ON "areas" USING btree ("name");--> statement-breakpoint
CREATE INDEX "organisation_coverage_organisation_id_idx" ON "organisation_coverage" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_coverage_area_id_idx" ON "organisation_coverage" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "organisation_identifiers_organisation_id_idx" ON "organisation_identifiers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_names_organisation_id_idx" ON "organisation_names" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_successions_predecessor_id_idx" ON "organisation_successions" USING btree ("predecessor_id");--> statement-breakpoint
CREATE INDEX "organisation_successions_successor_id_idx" ON "organisation_successions" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "organisations_area_id_idx" ON "organisations" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_name_idx" ON "organisations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "duty_statuses_organisation_id_idx" ON "duty_statuses" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "bodies_area_id_idx" ON "bodies" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "bodies_kind_idx" ON "bodies" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "bodies_name_idx" ON "bodies" USING btree ("name");--> statement-breakpoint
CREATE INDEX "body_aliases_body_id_idx" ON "body_aliases" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "body_documents_body_id_idx" ON "body_documents" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "body_legal_statuses_body_id_idx" ON "body_legal_statuses" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "body_successions_predecessor_id_idx" ON "body_successions" USING btree ("predecessor_id");--> statement-breakpoint
CREATE INDEX "body_successions_successor_id_idx" ON "body_successions" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "post_funders_organisation_id_idx" ON "post_funders" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "post_holdings_post_id_idx" ON "post_holdings" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "post_holdings_person_id_idx" ON "post_holdings" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "posts_employer_id_idx" ON "posts" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "posts_responsible_to_body_id_idx" ON "posts" USING btree ("responsible_to_body_id");--> statement-breakpoint
CREATE INDEX "interest_declarations_membership_id_idx" ON "interest_declarations" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "memberships_body_id_idx" ON "memberships" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "memberships_member_organisation_id_idx" ON "memberships" USING btree ("member_organisation_id");--> statement-breakpoint
CREATE INDEX "memberships_member_post_id_idx" ON "memberships" USING btree ("member_post_id");--> statement-breakpoint
CREATE INDEX "memberships_member_person_id_idx" ON "memberships" USING btree ("member_person_id");--> statement-breakpoint
CREATE INDEX "memberships_on_behalf_of_id_idx" ON "memberships" USING btree ("on_behalf_of_id");--> statement-breakpoint
CREATE INDEX "accountability_lines_from_body_id_idx" ON "accountability_lines" USING btree ("from_body_id");--> statement-breakpoint
CREATE INDEX "accountability_lines_from_organisation_id_idx" ON "accountability_lines" USING btree ("from_organisation_id");--> statement-breakpoint
CREATE INDEX "accountability_lines_to_body_id_idx" ON "accountability_lines" USING btree ("to_body_id");--> statement-breakpoint
CREATE INDEX "accountability_lines_to_organisation_id_idx" ON "accountability_lines" USING btree ("to_organisation_id");--> statement-breakpoint
CREATE INDEX "decisions_body_id_idx" ON "decisions" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "decisions_delegation_id_idx" ON "decisions" USING btree ("delegation_id");--> statement-breakpoint
CREATE INDEX "delegations_power_id_idx" ON "delegations" USING btree ("power_id");--> statement-breakpoint
CREATE INDEX "delegations_delegator_organisation_id_idx" ON "delegations" USING btree ("delegator_organisation_id");--> statement-breakpoint
CREATE INDEX "delegations_delegator_body_id_idx" ON "delegations" USING btree ("delegator_body_id");--> statement-breakpoint
CREATE INDEX "delegations_delegate_body_id_idx" ON "delegations" USING btree ("delegate_body_id");--> statement-breakpoint
CREATE INDEX "delegations_delegate_organisation_id_idx" ON "delegations" USING btree ("delegate_organisation_id");--> statement-breakpoint
CREATE INDEX "delegations_parent_delegation_id_idx" ON "delegations" USING btree ("parent_delegation_id");--> statement-breakpoint
CREATE INDEX "ratifications_decision_id_idx" ON "ratifications" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "ratifications_organisation_id_idx" ON "ratifications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "budget_arrangements_area_id_idx" ON "budget_arrangements" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "budget_arrangements_host_id_idx" ON "budget_arrangements" USING btree ("host_id");--> statement-breakpoint
CREATE INDEX "budget_arrangements_governing_body_id_idx" ON "budget_arrangements" USING btree ("governing_body_id");--> statement-breakpoint
CREATE INDEX "contributions_organisation_id_idx" ON "contributions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "consultations_plan_id_idx" ON "consultations" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_links_linked_plan_id_idx" ON "plan_links" USING btree ("linked_plan_id");--> statement-breakpoint
CREATE INDEX "plan_targets_plan_id_idx" ON "plan_targets" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_targets_owner_body_id_idx" ON "plan_targets" USING btree ("owner_body_id");--> statement-breakpoint
CREATE INDEX "plans_area_id_idx" ON "plans" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "plans_owner_body_id_idx" ON "plans" USING btree ("owner_body_id");--> statement-breakpoint
CREATE INDEX "resource_commitments_plan_id_idx" ON "resource_commitments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "resource_commitments_organisation_id_idx" ON "resource_commitments" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "self_assessment_answers_question_id_idx" ON "self_assessment_answers" USING btree ("question_id");