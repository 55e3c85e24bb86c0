import { makeBody, type AreaBodies } from './body';
import type { AreaContext } from './context';
import { dayBetween, latest } from './dates';
import { cite } from './figures';
import type { Body } from './posts';
import { generated, nationalId } from './rows';
import { buildSubBodies } from './sub-bodies';

/** The partnership bodies around the board (the "typical area" of DOMAIN.md §1): LSP, ACPC → LSCB, CDRP, 14-19. */
export function buildPartnershipBodies(ctx: AreaContext, board: Body): Omit<AreaBodies, 'board'> {
  const { area } = ctx;
  const random = ctx.random('bodies');
  const lsp = makeBody(ctx, {
    part: 'lsp',
    name: `${area.name} ${random.pick(['Strategic Partnership', 'Local Strategic Partnership', 'Partnership'])}`,
    kind: 'LSP',
    level: 'STRATEGIC',
    chairType: 'LEADER_OF_THE_COUNCIL',
    validFrom: dayBetween(random, '2001-04-01', '2003-04-01'),
    sources: cite.reportsToLsp,
  });
  const lscbStart = dayBetween(random, '2005-10-01', '2006-04-01');
  const lscbIndependentChair = random.chance(0.6);
  const acpc = makeBody(ctx, {
    part: 'acpc',
    name: `${area.name} Area Child Protection Committee`,
    kind: 'AREA_CHILD_PROTECTION_COMMITTEE',
    level: 'STRATEGIC',
    validFrom: latest(area.validFrom, '1995-04-01'),
    validTo: lscbStart,
    sources: cite.acpc,
  });
  const lscb = makeBody(ctx, {
    part: 'lscb',
    name: `${area.name} Safeguarding Children Board`,
    kind: 'LSCB',
    level: 'STRATEGIC',
    chairType: lscbIndependentChair ? 'INDEPENDENT' : 'DIRECTOR_OF_CHILDRENS_SERVICES',
    validFrom: lscbStart,
    sources: cite.lscb,
  });
  ctx.rows.bodySuccessions.push({
    id: nationalId('body_successions', `${area.code}|acpc>lscb`),
    predecessorId: acpc.id,
    successorId: lscb.id,
    occurredOn: lscbStart,
    ...generated(cite.acpc),
  });
  ctx.rows.bodyLegalStatuses.push({
    id: nationalId('body_legal_statuses', `${lscb.key}|statutory`),
    bodyId: lscb.id,
    status: 'STATUTORY_BODY',
    validFrom: lscb.validFrom,
    validTo: lscb.validTo,
    ...generated(cite.lscbStatutory),
  });
  const cdrp = makeBody(ctx, {
    part: 'cdrp',
    name: random.pick([
      `Safer ${area.name} Partnership`,
      `${area.name} Community Safety Partnership`,
      `${area.name} Crime and Disorder Reduction Partnership`,
    ]),
    kind: 'CDRP',
    level: 'STRATEGIC',
    validFrom: dayBetween(random, '1998-12-01', '2000-04-01'),
    sources: cite.partnerships,
  });
  const fourteenNineteen = makeBody(ctx, {
    part: '14-19',
    name: `${area.name} 14-19 ${random.pick(['Partnership', 'Strategic Partnership'])}`,
    kind: 'FOURTEEN_NINETEEN_PARTNERSHIP',
    level: 'STRATEGIC',
    validFrom: dayBetween(random, '2005-01-01', '2007-09-01'),
    sources: cite.partnerships,
  });
  return { lsp, lscb, acpc, cdrp, fourteenNineteen, lscbIndependentChair, ...buildSubBodies(ctx, board) };
}
