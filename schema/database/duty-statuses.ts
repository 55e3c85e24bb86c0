import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, uuid } from 'drizzle-orm/pg-core';
import { datesInOrder, id, provenance, recorded, validity } from './columns';
import { organisationKind, organisations } from './organisations';

/** CA2004_S10: the Children Act 2004 s10 duty to co-operate; LAA_LSP: duties as a named LAA partner. */
export const dutyRegime = pgEnum('duty_regime', ['CA2004_S10', 'LAA_LSP']);

export const dutyStatusValue = pgEnum('duty_status_value', [
  'DUTY_TO_COOPERATE',
  'NAMED_PARTNER',
  'PROPOSED_DUTY',
  'NO_DUTY',
]);

/**
 * Duty status is a dated fact about an organisation kind or one organisation, never part of the kind itself:
 * the 2008-09 changes added schools, colleges and Jobcentre Plus (001 ¶4). Periods for the same subject and
 * regime never overlap (exclusion constraint).
 */
export const dutyStatuses = pgTable(
  'duty_statuses',
  {
    id: id(),
    organisationKind: organisationKind('organisation_kind'),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    regime: dutyRegime('regime').notNull(),
    status: dutyStatusValue('status').notNull(),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('duty_statuses_organisation_id_idx').on(t.organisationId),
    check('duty_statuses_one_subject', sql`num_nonnulls(organisation_kind, organisation_id) = 1`),
    datesInOrder('duty_statuses'),
  ],
);
