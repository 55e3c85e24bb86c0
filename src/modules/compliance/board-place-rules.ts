import {
  areaSubject,
  bodySubject,
  finding,
  lacking,
  noBoard,
  type AreaView,
  type EvidenceItem,
  type FindingRecord,
  type MissingItem,
} from './area-view';

/* DOMAIN.md §4's rules on where the board stands among the area's partnerships: the LSCB never beneath it (4), the
   board within the LSP and beside the CDRP (8). */

/** Lines along which one body answers to another: a path of them from the LSCB to the board subordinates it. */
const subordinating = new Set(['ACCOUNTABLE_TO', 'SUB_GROUP_OF']);

export function lscbIndependence(view: AreaView): FindingRecord[] {
  const rule = 'lscb.independence';
  if (!view.lscbs.length || !view.boards.length) {
    return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'The area has no LSCB, or no board, on the date.')];
  }
  const boardIds = new Set(view.boards.map((board) => board.id));
  const upward = new Map<string, { line: string; to: string; kind: string }[]>();
  for (const line of view.facts.lines) {
    if (!subordinating.has(line.kind) || !line.fromBodyId || !line.toBodyId) continue;
    const list = upward.get(line.fromBodyId) ?? [];
    list.push({ line: line.id, to: line.toBodyId, kind: line.kind });
    upward.set(line.fromBodyId, list);
  }
  return view.lscbs.map((lscb) => {
    // Breadth first, so the path reported is the shortest; lines are acyclic, but a visited set bounds it anyway.
    const previous = new Map<string, { from: string; line: string; kind: string } | null>([[lscb.id, null]]);
    const queue = [lscb.id];
    let reached: string | null = null;
    while (queue.length && !reached) {
      const at = queue.shift()!;
      for (const step of upward.get(at) ?? []) {
        if (previous.has(step.to)) continue;
        previous.set(step.to, { from: at, line: step.line, kind: step.kind });
        if (boardIds.has(step.to)) {
          reached = step.to;
          break;
        }
        queue.push(step.to);
      }
    }
    if (!reached) return finding(rule, bodySubject(lscb), 'MET', 'No line makes the LSCB answer to the board.');
    const path: EvidenceItem[] = [];
    for (let at = reached; previous.get(at); at = previous.get(at)!.from) {
      const step = previous.get(at)!;
      const from = view.bodyById.get(step.from)?.name ?? 'a body';
      const to = view.bodyById.get(at)?.name ?? 'a body';
      path.unshift({ recordType: 'AccountabilityLine', rowId: step.line, label: `${from} → ${to}`, note: step.kind });
    }
    return finding(
      rule,
      bodySubject(lscb),
      'NOT_MET',
      path.length === 1
        ? 'The LSCB answers to the board directly.'
        : `The LSCB answers to the board through ${path.length - 1} other bod${path.length === 2 ? 'y' : 'ies'}.`,
      path,
    );
  });
}

export function withinLsp(view: AreaView): FindingRecord[] {
  const rule = 'board.within-lsp';
  if (!view.boards.length) return [finding(rule, areaSubject(view), 'NOT_MET', noBoard)];
  return view.boards.map((board) => {
    const evidence: EvidenceItem[] = [];
    const missing: MissingItem[] = [];
    const kindOf = (id: string | null) => (id ? view.bodyById.get(id)?.kind : undefined);
    const reports = view.facts.lines.filter(
      (line) => line.kind === 'REPORTS_TO' && line.fromBodyId === board.id && kindOf(line.toBodyId) === 'LSP',
    );
    const works = view.facts.lines.filter(
      (line) =>
        line.kind === 'WORKS_WITH' &&
        ((line.fromBodyId === board.id && kindOf(line.toBodyId) === 'CDRP') ||
          (line.toBodyId === board.id && kindOf(line.fromBodyId) === 'CDRP')),
    );
    const lineEvidence = (line: (typeof reports)[number]) => ({
      recordType: 'AccountabilityLine' as const,
      rowId: line.id,
      label: `${view.bodyById.get(line.fromBodyId!)?.name} → ${view.bodyById.get(line.toBodyId!)?.name}`,
      note: line.kind,
    });
    evidence.push(...reports.map(lineEvidence), ...works.map(lineEvidence));
    if (!reports.length) missing.push(lacking('REPORTS_TO', 'A reports-to line to the LSP'));
    if (!works.length) missing.push(lacking('WORKS_WITH', 'A works-with line to the CDRP'));
    return missing.length
      ? finding(
          rule,
          bodySubject(board),
          'NOT_MET',
          'The board’s place among the area’s partnerships is not recorded in full.',
          evidence,
          missing,
        )
      : finding(rule, bodySubject(board), 'MET', 'The board reports to the LSP and works with the CDRP.', evidence);
  });
}
