import type { budgetArrangements, serviceArea } from '../../schema/database/index';
import type { AreaBodies, EcmOutcome } from './body';
import { clampStart, type AreaContext } from './context';
import { addMonths, dayBetween, latest } from './dates';
import { cite, shares } from './figures';
import type { Organisation } from './organisations';
import type { Body } from './posts';
import type { LegalBasis } from './profile';
import type { Random } from './random';
import { generated, nationalId } from './rows';

type ServiceArea = (typeof serviceArea.enumValues)[number];
type Arrangement = typeof budgetArrangements.$inferInsert;

const financialYears = [
  ['2006-07', '2006-04-01', '2007-04-01'],
  ['2007-08', '2007-04-01', '2008-04-01'],
  ['2008-09', '2008-04-01', '2009-04-01'],
] as const;

const basisNames: Partial<Record<LegalBasis, [string, string]>> = {
  HEALTH_ACT_1999_S31: ['Section 31 partnership agreement (Health Act 1999)', '2000-04-01'],
  CHILDREN_ACT_2004_S10: ['Pooled fund agreement under section 10 of the Children Act 2004', '2005-04-01'],
  NHS_ACT_1977_S28A: ['Section 28A agreement (NHS Act 1977)', '1999-04-01'],
};

const serviceLabels: Record<keyof typeof shares.pooledServices, string> = {
  HEALTH: 'health services',
  CAMHS: 'CAMHS',
  SOCIAL_CARE: 'social care',
  CROSS_SECTOR: 'cross-sector services',
  EDUCATION: 'education',
  YOUTH_OFFENDING: 'youth offending services',
  EARLY_YEARS: 'early years',
  ALL_SERVICES: "all children's services",
  CHILDRENS_FUND: "Children's Fund",
  CONNEXIONS: 'Connexions',
};

/** 003 ¶115: aligned budgets serve CAMHS, disabled children, substance misuse, teenage pregnancy, youth offending… */
const alignedServices: [string, ServiceArea, EcmOutcome[]][] = [
  ['child and adolescent mental health services', 'CAMHS', ['BE_HEALTHY']],
  ['services for disabled children', 'SOCIAL_CARE', ['BE_HEALTHY', 'ENJOY_AND_ACHIEVE']],
  ['substance misuse services', 'HEALTH', ['BE_HEALTHY', 'STAY_SAFE']],
  ['teenage pregnancy reduction', 'HEALTH', ['BE_HEALTHY']],
  ['youth offending prevention', 'YOUTH_OFFENDING', ['POSITIVE_CONTRIBUTION', 'STAY_SAFE']],
  ['healthy schools', 'EDUCATION', ['BE_HEALTHY', 'ENJOY_AND_ACHIEVE']],
];

/** Synthetic sums (DOMAIN.md §7: no source gives a budget), to the nearest £1,000. */
const amount = (random: Random, organisation: Organisation) => {
  const large = organisation.kind === 'LOCAL_AUTHORITY' || organisation.kind === 'PRIMARY_CARE_TRUST';
  return random.int(large ? 100 : 20, large ? 2500 : 250) * 1000;
};

