import { organisationKindLabels } from '../reference/labels';
import type { AreaFacts, BodyFact, OrganisationFact, PlanFact, SeatFact } from './area-facts.store';
import { ruleById, type RuleDefinition } from './rule-catalogue';

export type FindingOutcome = 'MET' | 'NOT_MET' | 'NOT_APPLICABLE' | 'UNKNOWN';
export type EvidenceType =
  | 'Area'
  | 'Body'
  | 'Organisation'
  | 'Membership'
  | 'AccountabilityLine'
  | 'Plan'
  | 'PlanReview'
  | 'Decision'
  | 'Delegation'
  | 'BudgetArrangement'
  | 'SelfAssessment';

/** A record that shows the outcome: a seat that meets the rule, a line that breaks it. */
export interface EvidenceItem {
  recordType: EvidenceType;
  rowId: string;
  label: string;
  note: string | null;
}

/** What the rule expects and the area lacks: an organisation, a kind with none registered, a link, an item. */
export interface MissingItem {
  /** A stable code: an enum value (organisation kind, terms-of-reference item), or a record's type. */
  code: string;
  label: string;
  note: string | null;
  /** The record concerned, where there is one (an organisation that holds no seat). */
  recordType: EvidenceType | null;
  rowId: string | null;
}

export interface FindingRecord {
  rule: RuleDefinition;
  subjectType: 'Area' | 'Body' | 'Plan' | 'BudgetArrangement';
  subjectRowId: string;
  subjectLabel: string;
  outcome: FindingOutcome;
  explanation: string;
  evidence: EvidenceItem[];
  missing: MissingItem[];
}

export interface Judged {
  facts: AreaFacts;
  /** Whether the viewer may read this seat's mandate (`Membership.canCommitResources`). */
  mandateVisible: (seat: SeatFact) => boolean;
  /** The date judged. */
  asOf: string;
}

/** The nine items 003 Table 5 expects terms of reference to cover, with the table's own words. */
export const termsOfReferenceItems: Record<string, string> = {
  CHAIR_AND_MEMBERS: 'Chair and members',
  DECISION_MAKING: 'Decision making',
  MEMBERSHIP: 'Membership',
  COMMISSIONING: 'Commissioning',
  ALIGNMENT: 'Alignment of plans and budgets',
  RELATIONSHIPS: 'Relationships with other partnerships',
  INFORMATION_SHARING: 'Information sharing',
  PROBITY_AND_INTERESTS: 'Probity and declarations of interest',
  POOLING: 'Pooling of budgets',
};

/** Something expected that no record stands for: a kind, a link, an item. */
export const lacking = (code: string, label: string, note: string | null = null): MissingItem => ({
  code,
  label,
  note,
  recordType: null,
  rowId: null,
});

export const kindLabel = (kind: string) =>
  organisationKindLabels[kind as keyof typeof organisationKindLabels]?.label ?? kind;

/** The authority's own children's trust boards: those of its own area (the first), not of the areas within it. */
export function authorityBoards(facts: AreaFacts): BodyFact[] {
  return facts.bodies.filter((body) => body.kind === 'CHILDRENS_TRUST_BOARD' && body.areaId === facts.areas[0]!.id);
}

/** The seats held on those boards. */
export function boardSeatsOf(facts: AreaFacts): SeatFact[] {
  const boardIds = new Set(authorityBoards(facts).map((board) => board.id));
  return facts.seats.filter((seat) => boardIds.has(seat.bodyId));
}

/** The facts arranged for the rules: the authority's own area, its boards, who sits where. */
export class AreaView {
  readonly root;
  readonly districts;
  readonly boards: BodyFact[];
  readonly lscbs: BodyFact[];
  readonly bodyById: Map<string, BodyFact>;
  readonly organisationById: Map<string, OrganisationFact>;
  readonly boardSeats: SeatFact[];

  constructor(
    readonly facts: AreaFacts,
    readonly mandateVisible: (seat: SeatFact) => boolean,
    /** The date judged. */
    readonly asOf: string,
  ) {
    this.root = facts.areas[0]!;
    this.districts = facts.areas.filter((area) => area.parentAreaId === this.root.id && area.tier === 'LOWER');
    this.boards = authorityBoards(facts);
    this.lscbs = facts.bodies.filter((body) => body.kind === 'LSCB' && body.areaId === this.root.id);
    this.bodyById = new Map(facts.bodies.map((body) => [body.id, body]));
    this.organisationById = new Map(facts.organisations.map((organisation) => [organisation.id, organisation]));
    this.boardSeats = boardSeatsOf(facts);
  }

  /** Seats of the boards held for, by or as the organisation. */
  boardSeatsOf(organisationId: string): SeatFact[] {
    return this.boardSeats.filter(
      (seat) =>
        seat.organisationId === organisationId ||
        seat.memberOrganisationId === organisationId ||
        seat.onBehalfOfId === organisationId,
    );
  }

  /** Bodies of the area other than the boards on which the organisation holds a seat. */
  otherSeatsOf(organisationId: string): BodyFact[] {
    const boardIds = new Set(this.boards.map((board) => board.id));
    const bodies = this.facts.seats
      .filter((seat) => !boardIds.has(seat.bodyId) && seat.organisationId === organisationId)
      .map((seat) => this.bodyById.get(seat.bodyId)!);
    return [...new Map(bodies.map((body) => [body.id, body])).values()];
  }

  plansOf(kind: string): PlanFact[] {
    return this.facts.plans.filter((plan) => plan.kind === kind);
  }

  seatEvidence(seat: SeatFact): EvidenceItem {
    const organisation = seat.organisationId ? this.organisationById.get(seat.organisationId) : undefined;
    const body = this.bodyById.get(seat.bodyId);
    return {
      recordType: 'Membership',
      rowId: seat.id,
      label: `${seat.postTitle ? `${seat.postTitle}, ` : ''}${organisation?.name ?? 'a member'} on ${body?.name ?? 'the body'}`,
      note: seat.role,
    };
  }
}

export function finding(
  ruleId: string,
  subject: { type: FindingRecord['subjectType']; id: string; label: string },
  outcome: FindingOutcome,
  explanation: string,
  evidence: EvidenceItem[] = [],
  missing: MissingItem[] = [],
): FindingRecord {
  const rule = ruleById.get(ruleId)!;
  return {
    rule,
    subjectType: subject.type,
    subjectRowId: subject.id,
    subjectLabel: subject.label,
    outcome,
    explanation,
    evidence,
    missing,
  };
}

export const areaSubject = (view: AreaView) => ({ type: 'Area' as const, id: view.root.id, label: view.root.name });
export const bodySubject = (body: BodyFact) => ({ type: 'Body' as const, id: body.id, label: body.name });
export const planSubject = (plan: PlanFact) => ({ type: 'Plan' as const, id: plan.id, label: plan.title });

export const noBoard = 'The area has no children’s trust board on the date.';

/** MET when nothing the rule expects is missing, else NOT_MET naming what is. */
export function metUnlessMissing(
  ruleId: string,
  subject: Parameters<typeof finding>[1],
  missing: MissingItem[],
  met: string,
  notMet: string,
  evidence: EvidenceItem[] = [],
): FindingRecord {
  return missing.length
    ? finding(ruleId, subject, 'NOT_MET', notMet, evidence, missing)
    : finding(ruleId, subject, 'MET', met, evidence);
}
