import { judgeField } from '../../auth/field-rules';
import type { Context } from '../../context';
import type { IsoDate } from '../../shared/dates';
import { toGlobalId } from '../../shared/global-id';
import type { AreaFact, SeatFact } from './area-facts.store';
import { ComplianceFinding, ComplianceRule } from './compliance.type';
import { boardSeatsOf, evaluateArea, type FindingRecord } from './evaluate';
import type { RuleDefinition } from './rule-catalogue';

export const toRule = ({ warnsOn, ...rule }: RuleDefinition) =>
  Object.assign(new ComplianceRule(), rule, { warnsOnList: warnsOn });

function toFinding(record: FindingRecord): ComplianceFinding {
  return Object.assign(new ComplianceFinding(), {
    rule: toRule(record.rule),
    subjectType: record.subjectType,
    subjectId: toGlobalId(record.subjectType, record.subjectRowId),
    subjectLabel: record.subjectLabel,
    outcome: record.outcome,
    explanation: record.explanation,
    evidence: record.evidence.map((item) => ({
      recordType: item.recordType,
      recordId: toGlobalId(item.recordType, item.rowId),
      label: item.label,
      note: item.note,
    })),
    missing: record.missing.map((item) => ({
      code: item.code,
      label: item.label,
      note: item.note,
      recordId: item.recordType && item.rowId ? toGlobalId(item.recordType, item.rowId) : null,
    })),
  });
}

/**
 * Which seats' mandates the viewer may read, by the field rule of `Membership.canCommitResources` itself, each read
 * recorded in the read audit as that field's read would be: a rule judged on a mandate shows the mandate.
 */
async function readableMandates(seats: SeatFact[], context: Context): Promise<Set<string>> {
  const judged = await Promise.all(
    seats.map(async (seat) => {
      const judgement = await judgeField('Membership.canCommitResources', { ...seat, uuid: seat.id }, context);
      const read = {
        action: judgement.action,
        recordType: 'Membership',
        recordId: seat.id,
        field: 'canCommitResources',
      };
      if (!judgement.grounds) context.access.recordRefusal(read);
      else if (judgement.grounds !== 'AUTHENTICATED')
        context.access.recordRead({ ...read, grounds: judgement.grounds });
      return judgement.grounds ? seat.id : null;
    }),
  );
  return new Set(judged.filter((id): id is string => id !== null));
}

/** The reported rules judged on an authority's area tree (its own area first) as at a date. */
export async function judgeArea(context: Context, tree: AreaFact[], asOf: IsoDate): Promise<ComplianceFinding[]> {
  const facts = await context.stores.compliance.facts(tree, asOf);
  const readable = await readableMandates(boardSeatsOf(facts), context);
  return evaluateArea({ facts, mandateVisible: (seat) => readable.has(seat.id), asOf }).map(toFinding);
}

/** A record a write touched, as compliance names it in evidence and in what is missing. */
export interface WrittenRecord {
  recordType: string;
  rowId: string;
}

/**
 * What a write leaves broken: the findings of the given rules, on the area the written record belongs to as at the
 * day it takes effect, that are not met and either are judged on the written record itself (a plan published),
 * name the written record, or a record it concerns, among their
 * evidence or what they find missing, or (for a write that ends something: `sinceDayBefore`) were not broken, or
 * missed less, the day before. The write has succeeded; these tell the writer what now needs putting right. The
 * same judges as `compliance`, so there is one implementation of each rule; a bounded number of statements.
 */
export async function warningsOf(
  context: Context,
  written: WrittenRecord & {
    areaId: string | null;
    asOf: IsoDate;
    concerns?: WrittenRecord[];
    sinceDayBefore?: boolean;
  },
  ruleIds: readonly string[],
): Promise<ComplianceFinding[]> {
  if (!written.areaId || !ruleIds.length) return [];
  const tree = await context.stores.compliance.authorityTreeOf(written.areaId, written.asOf);
  if (!tree.length) return [];
  const named = new Set(
    [written, ...(written.concerns ?? [])].map((record) => toGlobalId(record.recordType as never, record.rowId)),
  );
  const judged = (findings: ComplianceFinding[]) => findings.filter((finding) => ruleIds.includes(finding.rule.id));
  const findings = judged(await judgeArea(context, tree, written.asOf));
  const before = written.sinceDayBefore ? judged(await judgeArea(context, tree, dayBefore(written.asOf))) : null;
  const key = (finding: ComplianceFinding) => `${finding.rule.id} ${finding.subjectId}`;
  const earlier = new Map((before ?? []).map((finding) => [key(finding), finding]));
  const newlyBroken = (finding: ComplianceFinding) => {
    if (!before) return false;
    const then = earlier.get(key(finding));
    // A rule that did not apply the day before begins to on the day (the 2008 partners, the JSNA): the date breaks
    // it, not the write.
    if (then?.outcome === 'NOT_APPLICABLE') return false;
    if (then?.outcome !== 'NOT_MET') return true;
    const missed = new Set(then.missing.map((item) => item.recordId ?? item.code));
    return finding.missing.some((item) => !missed.has(item.recordId ?? item.code));
  };
  const itself = toGlobalId(written.recordType as never, written.rowId);
  return findings.filter(
    (finding) =>
      finding.outcome === 'NOT_MET' &&
      (finding.subjectId === itself ||
        finding.evidence.some((item) => named.has(item.recordId)) ||
        finding.missing.some((item) => item.recordId !== null && named.has(item.recordId)) ||
        newlyBroken(finding)),
  );
}

function dayBefore(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
