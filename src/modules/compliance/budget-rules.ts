import type { ArrangementFact } from './area-facts.store';
import { areaSubject, finding, lacking, metUnlessMissing, type AreaView, type FindingRecord } from './area-view';

const arrangementSubject = (arrangement: ArrangementFact) => ({
  type: 'BudgetArrangement' as const,
  id: arrangement.id,
  label: arrangement.name,
});

function pools(view: AreaView, rule: string, judge: (pool: ArrangementFact) => FindingRecord): FindingRecord[] {
  const pooled = view.facts.arrangements.filter((arrangement) => arrangement.kind === 'POOLED');
  if (!pooled.length)
    return [finding(rule, areaSubject(view), 'NOT_APPLICABLE', 'No pooled budget is in force on the date.')];
  return pooled.map(judge);
}

function pooledOrAligned(view: AreaView): FindingRecord {
  const joint = view.facts.arrangements.filter(
    (arrangement) => arrangement.kind === 'POOLED' || arrangement.kind === 'ALIGNED',
  );
  const evidence = joint.map((arrangement) => ({
    recordType: 'BudgetArrangement' as const,
    rowId: arrangement.id,
    label: arrangement.name,
    note: arrangement.kind,
  }));
  return metUnlessMissing(
    'arrangement.pooled-or-aligned',
    areaSubject(view),
    joint.length ? [] : [lacking('POOLED', 'A pooled or aligned budget')],
    `${joint.length} pooled or aligned arrangement${joint.length === 1 ? ' is' : 's are'} in force.`,
    'No budget is pooled or aligned on the date.',
    evidence,
  );
}

/** The budget rules of the guidance beyond DOMAIN.md §4, in the catalogue's order. */
export function budgetRules(view: AreaView): FindingRecord[] {
  return [
    pooledOrAligned(view),
    ...pools(view, 'arrangement.pool-governed', (pool) => {
      const body = pool.governingBodyId ? view.bodyById.get(pool.governingBodyId) : undefined;
      return metUnlessMissing(
        'arrangement.pool-governed',
        arrangementSubject(pool),
        pool.governingBodyId ? [] : [lacking('GOVERNING_BODY', 'A governing body')],
        `Governed by ${body?.name ?? 'a body of another area'}.`,
        'The pool names no governing body.',
      );
    }),
    ...pools(view, 'arrangement.pool-formalised', (pool) => {
      const missing = [
        ...(pool.legalBasis === 'NONE' ? [lacking('LEGAL_BASIS', 'The statutory power it is made under')] : []),
        ...(pool.agreement ? [] : [lacking('AGREEMENT', 'The agreement it is made under')]),
      ];
      return metUnlessMissing(
        'arrangement.pool-formalised',
        arrangementSubject(pool),
        missing,
        `Made under ${pool.legalBasis}; agreement: ${pool.agreement}.`,
        'The pool is not formalised in full.',
      );
    }),
  ];
}
