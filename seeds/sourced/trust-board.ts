import type { AreaContext } from './area-context';
import type { SourcedBuilder } from './builder-plans';
import { c003, generic, synthetic, type Provenance } from './citations';
import { statutoryBoards, tableThreeAsAt } from './dates';
import { chairSources, fillBoard } from './seats';
import type { SourcedRows } from './tables';

type ChairType = NonNullable<SourcedRows['bodyWorkings'][number]['chairType']>;

export interface TrustBoardSpec {
  name: string;
  /** Start of the board; for 003 Table 3's years, 1 April of that year (a convention, see dates.ts). */
  validFrom: string;
  /** Set only where a source gives the year of establishment. */
  established?: string;
  /** Where the board ended with its area before boards became statutory (Shropshire's county, 2009). */
  validTo?: string;
  chairType?: ChairType;
  prov: Provenance;
}

/** Key of an area's children's trust board. */
export const boardKey = (ctx: AreaContext): string => `${ctx.slug}/trust-board`;

/** The post that chairs a board of the given chair type (003 Table 3), declared on first use. */
export function chairPost(
  b: SourcedBuilder,
  ctx: AreaContext,
  chairType: ChairType,
  validFrom: string,
  prov: Provenance,
): string {
  const titles: Partial<Record<ChairType, [string, string]>> = {
    DIRECTOR_OF_CHILDRENS_SERVICES: ['dcs', `Director of Children's Services, ${ctx.councilName}`],
    LEAD_MEMBER: ['lead-member', `Lead Member for Children's Services, ${ctx.councilName}`],
    LEADER_OF_THE_COUNCIL: ['leader', `Leader of the Council, ${ctx.councilName}`],
    CHIEF_EXECUTIVE: ['chief-executive', `Chief Executive, ${ctx.councilName}`],
  };
  const entry = titles[chairType];
  if (entry === undefined) throw new Error(`Sourced seed: no council post chairs as ${chairType}`);
  const key = `${ctx.slug}/post/${entry[0]}`;
  if (!b.has(key)) b.post(key, { title: entry[1], employer: ctx.council, senior: true, validFrom, prov });
  return key;
}

/**
 * A children's trust board: strategic, advisory ("they do advise and influence local action", 003 ¶3), an
 * unincorporated association (003 ¶3) until boards became statutory (background; planned in 001 ¶4).
 */
export function trustBoard(b: SourcedBuilder, ctx: AreaContext, spec: TrustBoardSpec): string {
  const key = boardKey(ctx);
  const { prov, ...fields } = spec;
  b.body(key, { ...fields, kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC', role: 'ADVISORY', area: ctx.code, prov });
  const statusProv: Provenance = { sources: [...prov.sources, generic.unincorporated], synthetic: prov.synthetic };
  const ended = spec.validTo !== undefined && spec.validTo <= statutoryBoards;
  b.legalStatus(key, 'UNINCORPORATED_ASSOCIATION', statusProv, spec.validFrom, ended ? spec.validTo : statutoryBoards);
  if (ended) return key;
  b.legalStatus(key, 'STATUTORY_BODY', synthetic(generic.statutoryBoardPlanned, c003('¶46')), statutoryBoards);
  return key;
}

export interface CaseStudySpec extends TrustBoardSpec {
  established: string;
  chairType: ChairType;
  /** Board members in 003 Table 3. */
  size: number;
  /** Seat templates to leave out when filling the board (see seats.ts). */
  exclude?: string[];
  /** Members a source names, seated before the synthetic fill. */
  named?: (board: string) => void;
}

/** 003 Table 5's items, most often covered first: chair and members 86%, … pooling 49%. */
const tableFiveOrder = [
  'CHAIR_AND_MEMBERS',
  'DECISION_MAKING',
  'MEMBERSHIP',
  'COMMISSIONING',
  'ALIGNMENT',
  'RELATIONSHIPS',
  'INFORMATION_SHARING',
  'PROBITY_AND_INTERESTS',
  'POOLING',
] as const;

/**
 * The board's terms of reference, adopted with it. That a case-study board had them follows from its written
 * constitution (003 ¶81); what they cover is not given for any board, so the items are synthetic: the more common
 * ones of Table 5, six to nine of them, fewer for a smaller board.
 */
function termsOfReference(b: SourcedBuilder, key: string, spec: CaseStudySpec): void {
  const items = Math.min(9, 6 + Math.floor(spec.size / 10));
  b.document(key, {
    kind: 'TERMS_OF_REFERENCE',
    title: `${spec.name}: terms of reference`,
    documentVersion: '1',
    status: 'ADOPTED',
    adoptedOn: spec.validFrom,
    covers: [...tableFiveOrder.slice(0, items)],
    prov: synthetic(c003('Table 5'), c003('¶81')),
  });
}

/**
 * One of the eight case-study trusts of 003 Table 3: its name, year, chair and size are sourced; the chair is the
 * post the chair type names; "all the case study areas had a written constitution" (003 ¶81). Seats beyond those
 * a source names are synthetic.
 */
export function caseStudyTrust(b: SourcedBuilder, ctx: AreaContext, spec: CaseStudySpec): string {
  const { size, exclude, named, ...board } = spec;
  const key = trustBoard(b, ctx, board);
  const chairProv: Provenance = { sources: [...chairSources], synthetic: false };
  if (spec.chairType !== 'INDEPENDENT') {
    const post = chairPost(b, ctx, spec.chairType, spec.validFrom, chairProv);
    b.seat(key, post, { role: 'CHAIR', onBehalfOf: ctx.council, prov: chairProv });
    // Table 3 gives the post in the chair as at 2008, so it had a holder then; who, and since when, it does not say.
    b.unnamedHolder(post, tableThreeAsAt, chairProv);
  }
  b.document(key, {
    kind: 'CONSTITUTION',
    title: `${spec.name}: constitution`,
    documentVersion: '1',
    status: 'ADOPTED',
    prov: { sources: [c003('¶81')], synthetic: false },
  });
  termsOfReference(b, key, spec);
  named?.(key);
  fillBoard(b, ctx, key, { size, validFrom: spec.validFrom, exclude });
  return key;
}
