import type { AreaContext } from './context';
import { dayBetween } from './dates';
import { cite } from './figures';
import type { Organisation } from './organisations';
import type { Body } from './posts';
import { generated, nationalId } from './rows';

type Plan = { id: string; key: string };

/**
 * The facts the plan rules read beyond the CYPP itself: the JSNA, a duty on the authority and the PCT from April
 * 2008 (003 ¶43), with the plans it informs and who produced it, and who produced the CYPP ("joint development and
 * sign-off" by the LA and the PCT, 001 App. 1). No source gives how many areas had either, so the shares are the
 * generator's: most areas meet them, some do not, and some record no CYPP producers at all (the rule then says
 * UNKNOWN). Drawn from streams of their own, so the figures the other builders follow do not move.
 */
export function buildStrategyFacts(ctx: AreaContext, board: Body, plans: { cypp: Plan; scs: Plan }): void {
  const jsna = buildJsna(ctx, board, plans);
  buildJsnaProducers(ctx, jsna);
  buildCyppProducers(ctx, plans.cypp);
}

function buildJsna(ctx: AreaContext, board: Body, plans: { cypp: Plan; scs: Plan }): Plan {
  const { area, rows } = ctx;
  const random = ctx.random('jsna');
  const key = `${area.code}|JSNA`;
  const id = nationalId('plans', key);
  // The first JSNAs were due in the duty's first year: most areas finish in 2008-09, a few are still at it in 2009.
  const finished = random.chance(0.85);
  const adoptedOn = finished ? dayBetween(random, '2008-04-01', '2009-02-01') : null;
  rows.plans.push({
    id,
    kind: 'JSNA',
    areaId: ctx.places.upper.id,
    ownerBodyId: board.id,
    title: `${area.name} Joint Strategic Needs Assessment`,
    periodStart: '2008-04-01',
    periodEnd: '2011-04-01',
    adoptedOn,
    publishedOn: adoptedOn,
    ...generated(cite.jsna),
  });
  rows.planStatuses.push({
    id: nationalId('plan_statuses', `${key}|2008-04-01`),
    planId: id,
    status: 'PLANNED',
    validFrom: '2008-04-01',
    validTo: adoptedOn,
    ...generated(cite.jsna),
  });
  if (adoptedOn) {
    rows.planStatuses.push({
      id: nationalId('plan_statuses', `${key}|${adoptedOn}`),
      planId: id,
      status: 'IN_PLACE',
      validFrom: adoptedOn,
      validTo: '2011-04-01',
      ...generated(cite.jsna),
    });
  }
  // A finished JSNA informs the CYPP and the SCS in most areas; elsewhere the plans do not yet say they draw on it.
  if (adoptedOn && random.chance(0.7)) {
    for (const plan of [plans.cypp, plans.scs]) {
      rows.planLinks.push({
        id: nationalId('plan_links', `${plan.key}|INFORMED_BY|${key}`),
        planId: plan.id,
        linkedPlanId: id,
        kind: 'INFORMED_BY',
        ...generated(cite.jsna),
      });
    }
  }
  return { id, key };
}

/**
 * The JSNA is the authority's and the PCTs' to produce: "a statutory duty on local authorities and PCTs to work
 * together to produce a joint strategic needs assessment", the trust "involved through the Director of Children's
 * Services working with the Director of Public Health" (003 ¶43). Producers are organisations or bodies, not posts,
 * so the directors are named through their employers: the authority and each of the area's PCTs in 2008. Every
 * JSNA names both, finished or not, as the duty asks of every area; no draw is made, so nothing else moves.
 */
function buildJsnaProducers(ctx: AreaContext, jsna: Plan): void {
  const { partners: p, rows } = ctx;
  // Merged trusts can leave two of an area's PCTs with one successor: each producer is named once.
  for (const organisation of new Set([p.la, ...p.pcts.map((trust) => trust.current)])) {
    rows.planProducers.push({
      id: nationalId('plan_producers', `${jsna.key}|${organisation.key}`),
      planId: jsna.id,
      producerOrganisationId: organisation.id,
      ...generated(cite.jsna),
    });
  }
}

function buildCyppProducers(ctx: AreaContext, cypp: Plan): void {
  const { partners: p, rows } = ctx;
  const random = ctx.random('cypp-producers');
  const producers = random.weighted({ authorityAndPcts: 70, authorityAlone: 18, unrecorded: 12 });
  if (producers === 'unrecorded') return;
  const organisations: Organisation[] = [p.la];
  if (producers === 'authorityAndPcts') organisations.push(...p.pcts.map((trust) => trust.current));
  // Merged trusts can leave two of an area's PCTs with one successor: each producer is named once.
  for (const organisation of new Set(organisations)) {
    rows.planProducers.push({
      id: nationalId('plan_producers', `${cypp.key}|${organisation.key}`),
      planId: cypp.id,
      producerOrganisationId: organisation.id,
      ...generated(cite.jointSignOff),
    });
  }
}
