import type { BodyFact, LineFact } from './area-facts.store';
import {
  areaSubject,
  bodySubject,
  finding,
  kindLabel,
  lacking,
  metUnlessMissing,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
  type MissingItem,
} from './area-view';
import { expected, perBoard } from './board-judging';

/** Lines along which a body answers to another: a body reached along them from below stands beneath it. */
const answersTo = new Set(['SUB_GROUP_OF', 'ACCOUNTABLE_TO', 'REPORTS_TO']);

/** Lines that say how the board and a partner stand to each other (001 App. 1's "reporting lines"). */
const reporting = new Set(['ACCOUNTABLE_TO', 'REPORTS_TO', 'HELD_TO_ACCOUNT_BY']);

/** Lines along which an executive group takes the decisions of a body above it (003 ¶91). */
const guidedBy = new Set(['GUIDED_BY', 'SUB_GROUP_OF', 'ACCOUNTABLE_TO', 'REPORTS_TO']);

const bodyEvidence = (body: BodyFact, note: string | null): EvidenceItem => ({
  recordType: 'Body',
  rowId: body.id,
  label: body.name,
  note,
});

const lineEvidence = (line: LineFact, label: string): EvidenceItem => ({
  recordType: 'AccountabilityLine',
  rowId: line.id,
  label,
  note: line.kind,
});

/** The bodies that answer to the board, directly or through others; breadth first, bounded by a visited set. */
function bodiesBeneath(view: AreaView, board: BodyFact): BodyFact[] {
  const below = new Map<string, string[]>();
  for (const line of view.facts.lines) {
    if (!answersTo.has(line.kind) || !line.fromBodyId || !line.toBodyId) continue;
    below.set(line.toBodyId, [...(below.get(line.toBodyId) ?? []), line.fromBodyId]);
  }
  const reached = new Set([board.id]);
  const queue = [board.id];
  while (queue.length) {
    for (const id of below.get(queue.shift()!) ?? []) {
      if (reached.has(id)) continue;
      reached.add(id);
      queue.push(id);
    }
  }
  reached.delete(board.id);
  return [...reached].map((id) => view.bodyById.get(id)).filter((body): body is BodyFact => body !== undefined);
}

function subGroups(view: AreaView): FindingRecord[] {
  const rule = 'board.sub-groups';
  return perBoard(view, rule, (board) => {
    const beneath = bodiesBeneath(view, board);
    const evidence: EvidenceItem[] = [];
    const missing: MissingItem[] = [];
    for (const [level, label] of [
      ['EXECUTIVE', 'A sub-group at executive level'],
      ['OPERATIONAL', 'A sub-group at operational level'],
    ] as const) {
      const found = beneath.filter((body) => body.level === level);
      evidence.push(...found.map((body) => bodyEvidence(body, level)));
      if (!found.length) missing.push(lacking(level, label, 'No body of this level answers to the board.'));
    }
    return expected(
      rule,
      bodySubject(board),
      evidence,
      missing,
      'Bodies at executive and operational levels answer to the board.',
      `No body at ${missing.map((item) => item.code.toLowerCase()).join(' or ')} level answers to the board.`,
    );
  });
}

function partnerReportingLines(view: AreaView): FindingRecord[] {
  const rule = 'board.partner-reporting-lines';
  // The authority's own line is `board.reporting-lines`; district councils are partners only where there are districts.
  const partners = view.facts.organisations.filter(
    (organisation) =>
      organisation.hasDuty &&
      organisation.kind !== 'LOCAL_AUTHORITY' &&
      (organisation.kind !== 'DISTRICT_COUNCIL' || view.districts.length > 0),
  );
  if (view.boards.length && !partners.length) {
    return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No relevant partner but the authority is recorded.')];
  }
  return perBoard(view, rule, (board) => {
    const evidence: EvidenceItem[] = [];
    const missing: MissingItem[] = [];
    for (const partner of partners) {
      const lines = view.facts.lines.filter(
        (line) =>
          reporting.has(line.kind) &&
          ((line.fromBodyId === board.id && line.toOrganisationId === partner.id) ||
            (line.fromOrganisationId === partner.id && line.toBodyId === board.id)),
      );
      evidence.push(...lines.map((line) => lineEvidence(line, `${board.name} and ${partner.name}`)));
      if (!lines.length) {
        missing.push({
          code: partner.kind,
          label: partner.name,
          note: `No line of accountability or reporting joins it to the board (${kindLabel(partner.kind)}).`,
          recordType: 'Organisation',
          rowId: partner.id,
        });
      }
    }
    return expected(
      rule,
      bodySubject(board),
      evidence,
      missing,
      `The board’s lines with all ${partners.length} relevant partners are recorded.`,
      `${missing.length} of ${partners.length} relevant partners have no line with the board.`,
    );
  });
}

function executiveGuided(view: AreaView): FindingRecord[] {
  const rule = 'executive.guided-by-board-and-lsp';
  const groups = view.facts.bodies.filter((body) => body.kind === 'EXECUTIVE_GROUP' && body.areaId === view.root.id);
  if (!groups.length) {
    return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'The area records no executive group on the date.')];
  }
  const boardIds = new Set(view.boards.map((board) => board.id));
  return groups.map((group) => {
    const lines = view.facts.lines.filter((line) => line.fromBodyId === group.id && guidedBy.has(line.kind));
    const toBoard = lines.filter((line) => boardIds.has(line.toBodyId ?? ''));
    const toLsp = lines.filter((line) => view.bodyById.get(line.toBodyId ?? '')?.kind === 'LSP');
    const label = (line: LineFact) => `${group.name} → ${view.bodyById.get(line.toBodyId!)?.name ?? 'a body'}`;
    return metUnlessMissing(
      rule,
      bodySubject(group),
      [
        ...(toBoard.length ? [] : [lacking('CHILDRENS_TRUST_BOARD', 'A line to the children’s trust board')]),
        ...(toLsp.length ? [] : [lacking('LSP', 'A line to the LSP')]),
      ],
      'The executive group takes the decisions of both the board and the LSP.',
      'The executive group is not recorded as guided by both the board and the LSP.',
      [...toBoard, ...toLsp].map((line) => lineEvidence(line, label(line))),
    );
  });
}

/** The rules on how the trust's bodies are joined, in the catalogue's order. */
export function structureRules(view: AreaView): FindingRecord[] {
  return [...subGroups(view), ...partnerReportingLines(view), ...executiveGuided(view)];
}
