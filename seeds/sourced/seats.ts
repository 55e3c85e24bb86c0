import { partner, type AreaContext, type PartnerRole } from './area-context';
import type { SourcedBuilder } from './builder-plans';
import type { SourceCitation } from '../../schema/database/columns';
import { c002, c003, c004, generic, synthetic } from './citations';
import type { SourcedRows } from './tables';

type Constituency = NonNullable<SourcedRows['memberships'][number]['constituency']>;
type Role = NonNullable<SourcedRows['memberships'][number]['role']>;

/** Roles that count towards a board's size in 003 Table 3: associates and attendees do not. */
export const countedRoles: readonly Role[] = ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'CO_OPTEE'];

interface PostSeat {
  /** Post title, given the area. */
  title: (ctx: AreaContext) => string;
  /** Who employs the post holder; 'council' or the area's first PCT. */
  employer?: 'council' | 'pct';
  senior?: boolean;
}

/** A kind of seat a board typically has, in the order boards fill them (003 Fig 5, Table 6; 004 ¶88). */
interface SeatTemplate {
  id: string;
  post?: PostSeat;
  /** An organisation seat: a partner role, or every PCT of the area. */
  organisation?: PartnerRole | 'pcts';
  constituency?: Constituency;
  canCommitResources?: boolean;
  votingRight?: boolean;
  twoTierOnly?: boolean;
  /** Passages that bear on this kind of seat in particular, cited beside the generic supports. */
  sources?: SourceCitation[];
}

const councilPost = (title: string): PostSeat => ({
  title: (ctx) => `${title}, ${ctx.councilName}`,
  employer: 'council',
  senior: true,
});
const areaPost = (title: string): PostSeat => ({ title: (ctx) => `${title}, ${ctx.name}` });

const templates: SeatTemplate[] = [
  { id: 'dcs', post: councilPost("Director of Children's Services"), canCommitResources: true },
  { id: 'lead-member', post: councilPost("Lead Member for Children's Services"), canCommitResources: true },
  { id: 'pcts', organisation: 'pcts', canCommitResources: true },
  { id: 'police', organisation: 'police' },
  {
    id: 'districts',
    post: areaPost("District councils' representative"),
    constituency: 'ALL_DISTRICTS',
    twoTierOnly: true,
  },
  {
    id: 'vcs',
    organisation: 'vcs',
    constituency: 'SECTOR',
    canCommitResources: false,
    // "every Children's Trust Board should include third sector representation", and one seat cannot speak with "a
    // single voice of 'the sector'" (002 Q3); most VCS members come from a council for voluntary service (003 ¶139).
    sources: [c002('Q3'), c003('¶139')],
  },
  {
    id: 'primary-heads',
    post: areaPost("Primary head teachers' representative"),
    constituency: 'SECTOR',
    canCommitResources: false,
  },
  {
    id: 'secondary-heads',
    post: areaPost("Secondary head teachers' representative"),
    constituency: 'SECTOR',
    canCommitResources: false,
  },
  { id: 'yot', organisation: 'yot' },
  { id: 'chief-executive', post: councilPost('Chief Executive'), canCommitResources: true },
  {
    id: 'public-health',
    post: { title: (ctx) => `Director of Public Health, ${ctx.name}`, employer: 'pct', senior: true },
  },
  { id: 'lead-gp', post: areaPost("Lead GP for children's services"), constituency: 'SECTOR' },
  { id: 'connexions', organisation: 'connexions' },
  { id: 'lsc', organisation: 'lsc' },
  { id: 'fe-colleges', post: areaPost("Further education colleges' representative"), constituency: 'SECTOR' },
  { id: 'probation', organisation: 'probation' },
  { id: 'jobcentre-plus', organisation: 'jobcentrePlus' },
  {
    id: 'young-people-1',
    post: areaPost("Young people's representative (1)"),
    constituency: 'OTHER',
    canCommitResources: false,
  },
  {
    id: 'young-people-2',
    post: areaPost("Young people's representative (2)"),
    constituency: 'OTHER',
    canCommitResources: false,
  },
  {
    id: 'parents',
    post: areaPost('Parent and carer representative'),
    constituency: 'OTHER',
    canCommitResources: false,
  },
  {
    id: 'special-schools',
    post: areaPost("Special schools' representative"),
    constituency: 'SECTOR',
    canCommitResources: false,
  },
  { id: 'acute-trust', organisation: 'acuteTrust' },
  { id: 'fire', organisation: 'fire' },
  { id: 'lscb-chair', post: areaPost('Chair of the Local Safeguarding Children Board') },
  { id: 'social-care', post: councilPost("Head of Children's Social Care") },
  { id: 'housing', post: councilPost('Head of Housing') },
  {
    id: 'private-sector',
    post: areaPost('Private sector and business representative'),
    constituency: 'SECTOR',
    canCommitResources: false,
  },
  {
    id: 'early-years',
    post: areaPost("Early years providers' representative"),
    constituency: 'SECTOR',
    canCommitResources: false,
  },
  { id: 'mental-health-trust', organisation: 'mentalHealthTrust' },
  { id: 'opposition-member', post: councilPost("Opposition spokesperson for Children's Services"), votingRight: false },
  { id: 'diocese', post: areaPost('Diocesan education representative'), constituency: 'SECTOR' },
  { id: 'police-authority', organisation: 'policeAuthority' },
  { id: 'fe-college', organisation: 'feCollege' },
  { id: 'youth-service', post: councilPost('Head of Youth Service') },
];

