import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bodies } from './bodies';
import { datesInOrder, id, provenance, recorded, validity } from './columns';
import { organisations } from './organisations';
import { people, posts, representedSector } from './people';

export const membershipRole = pgEnum('membership_role', [
  'CHAIR',
  'VICE_CHAIR',
  'MEMBER',
  'CO_OPTEE',
  'ASSOCIATE',
  'ATTENDEE',
]);

/** Whom a member speaks for: district councillors represent their own authority, all districts, or other (003 ¶140). */
export const constituency = pgEnum('constituency', ['OWN_ORGANISATION', 'SECTOR', 'ALL_DISTRICTS', 'OTHER']);

/**
 * A seat on a body, held by an organisation, a post or a person, on behalf of an organisation. One chair at a
 * time per body, and no overlapping terms for the same post or person on the same body (exclusion constraints).
 */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    memberOrganisationId: uuid('member_organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    memberPostId: uuid('member_post_id').references(() => posts.id, { onDelete: 'restrict' }),
    memberPersonId: uuid('member_person_id').references(() => people.id, { onDelete: 'restrict' }),
    onBehalfOfId: uuid('on_behalf_of_id').references(() => organisations.id, { onDelete: 'restrict' }),
    constituency: constituency('constituency').notNull().default('OWN_ORGANISATION'),
    /** Whom a SECTOR or ALL_DISTRICTS seat speaks for: schools, colleges, the voluntary sector, district councils… */
    represents: representedSector('represents'),
    role: membershipRole('role').notNull().default('MEMBER'),
    votingRight: boolean('voting_right').notNull().default(true),
    /** Null when unknown: many members "lack a mandate for committing their organisations' resources" (003 Summary). */
    canCommitResources: boolean('can_commit_resources'),
    commitScope: text('commit_scope'),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('memberships_body_id_idx').on(t.bodyId),
    index('memberships_member_organisation_id_idx').on(t.memberOrganisationId),
    index('memberships_member_post_id_idx').on(t.memberPostId),
    index('memberships_member_person_id_idx').on(t.memberPersonId),
    index('memberships_on_behalf_of_id_idx').on(t.onBehalfOfId),
    check('memberships_has_member', sql`num_nonnulls(member_organisation_id, member_post_id, member_person_id) >= 1`),
    datesInOrder('memberships'),
  ],
);

/** Declarations of interest by a member (003 Table 5, F3): visible to partners, secretariat and oversight only. */
export const interestDeclarations = pgTable(
  'interest_declarations',
  {
    id: id(),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    interest: text('interest').notNull(),
    declaredOn: date('declared_on', { mode: 'string' }).notNull(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [index('interest_declarations_membership_id_idx').on(t.membershipId)],
);

/** Where a proposed seat stands: proposed, then confirmed (a seat made), declined or withdrawn. */
export const nominationStatus = pgEnum('nomination_status', ['PROPOSED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN']);

/**
 * A seat proposed to a body, by a partner or the organisation proposed, for the body's secretariat to confirm or
 * decline: seats are given by the body, not taken by the member (DOMAIN.md §8; 003 ¶68). Confirming makes the seat
 * (`membership_id`) on the terms proposed.
 */
export const nominations = pgTable(
  'nominations',
  {
    id: id(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    memberOrganisationId: uuid('member_organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    memberPersonId: uuid('member_person_id').references(() => people.id, { onDelete: 'restrict' }),
    onBehalfOfId: uuid('on_behalf_of_id').references(() => organisations.id, { onDelete: 'restrict' }),
    role: membershipRole('role').notNull().default('MEMBER'),
    constituency: constituency('constituency').notNull().default('OWN_ORGANISATION'),
    /** The sector the seat would speak for, as on the seat; the seat takes it when the nomination is confirmed. */
    represents: representedSector('represents'),
    votingRight: boolean('voting_right').notNull().default(true),
    canCommitResources: boolean('can_commit_resources'),
    commitScope: text('commit_scope'),
    /** The term proposed for the seat. */
    ...validity(),
    status: nominationStatus('status').notNull().default('PROPOSED'),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    proposedByOrganisationId: uuid('proposed_by_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    proposedBy: text('proposed_by').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedByOrganisationId: uuid('decided_by_organisation_id').references(() => organisations.id, {
      onDelete: 'restrict',
    }),
    decidedBy: text('decided_by'),
    membershipId: uuid('membership_id').references(() => memberships.id, { onDelete: 'no action' }),
    ...recorded(),
  },
  (t) => [
    index('nominations_body_id_idx').on(t.bodyId),
    index('nominations_member_organisation_id_idx').on(t.memberOrganisationId),
    index('nominations_member_person_id_idx').on(t.memberPersonId),
    index('nominations_proposed_by_organisation_id_idx').on(t.proposedByOrganisationId),
    index('nominations_decided_by_organisation_id_idx').on(t.decidedByOrganisationId),
    index('nominations_on_behalf_of_id_idx').on(t.onBehalfOfId),
    index('nominations_membership_id_idx').on(t.membershipId),
    check('nominations_one_member', sql`num_nonnulls(member_organisation_id, member_person_id) = 1`),
    check('nominations_decided_when_not_proposed', sql`(status = 'PROPOSED') = (decided_on IS NULL)`),
    check('nominations_confirmed_has_seat', sql`status <> 'CONFIRMED' OR membership_id IS NOT NULL`),
    datesInOrder('nominations'),
  ],
);