/** Pooled funds in just over a third of areas (003 ¶111), aligned budgets in three quarters (003 ¶115). */
export function buildBudgets(ctx: AreaContext, board: Body, bodies: AreaBodies): void {
  const { area, profile, partners: p } = ctx;
  const random = ctx.random('budgets');
  const pcts = p.pcts.map((trust) => trust.current);
  const basis = profile.poolBasis;
  const pools = basis ? random.int(1, 2) : 0;
  const pooledAlready = new Set<string>();
  for (let i = 0; i < pools && basis; i += 1) {
    const [agreement, earliest] = basisNames[basis]!;
    const service = random.weighted(shares.pooledServices);
    if (pooledAlready.has(service)) continue;
    pooledAlready.add(service);
    const preDates = random.chance(0.6) && board.validFrom > latest(earliest, '2001-04-01');
    const validFrom = clampStart(
      area,
      preDates
        ? dayBetween(random, latest(earliest, '2001-04-01'), board.validFrom)
        : dayBetween(random, latest(board.validFrom, earliest), addMonths(latest(board.validFrom, earliest), 24)),
    );
    // s31 and s28a pools are for councils and health bodies only; s10 can take in any relevant partner (004 ¶136).
    const parties =
      basis === 'CHILDREN_ACT_2004_S10'
        ? [p.la, ...pcts, random.pick([p.police, p.connexions, p.yot])]
        : [p.la, ...pcts, ...(random.chance(0.3) ? [p.nhsTrust] : [])];
    const host = basis === 'CHILDREN_ACT_2004_S10' || random.chance(0.6) ? p.la : pcts[0]!;
    arrange(
      ctx,
      `pool-${i + 1}`,
      {
        name: `${area.name} pooled budget: ${serviceLabels[service]}`,
        kind: 'POOLED',
        legalBasis: basis,
        hostId: host.id,
        governingBodyId: (bodies.commissioning ?? bodies.executive).id,
        serviceAreas: [service],
        agreement,
        preDatesTrust: validFrom < board.validFrom,
        validFrom,
        sources: [...cite.pooled, ...cite.poolBasis, ...cite.pooledServices],
      },
      parties,
      random,
    );
  }
  if (!profile.aligned) return;
  for (const [i, [label, service, outcomes]] of random.shuffle(alignedServices).slice(0, random.int(1, 2)).entries()) {
    const theme = bodies.themes.find((t) => t.outcome === outcomes[0]);
    arrange(
      ctx,
      `aligned-${i + 1}`,
      {
        name: `${area.name} aligned budget: ${label}`,
        kind: 'ALIGNED',
        legalBasis: 'NONE',
        governingBodyId: (theme?.body ?? bodies.executive).id,
        serviceAreas: [service],
        outcomes,
        validFrom: clampStart(area, dayBetween(random, board.validFrom, addMonths(board.validFrom, 18))),
        sources: cite.aligned,
      },
      [p.la, pcts[0]!, ...random.shuffle([p.yot, p.police, p.connexions]).slice(0, random.int(0, 2))],
      random,
    );
  }
  if (profile.alignedForAll) alignForAllServices(ctx, board, pcts);
}

/** The council's and the health budgets aligned for all children's services (004 ¶141), under the board. */
function alignForAllServices(ctx: AreaContext, board: Body, pcts: Organisation[]): void {
  // A stream of its own, so the draws of the other budgets stay as they were.
  const random = ctx.random('budgets-all-services');
  arrange(
    ctx,
    'aligned-all',
    {
      name: `${ctx.area.name} aligned budget: all children's services`,
      kind: 'ALIGNED',
      legalBasis: 'NONE',
      governingBodyId: board.id,
      serviceAreas: ['ALL_SERVICES'],
      outcomes: ['BE_HEALTHY', 'STAY_SAFE', 'ENJOY_AND_ACHIEVE', 'POSITIVE_CONTRIBUTION', 'ECONOMIC_WELLBEING'],
      validFrom: clampStart(ctx.area, dayBetween(random, board.validFrom, addMonths(board.validFrom, 12))),
      sources: [...cite.aligned, ...cite.alignedAllServices],
    },
    [ctx.partners.la, ...pcts],
    random,
  );
}

function arrange(
  ctx: AreaContext,
  part: string,
  fields: Omit<Arrangement, 'id' | 'areaId' | 'validFrom' | 'synthetic'> & { validFrom: string },
  parties: Organisation[],
  random: Random,
): void {
  const key = `${ctx.area.code}|${part}`;
  const id = nationalId('budget_arrangements', key);
  const { sources, ...rest } = fields;
  ctx.rows.budgetArrangements.push({
    ...rest,
    id,
    areaId: ctx.places.upper.id,
    validTo: ctx.area.validTo,
    ...generated(sources),
  });
  for (const party of parties) {
    const base = amount(random, party);
    const inKind = party.kind !== 'LOCAL_AUTHORITY' && party.kind !== 'PRIMARY_CARE_TRUST' && random.chance(0.25);
    financialYears.forEach(([year, starts, ends], n) => {
      const live =
        fields.validFrom < ends &&
        (ctx.area.validTo === null || ctx.area.validTo > starts) &&
        party.validFrom < ends &&
        (party.validTo === null || party.validTo > starts);
      if (!live) return;
      ctx.rows.contributions.push({
        id: nationalId('contributions', `${key}|${party.key}|${year}`),
        arrangementId: id,
        organisationId: party.id,
        financialYear: year,
        resourceType: inKind ? 'SECONDMENT' : 'MONEY',
        amount: inKind ? null : String(Math.round((base * (1 + 0.03 * n)) / 1000) * 1000),
        ...generated(),
      });
    });
  }
}
