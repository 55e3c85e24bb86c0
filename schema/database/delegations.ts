import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  numeric,
  pgEnum,
  pgTable,
  text,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { bodies, decisionRule } from './bodies';
import { datesInOrder, id, provenance, recorded, validity } from './columns';
import { organisations } from './organisations';

/** A decision power a partner holds in law, e.g. commissioning CAMHS under s31 Health Act 1999. */
export const powers = pgTable('powers', {
  id: id(),
  code: text('code').notNull().unique(),
  description: text('description').notNull(),
  legalSource: text('legal_source'),
  ...provenance(),
  ...recorded(),
});

/**
 * A power passed from a delegator (a partner, or a body holding it by delegation) to a delegate body or
 * organisation. Reserved matters are those "that could only be made by the full council or primary care trust
 * executive board" (004 ¶75).
 */
export const delegations = pgTable(
  'delegations',
  {
    id: id(),
    powerId: uuid('power_id')
      .notNull()
      .references(() => powers.id, { onDelete: 'restrict' }),
    delegatorOrganisationId: uuid('delegator_organisation_id').references(() => organisations.id, {
      onDelete: 'restrict',
    }),
    delegatorBodyId: uuid('delegator_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    delegateBodyId: uuid('delegate_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    delegateOrganisationId: uuid('delegate_organisation_id').references(() => organisations.id, {
      onDelete: 'restrict',
    }),
    scope: text('scope').notNull(),
    instrument: text('instrument'),
    financialLimit: numeric('financial_limit', { precision: 14, scale: 2 }),
    reservedMatters: text('reserved_matters').array().notNull().default([]),
    subDelegationAllowed: boolean('sub_delegation_allowed').notNull().default(false),
    parentDelegationId: uuid('parent_delegation_id').references((): AnyPgColumn => delegations.id, {
      onDelete: 'restrict',
    }),
    decisionRule: decisionRule('decision_rule'),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('delegations_power_id_idx').on(t.powerId),
    index('delegations_delegator_organisation_id_idx').on(t.delegatorOrganisationId),
    index('delegations_delegator_body_id_idx').on(t.delegatorBodyId),
    index('delegations_delegate_body_id_idx').on(t.delegateBodyId),
    index('delegations_delegate_organisation_id_idx').on(t.delegateOrganisationId),
    index('delegations_parent_delegation_id_idx').on(t.parentDelegationId),
    check('delegations_one_delegator', sql`num_nonnulls(delegator_organisation_id, delegator_body_id) = 1`),
    check('delegations_one_delegate', sql`num_nonnulls(delegate_body_id, delegate_organisation_id) = 1`),
    check('delegations_financial_limit_positive', sql`financial_limit IS NULL OR financial_limit >= 0`),
    datesInOrder('delegations'),
  ],
);

export const decisionStatus = pgEnum('decision_status', [
  'RECOMMENDATION',
  'DECIDED_UNDER_DELEGATION',
  'RATIFIED',
  'REJECTED_BY_PARTNER',
]);

export const ratificationStatus = pgEnum('ratification_status', ['PENDING', 'RATIFIED', 'REJECTED']);

/** A decision of a body: a recommendation until partners ratify it, unless taken under a delegation. */
export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    delegationId: uuid('delegation_id').references(() => delegations.id, { onDelete: 'restrict' }),
    status: decisionStatus('status').notNull(),
    published: boolean('published').notNull().default(false),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('decisions_body_id_idx').on(t.bodyId),
    index('decisions_delegation_id_idx').on(t.delegationId),
    check('decisions_delegated_has_delegation', sql`status <> 'DECIDED_UNDER_DELEGATION' OR delegation_id IS NOT NULL`),
  ],
);

/** A partner's formal ratification of a body's decision (003 ¶3: a partner is bound only when it formalises it). */
export const ratifications = pgTable(
  'ratifications',
  {
    id: id(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    status: ratificationStatus('status').notNull().default('PENDING'),
    decidedOn: date('decided_on', { mode: 'string' }),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('ratifications_decision_id_idx').on(t.decisionId),
    index('ratifications_organisation_id_idx').on(t.organisationId),
    check('ratifications_decided_has_date', sql`status = 'PENDING' OR decided_on IS NOT NULL`),
  ],
);
