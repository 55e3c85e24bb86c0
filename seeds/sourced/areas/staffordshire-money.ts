import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c001, c003, c004, generic, synthetic } from '../citations';
import { yearStart } from '../dates';
import { powerCodes } from '../powers';
import { boardKey } from '../trust-board';

/**
 * Staffordshire's money, delegations and plans. No source gives any of this for Staffordshire except that it has
 * a children and young people's plan (003 Fig 6): every row is synthetic, shaped by what the sources say is typical
 * (CAMHS pools that pre-date the trust, 003 ¶97, ¶111; s31 parties, 004 ¶136; reserved matters, 004 ¶75).
 */
export function declareStaffordshireMoney(b: SourcedBuilder, ctx: AreaContext): void {
  declareCamhsPool(b, ctx);
  declareCamhsDelegations(b, ctx);
  declareStaffordshirePlans(b, ctx);
}

const camhsGroup = 'staffordshire/camhs-commissioning-group';

/** The CAMHS commissioning group and the s31 pool it governs, with every partner's (synthetic) contribution. */
function declareCamhsPool(b: SourcedBuilder, ctx: AreaContext): void {
  const [south, north] = ctx.pcts as [string, string];
  const group = camhsGroup;
  b.body(group, {
    name: 'Staffordshire CAMHS joint commissioning group',
    kind: 'JOINT_COMMISSIONING_UNIT',
    level: 'EXECUTIVE',
    area: ctx.code,
    validFrom: yearStart(2004),
    prov: synthetic(c003('¶97'), generic.levels),
  });
  b.line('SUB_GROUP_OF', group, 'staffordshire/executive', { prov: synthetic(c003('¶102')) });
  for (const member of [ctx.council, south, north]) {
    b.seat(group, member, {
      canCommitResources: true,
      commitScope: 'CAMHS pooled budget, within the delegation',
      prov: synthetic(c003('¶97'), c004('Table 2.3')),
    });
  }

  const pool = 'staffordshire/camhs-pool';
  b.budget(pool, {
    name: 'Staffordshire CAMHS pooled budget',
    kind: 'POOLED',
    legalBasis: 'HEALTH_ACT_1999_S31',
    area: ctx.code,
    host: ctx.council,
    governingBody: group,
    serviceAreas: ['CAMHS'],
    outcomes: ['BE_HEALTHY'],
    agreement: 'Section 31 partnership agreement (synthetic)',
    preDatesTrust: true,
    validFrom: yearStart(2004),
    prov: synthetic(generic.pooled, generic.pooledServices, generic.poolingBases),
  });
  // Every amount is synthetic: no source gives a named arrangement's budget (DOMAIN.md §7).
  const amounts: [string, string, string][] = [
    [ctx.council, '1250000.00', '1287500.00'],
    [south, '1640000.00', '1689200.00'],
    [north, '910000.00', '937300.00'],
  ];
  for (const [organisation, first, second] of amounts) {
    b.contribution(pool, organisation, { financialYear: '2007-08', amount: first, prov: synthetic(generic.pooled) });
    b.contribution(pool, organisation, { financialYear: '2008-09', amount: second, prov: synthetic(generic.pooled) });
  }
  b.contribution(pool, ctx.council, {
    financialYear: '2008-09',
    resourceType: 'STAFF_TIME',
    amount: '64000.00',
    shareBand: 'commissioning officer time',
    prov: synthetic(generic.resources),
  });
}

