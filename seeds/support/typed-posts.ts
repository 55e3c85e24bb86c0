import type { memberships, organisations, postKind, posts, representedSector } from '../../schema/database/index';

type PostKind = (typeof postKind.enumValues)[number];
type Sector = (typeof representedSector.enumValues)[number];
type PostRow = typeof posts.$inferInsert;
type SeatRow = typeof memberships.$inferInsert;
type OrganisationRow = typeof organisations.$inferInsert;

/**
 * The posts the seeds invent, typed by the titles they give them: the seeds write these titles, so they know what
 * each post is; the registry itself reads the type, never the title.
 */
const postsByTitle: [RegExp, PostKind, Sector?][] = [
  [/^Lead Member for Children's Services/, 'LEAD_MEMBER'],
  [/^Director of Children's Services/, 'DIRECTOR_OF_CHILDRENS_SERVICES'],
  [/^Leader of the Council/, 'LEADER_OF_THE_COUNCIL'],
  [/^Chief Executive/, 'CHIEF_EXECUTIVE'],
  [/^Lead GP/, 'LEAD_GP'],
  [/^Independent Chair/, 'INDEPENDENT_CHAIR'],
  [
    /head teachers' representative|^Special schools' representative|^Diocesan education/,
    'SECTOR_REPRESENTATIVE',
    'SCHOOLS',
  ],
  [/colleges' representative/, 'SECTOR_REPRESENTATIVE', 'COLLEGES'],
  [/^Private sector/, 'SECTOR_REPRESENTATIVE', 'PRIVATE_SECTOR'],
  [/^Voluntary (and|&) community sector representative/i, 'SECTOR_REPRESENTATIVE', 'VOLUNTARY_AND_COMMUNITY'],
  [/^District councils' representative/, 'SECTOR_REPRESENTATIVE', 'DISTRICT_COUNCILS'],
  [/^Young people's representative/i, 'SECTOR_REPRESENTATIVE', 'CHILDREN_AND_YOUNG_PEOPLE'],
  [/^Parent( and carer)? representative/i, 'SECTOR_REPRESENTATIVE', 'PARENTS_AND_CARERS'],
];

/** The sector of the organisation a sector seat is held for (003 Table 1's other partners). */
const sectorOfKind: Partial<Record<NonNullable<OrganisationRow['kind']>, Sector>> = {
  SCHOOL: 'SCHOOLS',
  ACADEMY: 'SCHOOLS',
  FE_COLLEGE: 'COLLEGES',
  SIXTH_FORM_COLLEGE: 'COLLEGES',
  VOLUNTARY_AND_COMMUNITY: 'VOLUNTARY_AND_COMMUNITY',
  PRIVATE_SECTOR: 'PRIVATE_SECTOR',
  PRIMARY_CARE_PROVIDER: 'PRIMARY_CARE',
};

/**
 * Gives the seeds' posts their kind and sector, and their seats whom they speak for: a seat of a sector post
 * speaks for its sector, a seat for all districts for the district councils, another sector seat for the sector
 * of the organisation it is held for, and the lead GP's seat for primary care.
 */
export function typePostsAndSeats(rows: {
  posts: PostRow[];
  memberships: SeatRow[];
  organisations: OrganisationRow[];
}) {
  const postById = new Map<string, PostRow>();
  for (const post of rows.posts) {
    const match = postsByTitle.find(([pattern]) => pattern.test(post.title));
    if (match && post.kind == null) Object.assign(post, { kind: match[1], sector: match[2] ?? null });
    postById.set(post.id!, post);
  }
  const kindOf = new Map(rows.organisations.map((organisation) => [organisation.id!, organisation.kind]));
  for (const seat of rows.memberships) {
    if (seat.represents != null) continue;
    const post = seat.memberPostId ? postById.get(seat.memberPostId) : undefined;
    const organisationKind = kindOf.get(seat.onBehalfOfId ?? seat.memberOrganisationId ?? '');
    seat.represents =
      post?.sector ??
      (seat.constituency === 'ALL_DISTRICTS'
        ? 'DISTRICT_COUNCILS'
        : post?.kind === 'LEAD_GP'
          ? 'PRIMARY_CARE'
          : seat.constituency === 'SECTOR' && organisationKind
            ? (sectorOfKind[organisationKind] ?? null)
            : null);
  }
}
