import { sql } from 'drizzle-orm';
import { boolean, check, index, numeric, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { bodies } from './bodies';
import { datesInOrder, id, provenance, recorded, validity } from './columns';
import { ecmOutcome } from './outcomes';
import { organisations } from './organisations';

/** 004 ¶135, ¶143; 003 ¶98. */
export const budgetKind = pgEnum('budget_kind', ['POOLED', 'ALIGNED', 'LAA', 'SERVICE_LEVEL_AGREEMENT', 'JOINT_FUND']);

/** 004 ¶135–¶136; s75 NHS Act 2006 succeeded s31 (background knowledge, no source mentions it). */
export const legalBasis = pgEnum('legal_basis', [
  'NHS_ACT_1977_S28A',
  'HEALTH_ACT_1999_S31',
  'CHILDREN_ACT_2004_S10',
  'NHS_ACT_2006_S75',
  'NONE',
]);

/** Services pooled (004 Table 4.4). */
export const serviceArea = pgEnum('service_area', [
  'HEALTH',
  'CAMHS',
  'SOCIAL_CARE',
  'CROSS_SECTOR',
  'EDUCATION',
  'YOUTH_OFFENDING',
  'EARLY_YEARS',
  'ALL_SERVICES',
  'CHILDRENS_FUND',
  'CONNEXIONS',
  'OTHER',
]);

/** 003 ¶103–¶105. */
export const resourceType = pgEnum('resource_type', [
  'MONEY',
  'STAFF_TIME',
  'BUILDINGS',
  'EQUIPMENT',
  'SECONDMENT',
  'CO_LOCATION',
  'JOINT_POST',
]);

/** A pooled fund has exactly one host that "accounts for the money" (003 ¶107); aligned budgets have none. */
export const budgetArrangements = pgTable(
  'budget_arrangements',
  {
    id: id(),
    name: text('name').notNull(),
    kind: budgetKind('kind').notNull(),
    legalBasis: legalBasis('legal_basis').notNull().default('NONE'),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'restrict' }),
    hostId: uuid('host_id').references(() => organisations.id, { onDelete: 'restrict' }),
    governingBodyId: uuid('governing_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    serviceAreas: serviceArea('service_areas').array().notNull().default([]),
    outcomes: ecmOutcome('outcomes').array().notNull().default([]),
    agreement: text('agreement'),
    preDatesTrust: boolean('pre_dates_trust').notNull().default(false),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('budget_arrangements_area_id_idx').on(t.areaId),
    index('budget_arrangements_host_id_idx').on(t.hostId),
    index('budget_arrangements_governing_body_id_idx').on(t.governingBodyId),
    check('budget_arrangements_pool_has_host', sql`kind <> 'POOLED' OR host_id IS NOT NULL`),
    check('budget_arrangements_aligned_has_no_host', sql`kind <> 'ALIGNED' OR host_id IS NULL`),
    datesInOrder('budget_arrangements'),
  ],
);

/** One partner's contribution to an arrangement in one financial year ("2008-09"): confidential to that partner. */
export const contributions = pgTable(
  'contributions',
  {
    id: id(),
    arrangementId: uuid('arrangement_id')
      .notNull()
      .references(() => budgetArrangements.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    financialYear: text('financial_year').notNull(),
    resourceType: resourceType('resource_type').notNull().default('MONEY'),
    amount: numeric('amount', { precision: 14, scale: 2 }),
    shareBand: text('share_band'),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('contributions_organisation_id_idx').on(t.organisationId),
    unique('contributions_arrangement_partner_year_type_key').on(
      t.arrangementId,
      t.organisationId,
      t.financialYear,
      t.resourceType,
    ),
    check('contributions_financial_year_format', sql`financial_year ~ '^[0-9]{4}-[0-9]{2}$'`),
    check('contributions_amount_not_negative', sql`amount IS NULL OR amount >= 0`),
  ],
);
