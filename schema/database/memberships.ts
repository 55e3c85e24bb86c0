import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bodies } from './bodies';
import { datesInOrder, id, provenance, recorded, validity } from './columns';
import { organisations } from './organisations';
import { people, posts } from './people';

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
