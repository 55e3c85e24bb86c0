import type { AreaContext } from './area-context';
import type { SourcedBuilder } from './builder-plans';
import { partner } from './area-context';
import { c004, generic, synthetic, type Provenance } from './citations';
import { lscbDeadline, registryEpoch } from './dates';
import type { BodySpec } from './builder-types';
import type { SourcedRows } from './tables';
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

type BodyKind = SourcedRows['bodies'][number]['kind'];
type BodyLevel = SourcedRows['bodies'][number]['level'];

function declareBody(
  b: SourcedBuilder,
  ctx: AreaContext,
  suffix: string,
  named: Named,
  kind: BodyKind,
  level: BodyLevel,
  typed: Pick<BodySpec, 'scrutinyKind'> = {},
) {
  const { name, prov, validFrom = registryEpoch } = named;
  b.body(`${ctx.slug}/${suffix}`, { name, kind, level, area: ctx.code, validFrom, prov, ...typed });
}

/** The LSP the board reports to, the LSCB it must consult and the CDRP it works with (003 ¶148; 001 App. 1). */
function declarePartnerships(b: SourcedBuilder, ctx: AreaContext, spec: SurroundSpec): void {
  const board = boardKey(ctx);
  const lsp =
    spec.lsp ??
    plain(`${ctx.name} local strategic partnership`, registryEpoch, generic.reportsToLsp, generic.lspNonStatutory);
  declareBody(b, ctx, 'lsp', lsp, 'LSP', 'STRATEGIC');
  const lspStatus = { ...lsp.prov, sources: [...lsp.prov.sources, generic.lspNonStatutory] };
  b.legalStatus(`${ctx.slug}/lsp`, 'NON_LEGAL_PARTNERSHIP', lspStatus);
  b.line('REPORTS_TO', board, `${ctx.slug}/lsp`, { prov: synthetic(generic.reportsToLsp, generic.positionedInLsp) });

  const lscb = spec.lscb ?? plain(`${ctx.name} local safeguarding children board`, lscbDeadline, generic.lscbStatutory);
  declareBody(b, ctx, 'lscb', { validFrom: lscbDeadline, ...lscb }, 'LSCB', 'STRATEGIC');
  const lscbStatus = { ...lscb.prov, sources: [...lscb.prov.sources, generic.lscbStatutory] };
  b.legalStatus(`${ctx.slug}/lscb`, 'STATUTORY_BODY', lscbStatus);
  declareLscbMembers(b, ctx);
  b.line('MUST_CONSULT', board, `${ctx.slug}/lscb`, {
    prov: synthetic(generic.mustConsultLscb),
    note: 'Consulted on the CYPP; works independently and alongside the board (004 ¶84)',
  });

  const cdrp =
    spec.cdrp ?? plain(`${ctx.name} crime and disorder reduction partnership`, registryEpoch, generic.worksWithCdrp);
  declareBody(b, ctx, 'cdrp', cdrp, 'CDRP', 'STRATEGIC');
  b.line('WORKS_WITH', board, `${ctx.slug}/cdrp`, { prov: synthetic(generic.worksWithCdrp) });
}

/**
 * The LSCB's members: the statutory partners of the Children Act 2004 ss13-16 the Glossary describes it under (the
 * council, the PCTs, police, probation and the youth offending team), each for itself, and the Director of
 * Children's Services where the area has that post, a member of both boards ("some joint membership to ensure good
 * communication", 004 ¶83). No source lists any area's LSCB members, so every seat is synthetic.
 */
function declareLscbMembers(b: SourcedBuilder, ctx: AreaContext): void {
  const lscb = `${ctx.slug}/lscb`;
  const prov = synthetic(generic.lscbStatutory, c004('¶83'));
  const members = [
    ctx.council,
    ...ctx.pcts,
    ...(['police', 'probation', 'yot'] as const).map((role) => partner(b, ctx, role)),
  ];
  for (const member of members) {
    if (b.seatedOn(lscb).has(member)) continue;
    b.seat(lscb, member, { constituency: 'OWN_ORGANISATION', prov });
  }
  const dcs = `${ctx.slug}/post/dcs`;
  if (b.has(dcs) && !b.seatedOn(lscb).has(dcs)) {
    b.seat(lscb, dcs, { onBehalfOf: ctx.council, constituency: 'OWN_ORGANISATION', prov });
  }
}

/** The 14-19 partnership feeding into the board, its executive group and the scrutiny committee (004 ¶64; 003 ¶149). */
function declareDelivery(b: SourcedBuilder, ctx: AreaContext, spec: SurroundSpec): void {
  const board = boardKey(ctx);
  const boardFrom = b.validFromOf(board) ?? registryEpoch;
  const vision =
    spec.fourteenNineteen ??
    plain(`${ctx.name} 14-19 partnership`, boardFrom, generic.fourteenNineteen, generic.feedsInto);
  declareBody(b, ctx, '14-19', vision, 'FOURTEEN_NINETEEN_PARTNERSHIP', 'EXECUTIVE');
  b.line('FEEDS_INTO', `${ctx.slug}/14-19`, board, { prov: synthetic(generic.feedsInto, generic.fourteenNineteen) });

  if (spec.executive !== false) {
    const name = `${ctx.name} children's trust executive group`;
    const exec = spec.executive ?? plain(name, boardFrom, generic.levels, generic.executiveGuidedBy);
    declareBody(b, ctx, 'executive', exec, 'EXECUTIVE_GROUP', 'EXECUTIVE');
    executiveLines(b, ctx);
  }

  const scrutiny =
    spec.scrutiny ??
    plain(`${ctx.councilName} children and young people scrutiny committee`, registryEpoch, generic.scrutiny);
  declareBody(b, ctx, 'scrutiny', scrutiny, 'SCRUTINY_COMMITTEE', 'STRATEGIC', {
    scrutinyKind: 'CHILDREN_AND_YOUNG_PEOPLE',
  });
  b.line('SCRUTINISED_BY', board, `${ctx.slug}/scrutiny`, { prov: synthetic(generic.scrutiny) });
}

/**
 * The partnerships around a trust board (DOMAIN.md §1 "A typical area") and the lines between them. Where a source
 * names a body for this area its declaration is passed in; otherwise a plainly named synthetic body stands in,
 * supported by the generic source. Lines are synthetic unless the area file says otherwise: the sources rarely
 * state an area's lines.
 */
export function surround(b: SourcedBuilder, ctx: AreaContext, spec: SurroundSpec = {}): void {
  declarePartnerships(b, ctx, spec);
  declareDelivery(b, ctx, spec);
}

/** The executive group is a sub-group of the board and guided by the LSP as well (003 Table 2, ¶91). */
export function executiveLines(
  b: SourcedBuilder,
  ctx: AreaContext,
  prov: Provenance = synthetic(generic.levels),
): void {
  b.line('SUB_GROUP_OF', `${ctx.slug}/executive`, boardKey(ctx), { prov });
  b.line('GUIDED_BY', `${ctx.slug}/executive`, `${ctx.slug}/lsp`, { prov: synthetic(generic.executiveGuidedBy) });
}
