import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c003, c004, generic, sourced, synthetic } from '../citations';
import { attestedBy003, registryEpoch, yearStart } from '../dates';
import { surround } from '../surround';
import { caseStudyTrust } from '../trust-board';

/** Unitary Torbay, with its four multi-agency cluster teams (003 Fig 17). */
export const torbay: AreaContext = {
  slug: 'torbay',
  code: 'E06000027',
  name: 'Torbay',
  council: 'torbay/council',
  councilName: 'Torbay Council',
  twoTier: false,
  pcts: ['torbay/care-trust'],
  partners: { connexions: 'torbay/connexions' },
};

const ctx = torbay;

/**
 * "Brixham, Paignton, Torquay East, and Torquay West" (003 Fig 17). Localities have no GSS code: they take the
 * national generator's form, the area's code with -L and a number.
 */
export const torbayClusters = [
  { slug: 'brixham', name: 'Brixham' },
  { slug: 'paignton', name: 'Paignton' },
  { slug: 'torquay-east', name: 'Torquay East' },
  { slug: 'torquay-west', name: 'Torquay West' },
] as const;

export const torbayClusterKey = (slug: string): string => `torbay/cluster/${slug}`;

function declarePartners(b: SourcedBuilder): void {
  b.area({
    code: ctx.code,
    name: ctx.name,
    kind: 'UNITARY',
    tier: 'UPPER',
    region: 'SOUTH_WEST',
    validFrom: registryEpoch,
    prov: sourced(c003('Table 3'), c003('Fig 17')),
  });
  b.organisation(ctx.council, {
    name: ctx.councilName,
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(c003('App. 1 ¶162'), c003('Fig 17')),
  });
  // Background: Torbay's health partner was a care trust (a kind of NHS body, 003 ¶15), formed in December 2005.
  b.organisation('torbay/care-trust', {
    name: 'Torbay Care Trust',
    kind: 'CARE_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    // It served Torbay, as the PCT it grew from did: what makes the area coterminous with its health partner.
    coverage: [ctx.code],
    validFrom: '2005-12-01',
    prov: synthetic(c003('¶15'), generic.relevantPartners),
  });
  // A care trust carries the NHS responsibilities of the area's PCT "under a single management structure" with the
  // council's (003 ¶15), and the PCT is a relevant partner under s10 (004 ¶42), so it can pool under s10 (004 ¶136).
  // The kind as a whole has no status: a care trust need not hold a PCT's functions (see duty-status-periods.ts).
  b.dutyStatus(
    'torbay/care-trust',
    'DUTY_TO_COOPERATE',
    '2005-12-01',
    synthetic(c003('¶15'), c004('¶42'), c004('¶136')),
  );
  b.organisation('torbay/police', {
    name: 'Devon and Cornwall Constabulary',
    kind: 'POLICE_SERVICE',
    sector: 'PUBLIC',
    validFrom: registryEpoch,
    coverage: [ctx.code],
    prov: synthetic(generic.partnerKinds, generic.policeCoverage),
  });
  // Careers advice in the cluster teams comes "through Connexions" (Fig 17).
  b.organisation('torbay/connexions', {
    name: 'Connexions (Torbay)',
    kind: 'CONNEXIONS',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(c003('Fig 17')),
  });
}

/**
 * Each cluster team is an operational body in its own locality. Operational groups report "to the executive
 * group" (003 ¶147), which is a sub-group of the board, which reports to the LSP: the path Paignton → LSP.
 */
function declareClusters(b: SourcedBuilder): void {
  const fig17 = sourced(c003('Fig 17'), c003('¶106'));
  for (const [index, cluster] of torbayClusters.entries()) {
    const code = `${ctx.code}-L${String(index + 1).padStart(2, '0')}`;
    b.area({
      code,
      name: cluster.name,
      kind: 'LOCALITY',
      tier: 'LOCAL',
      region: 'SOUTH_WEST',
      parent: ctx.code,
      validFrom: attestedBy003,
      prov: fig17,
    });
    const team = torbayClusterKey(cluster.slug);
    b.body(team, {
      name: `${cluster.name} cluster team`,
      kind: 'AREA_CLUSTER',
      level: 'OPERATIONAL',
      area: code,
      validFrom: attestedBy003,
      prov: fig17,
    });
    b.line('REPORTS_TO', team, 'torbay/executive', { prov: synthetic(generic.operationalReporting, c003('¶128')) });
    // Fig 17 lists the services in each team (youth service, Connexions, CAMHS, police, school nurses…), not
    // which organisations sit on it: these seats are our reading of that list.
    for (const member of [ctx.council, 'torbay/care-trust', 'torbay/connexions', 'torbay/police']) {
      b.seat(team, member, { prov: synthetic(c003('Fig 17')) });
    }
  }
}

function declareMoney(b: SourcedBuilder): void {
  const pool = 'torbay/disabled-children-pool';
  b.budget(pool, {
    name: "Torbay disabled children's services pooled budget",
    kind: 'POOLED',
    legalBasis: 'HEALTH_ACT_1999_S31',
    area: ctx.code,
    host: ctx.council,
    governingBody: 'torbay/executive',
    serviceAreas: ['HEALTH', 'SOCIAL_CARE'],
    outcomes: ['BE_HEALTHY', 'ENJOY_AND_ACHIEVE'],
    agreement: 'Section 31 partnership agreement (synthetic)',
    preDatesTrust: true,
    validFrom: yearStart(2006),
    prov: synthetic(generic.pooled, generic.pooledServices, generic.poolingBases),
  });
  // Amounts are synthetic (DOMAIN.md §7).
  b.contribution(pool, ctx.council, {
    financialYear: '2007-08',
    amount: '2150000.00',
    prov: synthetic(generic.pooled),
  });
  b.contribution(pool, 'torbay/care-trust', {
    financialYear: '2007-08',
    amount: '1480000.00',
    prov: synthetic(generic.pooled),
  });
  b.contribution(pool, 'torbay/care-trust', {
    financialYear: '2007-08',
    resourceType: 'SECONDMENT',
    amount: '96000.00',
    shareBand: 'two seconded nurses',
    prov: synthetic(generic.resources, c003('¶105')),
  });
}

export function declareTorbay(b: SourcedBuilder): void {
  declarePartners(b);
  caseStudyTrust(b, ctx, {
    name: "Torbay Children's Partnership Trust",
    validFrom: yearStart(2006),
    established: yearStart(2006),
    chairType: 'LEAD_MEMBER',
    size: 30,
    prov: sourced(c003('Table 3')),
  });
  surround(b, ctx);
  declareClusters(b);
  declareMoney(b);
}
