import type { AreaContext } from './area-context';
import type { SourcedBuilder } from './builder-plans';
import { generic, synthetic, type Provenance } from './citations';
import { lscbDeadline, registryEpoch } from './dates';
import { boardKey } from './trust-board';

/** A body around the board that a source names for this area: its name and what says so. */
export interface Named {
  name: string;
  prov: Provenance;
  validFrom?: string;
}

export interface SurroundSpec {
  lsp?: Named;
  lscb?: Named;
  cdrp?: Named;
  /** The board's executive group; false where the area's executive is declared elsewhere. */
  executive?: Named | false;
  fourteenNineteen?: Named;
  scrutiny?: Named;
}

const plain = (name: string, validFrom: string, ...sources: Provenance['sources']): Named => ({
  name,
  validFrom,
  prov: synthetic(...sources),
});

/**
 * The partnerships around a trust board (DOMAIN.md §1 "A typical area") and the lines between them. Where a source
 * names a body for this area its declaration is passed in; otherwise a plainly named synthetic body stands in,
 * supported by the generic source. Lines are synthetic unless the area file says otherwise: the sources rarely
 * state an area's lines.
 */
export function surround(b: SourcedBuilder, ctx: AreaContext, spec: SurroundSpec = {}): void {
  const board = boardKey(ctx);
  const boardFrom = b.validFromOf(board) ?? registryEpoch;
  const at = (suffix: string) => `${ctx.slug}/${suffix}`;
  const declare = (suffix: string, named: Named, kind: Parameters<SourcedBuilder['body']>[1]['kind'], level: Parameters<SourcedBuilder['body']>[1]['level']) =>
    b.body(at(suffix), { name: named.name, kind, level, area: ctx.code, validFrom: named.validFrom ?? registryEpoch, prov: named.prov });

  const lsp = spec.lsp ?? plain(`${ctx.name} local strategic partnership`, registryEpoch, generic.reportsToLsp, generic.lspNonStatutory);
  declare('lsp', lsp, 'LSP', 'STRATEGIC');
  b.legalStatus(at('lsp'), 'NON_LEGAL_PARTNERSHIP', { ...lsp.prov, sources: [...lsp.prov.sources, generic.lspNonStatutory] });
  b.line('REPORTS_TO', board, at('lsp'), { prov: synthetic(generic.reportsToLsp, generic.positionedInLsp) });

  const lscb = spec.lscb ?? plain(`${ctx.name} local safeguarding children board`, lscbDeadline, generic.lscbStatutory);
  declare('lscb', { validFrom: lscbDeadline, ...lscb }, 'LSCB', 'STRATEGIC');
  b.legalStatus(at('lscb'), 'STATUTORY_BODY', { ...lscb.prov, sources: [...lscb.prov.sources, generic.lscbStatutory] });
  b.line('MUST_CONSULT', board, at('lscb'), { prov: synthetic(generic.mustConsultLscb), note: 'Consulted on the CYPP; works independently and alongside the board (004 ¶84)' });

  const cdrp = spec.cdrp ?? plain(`${ctx.name} crime and disorder reduction partnership`, registryEpoch, generic.worksWithCdrp);
  declare('cdrp', cdrp, 'CDRP', 'STRATEGIC');
  b.line('WORKS_WITH', board, at('cdrp'), { prov: synthetic(generic.worksWithCdrp) });

  const vision = spec.fourteenNineteen ?? plain(`${ctx.name} 14-19 partnership`, boardFrom, generic.fourteenNineteen, generic.feedsInto);
  declare('14-19', vision, 'FOURTEEN_NINETEEN_PARTNERSHIP', 'EXECUTIVE');
  b.line('FEEDS_INTO', at('14-19'), board, { prov: synthetic(generic.feedsInto, generic.fourteenNineteen) });

  if (spec.executive !== false) {
    const exec = spec.executive ?? plain(`${ctx.name} children's trust executive group`, boardFrom, generic.levels, generic.executiveGuidedBy);
    declare('executive', exec, 'EXECUTIVE_GROUP', 'EXECUTIVE');
    executiveLines(b, ctx);
  }

  const scrutiny = spec.scrutiny ?? plain(`${ctx.councilName} children and young people scrutiny committee`, registryEpoch, generic.scrutiny);
  declare('scrutiny', scrutiny, 'SCRUTINY_COMMITTEE', 'STRATEGIC');
  b.line('SCRUTINISED_BY', board, at('scrutiny'), { prov: synthetic(generic.scrutiny) });
}

/** The executive group is a sub-group of the board and guided by the LSP as well (003 Table 2, ¶91). */
export function executiveLines(b: SourcedBuilder, ctx: AreaContext, prov: Provenance = synthetic(generic.levels)): void {
  b.line('SUB_GROUP_OF', `${ctx.slug}/executive`, boardKey(ctx), { prov });
  b.line('GUIDED_BY', `${ctx.slug}/executive`, `${ctx.slug}/lsp`, { prov: synthetic(generic.executiveGuidedBy) });
}