/** What supports a filled seat: the board size, the kinds of partner, and mandates being often unclear. */
const seatProvenance = synthetic(generic.caseStudyTable, generic.partnerKinds, c004('¶88'), generic.mandates);

const employerOf = (ctx: AreaContext, post: PostSeat): string | undefined =>
  post.employer === 'council' ? ctx.council : post.employer === 'pct' ? ctx.pcts[0] : undefined;

/** The post a template seat stands for, declared on first use. */
function templatePost(
  b: SourcedBuilder,
  ctx: AreaContext,
  template: SeatTemplate,
  post: PostSeat,
  validFrom: string,
): string {
  const key = `${ctx.slug}/post/${template.id}`;
  if (b.has(key)) return key;
  const employer = employerOf(ctx, post);
  b.post(key, { title: post.title(ctx), employer, senior: post.senior ?? false, validFrom, prov: seatProvenance });
  return key;
}

/** Seats currently counted towards a board's size. */
export const countedSeats = (b: SourcedBuilder, board: string): number => {
  const boardId = b.idOf(board, 'bodies');
  return b.rows.memberships.filter(
    (m) => m.bodyId === boardId && countedRoles.includes(m.role ?? 'MEMBER') && !m.validTo,
  ).length;
};

export interface FillOptions {
  /** Total seats the source gives (003 Table 3). */
  size: number;
  validFrom: string;
  /** Template ids to leave out, e.g. partners a source says are not yet engaged. */
  exclude?: string[];
}

/**
 * Fills a board up to the size a source gives with synthetic seats, in the template order, skipping members
 * already seated. The seats are labelled synthetic: only the count is sourced.
 */
export function fillBoard(
  b: SourcedBuilder,
  ctx: AreaContext,
  board: string,
  { size, validFrom, exclude = [] }: FillOptions,
): void {
  for (const template of templates) {
    if (countedSeats(b, board) >= size) return;
    if (exclude.includes(template.id) || (template.twoTierOnly && !ctx.twoTier)) continue;
    const members =
      template.organisation === 'pcts'
        ? ctx.pcts
        : template.organisation !== undefined
          ? [partner(b, ctx, template.organisation)]
          : [templatePost(b, ctx, template, template.post ?? areaPost(template.id), validFrom)];
    for (const member of members) {
      if (countedSeats(b, board) >= size || b.seatedOn(board).has(member)) continue;
      // A post holder speaks for their employer; a representative without one, for a sector or group.
      const onBehalfOf = template.post === undefined ? undefined : employerOf(ctx, template.post);
      const own = template.post === undefined || onBehalfOf !== undefined;
      b.seat(board, member, {
        onBehalfOf,
        constituency: template.constituency ?? (own ? 'OWN_ORGANISATION' : 'OTHER'),
        votingRight: template.votingRight ?? true,
        canCommitResources: template.canCommitResources,
        prov: template.sources ? synthetic(...seatProvenance.sources, ...template.sources) : seatProvenance,
      });
    }
  }
  if (countedSeats(b, board) < size)
    throw new Error(`Sourced seed: not enough seat templates to fill ${board} to ${size}`);
}

/** Supports for the sourced chair seat: the chair type (003 Table 3) and the host council (003 App. 1). */
export const chairSources = [c003('Table 3'), c003('App. 1 ¶162')];
