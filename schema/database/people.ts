import { sql } from 'drizzle-orm';
import { boolean, check, index, numeric, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { bodies } from './bodies';
import { datesInOrder, id, provenance, recorded, validity } from './columns';
import { organisations } from './organisations';

/** Under-18s and parent representatives are recorded by role only; names go to the secretariat (004 Box 2.3). */
export const personCategory = pgEnum('person_category', ['ADULT', 'YOUNG_PERSON', 'PARENT_REPRESENTATIVE']);

/**
 * An office that persists across holders. The employer can differ from the body the post answers to:
 * a commissioner "employed by the County Council but is responsible to the Staffordshire Children's Trust" (003 Fig 6).
 */
export const posts = pgTable(
  'posts',
  {
    id: id(),
    title: text('title').notNull(),
    employerId: uuid('employer_id').references(() => organisations.id, { onDelete: 'restrict' }),
    responsibleToBodyId: uuid('responsible_to_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    /** Senior posts (chief officers, lead members) have holders' names public (DOMAIN.md §8). */
    senior: boolean('senior').notNull().default(false),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('posts_employer_id_idx').on(t.employerId),
    index('posts_responsible_to_body_id_idx').on(t.responsibleToBodyId),
    datesInOrder('posts'),
  ],
);

/** Jointly funded posts: funders and their shares ("50-50", 004 Box 3.1). */
export const postFunders = pgTable(
  'post_funders',
  {
    id: id(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    sharePercent: numeric('share_percent', { precision: 5, scale: 2 }),
    ...provenance(),
  },
  (t) => [
    index('post_funders_organisation_id_idx').on(t.organisationId),
    unique('post_funders_post_organisation_key').on(t.postId, t.organisationId),
    check('post_funders_share_range', sql`share_percent IS NULL OR (share_percent > 0 AND share_percent <= 100)`),
  ],
);

/** Kept minimal: a name (null for under-18s) and the posts held. */
export const people = pgTable('people', {
  id: id(),
  name: text('name'),
  category: personCategory('category').notNull().default('ADULT'),
  ...provenance(),
  ...recorded(),
});

/** Who held a post when; one holder at a time (exclusion constraint). */
export const postHoldings = pgTable(
  'post_holdings',
  {
    id: id(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('post_holdings_post_id_idx').on(t.postId),
    index('post_holdings_person_id_idx').on(t.personId),
    datesInOrder('post_holdings'),
  ],
);
