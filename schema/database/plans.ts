import { sql } from 'drizzle-orm';
import { boolean, check, date, index, numeric, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { bodies } from './bodies';
import { id, provenance, recorded } from './columns';
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
    consultedOn: date('consulted_on', { mode: 'string' }).notNull(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('consultations_plan_id_idx').on(t.planId),
    check('consultations_one_consultee', sql`num_nonnulls(consultee_body_id, consultee_organisation_id) = 1`),
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

/** A plan target, linked to an LAA indicator and an ECM outcome, owned by a sub-group. */
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
    ...provenance(),
    ...recorded(),
  },
  (t) => [index('plan_targets_plan_id_idx').on(t.planId), index('plan_targets_owner_body_id_idx').on(t.ownerBodyId)],
);
