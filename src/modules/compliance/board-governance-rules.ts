import type { BodyFact, LineFact } from './area-facts.store';
import { bodySubject, finding, lacking, type AreaView, type EvidenceItem, type FindingRecord } from './area-view';
import { expected, perBoard } from './board-judging';

/* How the board is governed: the lines by which it answers and is held to account, its self-review, and the
 * delegations a deciding board needs. */

function lineEvidence(view: AreaView, line: LineFact): EvidenceItem {
  const end = (bodyId: string | null, organisationId: string | null) =>
    (bodyId ? view.bodyById.get(bodyId)?.name : view.organisationById.get(organisationId ?? '')?.name) ?? 'a record';
  return {
    recordType: 'AccountabilityLine',
    rowId: line.id,
    label: `${end(line.fromBodyId, line.fromOrganisationId)} → ${end(line.toBodyId, line.toOrganisationId)}`,
    note: line.kind,
  };
}

/** Lines from the board whose kind is one of `kinds` and whose far end passes `to`. */
function linesFrom(view: AreaView, board: BodyFact, kinds: string[], to: (line: LineFact) => boolean) {
  return view.facts.lines.filter((line) => line.fromBodyId === board.id && kinds.includes(line.kind) && to(line));
}

export function reportingLines(view: AreaView): FindingRecord[] {
  const rule = 'board.reporting-lines';
  return perBoard(view, rule, (board) => {
    const toAuthority = (line: LineFact) =>
      view.facts.organisations.some((o) => o.id === line.toOrganisationId && o.kind === 'LOCAL_AUTHORITY');
    const lines = linesFrom(view, board, ['ACCOUNTABLE_TO', 'REPORTS_TO', 'HELD_TO_ACCOUNT_BY'], toAuthority);
    return expected(
      rule,
      bodySubject(board),
      lines.map((line) => lineEvidence(view, line)),
      lines.length ? [] : [lacking('LOCAL_AUTHORITY', 'A line from the board to the local authority')],
      'The board’s line to the authority is recorded.',
      'No line says how the board answers to the authority.',
    );
  });
}

export function scrutinised(view: AreaView): FindingRecord[] {
  const rule = 'board.scrutinised';
  return perBoard(view, rule, (board) => {
    const lines = linesFrom(view, board, ['SCRUTINISED_BY', 'HELD_TO_ACCOUNT_BY'], () => true);
    return expected(
      rule,
      bodySubject(board),
      lines.map((line) => lineEvidence(view, line)),
      lines.length ? [] : [lacking('SCRUTINISED_BY', 'A scrutiny committee or partner holding the board to account')],
      `${lines.length} line${lines.length === 1 ? ' holds' : 's hold'} the board to account.`,
      'Nobody is recorded as scrutinising the board.',
    );
  });
}
/** The same day a year earlier. */
const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

export function selfReview(view: AreaView, asOf: string): FindingRecord[] {
  const rule = 'board.self-review';
  return perBoard(view, rule, (board) => {
    const on = board.selfAssessedOn;
    if (on && on > yearBefore(asOf)) {
      return finding(rule, bodySubject(board), 'MET', `The board published a self-assessment completed on ${on}.`);
    }
    return finding(
      rule,
      bodySubject(board),
      'NOT_MET',
      on
        ? `The last published self-assessment was completed on ${on}, over a year ago.`
        : 'No published self-assessment is recorded.',
      [],
      [lacking('SELF_ASSESSMENT', `A self-assessment completed in the year to ${asOf}`)],
    );
  });
}

export function decisionsUnderDelegation(view: AreaView): FindingRecord[] {
  const rule = 'board.decisions-under-delegation';
  return perBoard(view, rule, (board) => {
    const decides = board.role === 'DECISION_MAKING' || board.governanceModel === 'PARTNERSHIP_BY_LEGAL_AGREEMENT';
    if (!decides) {
      return finding(
        rule,
        bodySubject(board),
        'NOT_APPLICABLE',
        'The board is not recorded as deciding under delegated powers.',
      );
    }
    const held = view.facts.delegations.filter((delegation) => delegation.delegateBodyId === board.id);
    const evidence = held.map((delegation) => ({
      recordType: 'Delegation' as const,
      rowId: delegation.id,
      label: delegation.scope,
      note: 'Delegated to the board',
    }));
    return expected(
      rule,
      bodySubject(board),
      evidence,
      held.length ? [] : [lacking('DELEGATION', 'A delegation from a partner to the board')],
      `The board holds ${held.length} delegation${held.length === 1 ? '' : 's'}.`,
      'The board is recorded as deciding, but holds no delegation: it can only recommend.',
    );
  });
}
