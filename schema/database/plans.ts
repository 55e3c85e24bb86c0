import { sql } from 'drizzle-orm';
import { boolean, check, date, index, numeric, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { bodies } from './bodies';
import { datesInOrder, id, provenance, recorded, validity } from './columns';
import { ecmOutcome } from './outcomes';
import { organisations } from './organisations';

export const planKind = pgEnum('plan_kind', [
  'CYPP',
  'SCS',
  'LAA',
  'JSNA',
  'JOINT_COMMISSIONING_STRATEGY',
  'YOUTH_JUSTICE_PLAN',
  'VISION_14_19',
]);

/** The CYPP must be consistent with the SCS and LAA; the Youth Justice Plan aligned with the CYPP (001 App. 1). */
export const planLinkKind = pgEnum('plan_link_kind', ['CONSISTENT_WITH', 'ALIGNED_WITH', 'INFORMED_BY']);

/**
 * Where a plan stands: planned ("a further 40 per cent planning to develop them during 2008/09", 003 ¶94), in
 * preparation (consultation "during the preparation of the CYPP", 001 App. 1; 003 ¶72), in place (001 ¶5, ¶8),
 * superseded by a later plan.
 */
export const planStatus = pgEnum('plan_status', ['PLANNED', 'IN_PREPARATION', 'IN_PLACE', 'SUPERSEDED']);

/**
 * Consultees that are not organisations: children and young people (003 ¶72), parents and carers (001 App. 1;
 * 003 Ch.6 D3), front-line providers (001 App. 1), local communities (003 Ch.6 D2). Groups, never named people:
 * under-18s are recorded by role only (DOMAIN.md §8; 004 Box 2.3).
 */
export const consulteeGroup = pgEnum('consultee_group', [
  'CHILDREN_AND_YOUNG_PEOPLE',
  'PARENTS_AND_CARERS',
  'FRONT_LINE_PROVIDERS',
  'LOCAL_COMMUNITIES',
]);

export const plans = pgTable(
  'plans',
  {
    id: id(),
    kind: planKind('kind').notNull(),
    title: text('title').notNull(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'restrict' }),
    ownerBodyId: uuid('owner_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    publishedOn: date('published_on', { mode: 'string' }),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('plans_area_id_idx').on(t.areaId),
    index('plans_owner_body_id_idx').on(t.ownerBodyId),
    check('plans_period_in_order', sql`period_end IS NULL OR period_end > period_start`),
  ],
);

export const planLinks = pgTable(
  'plan_links',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    linkedPlanId: uuid('linked_plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kind: planLinkKind('kind').notNull(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('plan_links_linked_plan_id_idx').on(t.linkedPlanId),
    unique('plan_links_key').on(t.planId, t.linkedPlanId, t.kind),
    check('plan_links_not_to_self', sql`plan_id <> linked_plan_id`),
  ],
);

/** The trust "must" consult the LSCB on the CYPP (001 App. 1). */
export const consultations = pgTable(
  'consultations',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    consulteeBodyId: uuid('consultee_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    consulteeOrganisationId: uuid('consultee_organisation_id').references(() => organisations.id, {
      onDelete: 'restrict',
    }),
    consulteeGroup: consulteeGroup('consultee_group'),
    /** How the group was reached, in words (a youth council, a parents' forum, a survey); never a child's name. */
    consulteeDescription: text('consultee_description'),
    consultedOn: date('consulted_on', { mode: 'string' }).notNull(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('consultations_plan_id_idx').on(t.planId),
    check(
      'consultations_one_consultee',
      sql`num_nonnulls(consultee_body_id, consultee_organisation_id, consultee_group) = 1`,
    ),
  ],
);

/** Partners commit "and made public, the level of resources needed for its delivery" (001 ¶5). */
export const resourceCommitments = pgTable(
  'resource_commitments',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    description: text('description').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }),
    published: boolean('published').notNull().default(false),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('resource_commitments_plan_id_idx').on(t.planId),
    index('resource_commitments_organisation_id_idx').on(t.organisationId),
    check('resource_commitments_amount_not_negative', sql`amount IS NULL OR amount >= 0`),
  ],
);

/**
 * A plan target, linked to an LAA indicator and an ECM outcome, owned by a sub-group: what is measured, the value to
 * reach and the day it is due (an LAA has "up to 35 targets", 003 ¶39; the annual review reports progress against
 * the plan, 001 App. 1).
 */
export const planTargets = pgTable(
  'plan_targets',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    laaIndicator: text('laa_indicator'),
    outcome: ecmOutcome('outcome'),
    ownerBodyId: uuid('owner_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    measure: text('measure'),
    targetValue: numeric('target_value', { precision: 14, scale: 4 }),
    dueOn: date('due_on', { mode: 'string' }),
    ...provenance(),
    ...recorded(),
  },
  (t) => [index('plan_targets_plan_id_idx').on(t.planId), index('plan_targets_owner_body_id_idx').on(t.ownerBodyId)],
);

/** Where a plan stands, as a dated fact: no two statuses of a plan overlap (the database holds this). */
export const planStatuses = pgTable(
  'plan_statuses',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    status: planStatus('status').notNull(),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [index('plan_statuses_plan_id_idx').on(t.planId), datesInOrder('plan_statuses')],
);

/**
 * "The CYPP and the annual review must be published… the annual review of the plan provides an update on progress
 * against it" (001 App. 1): a review of a plan, by the body that reviewed it, on a date.
 */
export const planReviews = pgTable(
  'plan_reviews',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    reviewingBodyId: uuid('reviewing_body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    publishedOn: date('published_on', { mode: 'string' }),
    summary: text('summary'),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('plan_reviews_plan_id_idx').on(t.planId),
    index('plan_reviews_reviewing_body_id_idx').on(t.reviewingBodyId),
    unique('plan_reviews_plan_day_key').on(t.planId, t.reviewedOn),
    check('plan_reviews_published_after_review', sql`published_on IS NULL OR published_on >= reviewed_on`),
  ],
);

/**
 * Who produced a plan, where a source names its authors: Walsall's joint commissioning strategy was produced by
 * "the local authority, West Midlands Police, Serco …, the Children's Safeguarding Board, the LSP, Walsall Voluntary
 * Action, the PCT, and the Black Country Children's Services Improvement Partnership" (003 Fig 15). A producer is
 * an organisation or a body.
 */
export const planProducers = pgTable(
  'plan_producers',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    producerOrganisationId: uuid('producer_organisation_id').references(() => organisations.id, {
      onDelete: 'restrict',
    }),
    producerBodyId: uuid('producer_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('plan_producers_plan_id_idx').on(t.planId),
    check('plan_producers_one_producer', sql`num_nonnulls(producer_organisation_id, producer_body_id) = 1`),
    unique('plan_producers_key').on(t.planId, t.producerOrganisationId, t.producerBodyId),
  ],
);