/** Each pool partner delegates commissioning from the pool to the group, within limits. */
function declareCamhsDelegations(b: SourcedBuilder, ctx: AreaContext): void {
  const [south, north] = ctx.pcts as [string, string];
  const group = camhsGroup;
  const delegationProv = synthetic(generic.legalAgreementModel, generic.reservedMatters, generic.decisionRules);
  for (const [delegator, slug] of [
    [ctx.council, 'county'],
    [south, 'pct-south'],
    [north, 'pct-north'],
  ] as const) {
    b.delegation(`staffordshire/delegation/camhs-${slug}`, {
      power: powerCodes.section31Pool,
      delegator,
      delegate: group,
      scope: 'Commission child and adolescent mental health services from the pooled budget',
      instrument: 'Section 31 partnership agreement (synthetic)',
      financialLimit: '500000.00',
      reservedMatters: [
        "Changes to partners' contributions to the pool",
        'Matters reserved to the full council or the PCT board',
      ],
      decisionRule: 'UNANIMOUS',
      validFrom: yearStart(2007),
      prov: delegationProv,
    });
  }
  b.decision('staffordshire/decision/camhs-early-intervention', {
    body: group,
    decidedOn: '2008-06-12',
    summary: 'Commission an early-intervention CAMHS service for 2008-09 from the pooled budget',
    delegation: 'staffordshire/delegation/camhs-county',
    status: 'DECIDED_UNDER_DELEGATION',
    prov: delegationProv,
  });
}

/** The CYPP exists (003 Fig 6); its period, dates and commitments are synthetic (004 ¶110: most ran 2006–2009). */
function declareStaffordshirePlans(b: SourcedBuilder, ctx: AreaContext): void {
  const [south, north] = ctx.pcts as [string, string];
  const cypp = 'staffordshire/cypp-2006';
  b.plan(cypp, {
    kind: 'CYPP',
    title: "Staffordshire Children and Young People's Plan",
    area: ctx.code,
    owner: boardKey(ctx),
    periodStart: '2006-04-01',
    periodEnd: '2009-04-01',
    adoptedOn: '2006-06-30',
    publishedOn: '2006-07-14',
    prov: synthetic(c003('Fig 6'), generic.cyppPeriods),
  });
  // The LSCB "must be consulted during the development of the CYPP" (001 App. 1): consulted before adoption.
  b.consultation(cypp, 'staffordshire/lscb', '2006-05-10', synthetic(generic.mustConsultLscb));
  // Every one of the 75 plans NFER analysed "had consulted children and young people during the preparation of the
  // plan" (003 ¶72); how and when Staffordshire did is not given, so the consultation is synthetic. No parents'
  // consultation is recorded: the guidance asking for one came in 2008 (001 App. 1).
  b.groupConsultation(cypp, 'CHILDREN_AND_YOUNG_PEOPLE', '2006-03-15', synthetic(generic.childrenConsulted));
  b.planStatus(cypp, 'IN_PREPARATION', '2005-10-01', synthetic(generic.cyppPeriods), '2006-06-30');
  b.planStatus(cypp, 'IN_PLACE', '2006-06-30', synthetic(generic.cyppPeriods), '2009-04-01');
  const commitments: [string, string, boolean][] = [
    [ctx.council, '38500000.00', true],
    [south, '6200000.00', true],
    [north, '3900000.00', false],
  ];
  for (const [organisation, amount, published] of commitments) {
    b.commitment(cypp, organisation, {
      description: 'Resources committed to delivering the CYPP (synthetic)',
      amount,
      published,
      prov: synthetic(generic.cyppResources, c001('¶9')),
    });
  }
  const laa = 'staffordshire/laa-2008';
  b.plan(laa, {
    kind: 'LAA',
    title: 'Staffordshire Local Area Agreement 2008-11',
    area: ctx.code,
    owner: 'staffordshire/lsp',
    periodStart: '2008-04-01',
    periodEnd: '2011-04-01',
    prov: synthetic(generic.laaStatutory),
  });
  b.planLink(cypp, laa, 'CONSISTENT_WITH', synthetic(generic.cyppConsistent));
  b.decision('staffordshire/decision/cypp-review-2008', {
    body: boardKey(ctx),
    decidedOn: '2008-03-19',
    summary: 'Recommend the annual review of the CYPP to the partners for adoption',
    status: 'RECOMMENDATION',
    published: true,
    prov: synthetic(generic.partnersFormalise, c004('Table 2.3')),
  });
  b.ratification('staffordshire/decision/cypp-review-2008', ctx.council, {
    status: 'RATIFIED',
    decidedOn: '2008-04-15',
    prov: synthetic(generic.partnersFormalise),
  });
  b.ratification('staffordshire/decision/cypp-review-2008', south, {
    status: 'PENDING',
    prov: synthetic(generic.partnersFormalise),
  });
}
