import { sql } from 'drizzle-orm';
import { boolean, check, index, numeric, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { bodies } from './bodies';
import { datesInOrder, id, provenance, recorded, validity } from './columns';
import { organisations } from './organisations';

/** Under-18s and parent representatives are recorded by role only; names go to the secretariat (004 Box 2.3). */
export const personCategory = pgEnum('person_category', ['ADULT', 'YOUNG_PERSON', 'PARENT_REPRESENTATIVE']);

/**
 * What a post is, typed, so that figures and rules never read it from a title: the council's lead member for
 * children's services (92% of boards seat one, 003 ¶70), its director, leader and chief executive (003 Table 3,
 * 004 ¶87), the lead GP the guidance asks boards to seek (001 ¶5, ¶9), an independent chair, and the posts that
 * speak for a sector (schools, colleges, the voluntary sector: 003 Table 1).
 */
export const postKind = pgEnum('post_kind', [
  'LEAD_MEMBER',
  'DIRECTOR_OF_CHILDRENS_SERVICES',
  'LEADER_OF_THE_COUNCIL',
  'CHIEF_EXECUTIVE',
  'LEAD_GP',
  'INDEPENDENT_CHAIR',
  'SECTOR_REPRESENTATIVE',
  'OTHER',
]);

/**
 * Whom a representative speaks for beyond their own organisation: the "other partners" of 003 Table 1 that sit
 * by sector, and the district councils a councillor may represent together (003 ¶140).
 */
export const representedSector = pgEnum('represented_sector', [
  'SCHOOLS',
  'COLLEGES',
  'VOLUNTARY_AND_COMMUNITY',
  'PRIVATE_SECTOR',
  'PRIMARY_CARE',
  'DISTRICT_COUNCILS',
  'PARENTS_AND_CARERS',
  'CHILDREN_AND_YOUNG_PEOPLE',
]);

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
    /** Null where not known. */
    kind: postKind('kind'),
    /** For a sector post, the sector it speaks for. */
    sector: representedSector('sector'),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('posts_employer_id_idx').on(t.employerId),
    index('posts_responsible_to_body_id_idx').on(t.responsibleToBodyId),
    datesInOrder('posts'),
    check('posts_sector_of_sector_post', sql`sector IS NULL OR kind = 'SECTOR_REPRESENTATIVE'`),
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
