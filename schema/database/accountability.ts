import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bodies } from './bodies';
import { datesInOrder, id, provenance, recorded, validity } from './columns';
import { organisations } from './organisations';

export const accountabilityKind = pgEnum('accountability_kind', [
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'SUB_GROUP_OF',
  'GUIDED_BY',
  'ADVISES',
  'FEEDS_INTO',
  'MUST_CONSULT',
  'CONSULTS',
  'WORKS_WITH',
  'SCRUTINISED_BY',
  'HOSTED_BY',
  'COMMISSIONED_BY',
  'HELD_TO_ACCOUNT_BY',
]);

/**
 * A typed, directed, dated line between bodies and organisations. It forms a graph, not a tree: a board can be
 * accountable to up to three bodies (004 ¶76). The same line never holds twice at once (exclusion constraint).
 */
export const accountabilityLines = pgTable(
  'accountability_lines',
  {
    id: id(),
    kind: accountabilityKind('kind').notNull(),
    fromBodyId: uuid('from_body_id').references(() => bodies.id, { onDelete: 'cascade' }),
    fromOrganisationId: uuid('from_organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    toBodyId: uuid('to_body_id').references(() => bodies.id, { onDelete: 'cascade' }),
    toOrganisationId: uuid('to_organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    /** e.g. "to cabinet only", "to each constituent organisation separately" (004 ¶73–¶75). */
    note: text('note'),
    basisDocument: text('basis_document'),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('accountability_lines_from_body_id_idx').on(t.fromBodyId),
    index('accountability_lines_from_organisation_id_idx').on(t.fromOrganisationId),
    index('accountability_lines_to_body_id_idx').on(t.toBodyId),
    index('accountability_lines_to_organisation_id_idx').on(t.toOrganisationId),
    check('accountability_lines_one_from', sql`num_nonnulls(from_body_id, from_organisation_id) = 1`),
    check('accountability_lines_one_to', sql`num_nonnulls(to_body_id, to_organisation_id) = 1`),
    check(
      'accountability_lines_not_to_self',
      sql`coalesce(from_body_id, from_organisation_id) <> coalesce(to_body_id, to_organisation_id)`,
    ),
    datesInOrder('accountability_lines'),
  ],
);
