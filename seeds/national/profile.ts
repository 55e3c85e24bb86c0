import type {
  chairType,
  constituency,
  legalStatus,
  legalBasis,
  termsOfReferenceItem,
  votingArrangement,
} from '../../schema/database/index';
import { nationalAreas } from './areas';
import { boardPresence, commitsResources, shares, table6Kinds, type Table6Kind } from './figures';
import { Quotas } from './quotas';

export type ChairType = (typeof chairType.enumValues)[number];
export type Constituency = (typeof constituency.enumValues)[number];
export type LegalStatus = (typeof legalStatus.enumValues)[number];
export type LegalBasis = (typeof legalBasis.enumValues)[number];
export type TorItem = (typeof termsOfReferenceItem.enumValues)[number];
export type Voting = (typeof votingArrangement.enumValues)[number];
export type PresenceKind = keyof typeof boardPresence;
export type ScrutinyKind = keyof typeof shares.scrutiny;
export type LscbRelation = keyof typeof shares.lscbRelation;
export type JointCommissioning = keyof typeof shares.jointCommissioning;

/** What one area's arrangements look like, drawn so that the national totals follow DOMAIN.md §5. */
export interface AreaProfile {
  chairType: ChairType;
  reportsToLsp: boolean;
  lscbRelation: LscbRelation;
  scrutiny: ScrutinyKind[];
  coterminousPct: boolean;
  present: Set<PresenceKind>;
  commits: Set<Table6Kind>;
  leadMemberOnBoard: boolean;
  youngPeople: boolean;
  parents: boolean;
  poolBasis: LegalBasis | null;
  aligned: boolean;
  /** An aligned budget for all children's services besides the single-service ones (004 ¶141). */
  alignedForAll: boolean;
  jointCommissioning: JointCommissioning;
  legalStatus: LegalStatus;
  voting: Voting;
  meetings: string;
  termsOfReference: TorItem[];
  establishedLate: boolean;
  guidedByLsp: boolean;
  districtBoards: boolean;
}

export interface NationalProfile {
  areas: ReadonlyMap<string, AreaProfile>;
  /** Whom each district's councillor on the county board speaks for (003 ¶140), keyed by district code. */
  districtConstituency: ReadonlyMap<string, Constituency>;
}

/** Draws every area's profile over the full national list, whatever the scale, so subsets stay consistent. */
export function drawNationalProfile(seedNumber: number): NationalProfile {
  const codes = nationalAreas.map((area) => area.code);
  const q = new Quotas(seedNumber, codes);
  const chairGroup = q.split('chair-group', shares.chairGroup);
  const ofGroup = (group: string) => codes.filter((code) => chairGroup.get(code) === group);
  const chairs = new Map<string, ChairType>([
    ...q.split('council-chair', shares.councilChair, ofGroup('COUNCIL')),
    ...q.split('other-chair', shares.otherChair, ofGroup('OTHER')),
    ...ofGroup('INDEPENDENT').map((code): [string, ChairType] => [code, 'INDEPENDENT']),
  ]);
  const leadMemberChairs = new Set(codes.filter((code) => chairs.get(code) === 'LEAD_MEMBER'));
  const present = new Map<PresenceKind, Set<string>>();
  for (const [kind, share] of Object.entries(boardPresence) as [PresenceKind, number][]) {
    present.set(kind, q.chosen(`partner:${kind}`, share));
  }
  // The same stream orders presence and commitment, so every committing partner also has a seat.
  const commits = new Map(table6Kinds.map((kind) => [kind, q.chosen(`partner:${kind}`, commitsResources[kind])]));
  const countyOrUnitary = nationalAreas.filter((a) => a.kind === 'COUNTY' || a.kind === 'UNITARY').map((a) => a.code);
  const nonCoterminous = q.first(
    'pct-not-coterminous',
    Math.round((1 - shares.coterminousPct) * codes.length),
    countyOrUnitary,
  );
  const pooled = q.chosen('pooled', shares.pooled);
  const poolBasis = q.split(
    'pool-basis',
    shares.poolBasis,
    codes.filter((code) => pooled.has(code)),
  );
  const scrutiny = Object.entries(shares.scrutiny).map(
    ([kind, share]) => [kind as ScrutinyKind, q.chosen(`scrutiny:${kind}`, share)] as const,
  );
  const termsOfReference = Object.entries(shares.termsOfReference).map(
    ([item, share]) => [item as TorItem, q.chosen(`tor:${item}`, share)] as const,
  );
  const counties = nationalAreas.filter((area) => area.kind === 'COUNTY').map((area) => area.code);
  const flags = {
    reportsToLsp: q.chosen('reports-to-lsp', shares.reportsToLsp),
    leadMember: q.chosen('lead-member', shares.leadMemberOnBoard, codes, leadMemberChairs),
    youngPeople: q.chosen('young-people', shares.youngPeopleOnBoard),
    parents: q.chosen('parents', shares.parentsOnBoard),
    aligned: q.chosen('aligned', shares.aligned),
    late: q.chosen('established-late', shares.establishedLate),
    guided: q.chosen('guided-by-lsp', shares.guidedByLsp),
    districtBoards: q.chosen('district-boards', shares.districtBoards, counties),
  };
  // Among the aligning areas, so that the share of areas aligning stays 003 ¶115's.
  const alignedForAll = q.first(
    'aligned-all-services',
    Math.round(shares.alignedAllServices * codes.length),
    codes.filter((code) => flags.aligned.has(code)),
  );
  const lscb = q.split('lscb', shares.lscbRelation);
  const jcs = q.split('joint-commissioning', shares.jointCommissioning);
  const status = q.split('legal-status', shares.legalStatus);
  const voting = q.split('voting', shares.voting);
  const meetings = q.split('meetings', shares.meetings);

  const areas = new Map<string, AreaProfile>();
  for (const code of codes) {
    areas.set(code, {
      chairType: chairs.get(code)!,
      reportsToLsp: flags.reportsToLsp.has(code),
      lscbRelation: lscb.get(code)!,
      scrutiny: scrutiny.filter(([, chosen]) => chosen.has(code)).map(([kind]) => kind),
      coterminousPct: !nonCoterminous.has(code),
      present: new Set([...present].filter(([, chosen]) => chosen.has(code)).map(([kind]) => kind)),
      commits: new Set([...commits].filter(([, chosen]) => chosen.has(code)).map(([kind]) => kind)),
      leadMemberOnBoard: flags.leadMember.has(code),
      youngPeople: flags.youngPeople.has(code),
      parents: flags.parents.has(code),
      poolBasis: poolBasis.get(code) ?? null,
      aligned: flags.aligned.has(code),
      alignedForAll: alignedForAll.has(code),
      jointCommissioning: jcs.get(code)!,
      legalStatus: status.get(code)!,
      voting: voting.get(code) === 'CONSENSUS_ONLY' ? 'CONSENSUS_ONLY' : 'ALL_MEMBERS',
      meetings: meetings.get(code)!,
      termsOfReference: termsOfReference.filter(([, chosen]) => chosen.has(code)).map(([item]) => item),
      establishedLate: flags.late.has(code),
      guidedByLsp: flags.guided.has(code),
      districtBoards: flags.districtBoards.has(code),
    });
  }
  const districtCodes = nationalAreas.flatMap((area) => area.districts.map((district) => district.code));
  const districtConstituency = new Quotas(seedNumber, districtCodes).split(
    'district-seat',
    shares.districtConstituency,
  );
  return { areas, districtConstituency };
}
