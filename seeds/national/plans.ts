import type { planKind, planLinkKind, plans as plansTable, planStatus } from '../../schema/database/index';
import type { AreaBodies, EcmOutcome } from './body';
import type { AreaContext } from './context';
import { addMonths, dayBetween } from './dates';
import { cite, type Table6Kind } from './figures';
import type { Organisation } from './organisations';
import type { Body } from './posts';
import { generated, nationalId } from './rows';
import { buildStrategyFacts } from './strategy-facts';

type PlanKind = (typeof planKind.enumValues)[number];
type Plan = { id: string; key: string };

/** Indicators of the 2008 national indicator set the CYPP targets map to, with their ECM outcome. Background. */
const indicators: [string, string, EcmOutcome][] = [
  ['NI 56', 'Obesity among primary school age children in Year 6', 'BE_HEALTHY'],
  ['NI 112', 'Under 18 conception rate', 'BE_HEALTHY'],
  ['NI 51', 'Effectiveness of child and adolescent mental health services', 'BE_HEALTHY'],
  [
    'NI 59',
    "Initial assessments for children's social care carried out within 7 working days of referral",
    'STAY_SAFE',
  ],
  ['NI 65', 'Children becoming the subject of a child protection plan for a second or subsequent time', 'STAY_SAFE'],
  [
    'NI 75',
    'Achievement of 5 or more A*-C grades at GCSE or equivalent including English and Maths',
    'ENJOY_AND_ACHIEVE',
  ],
  ['NI 111', 'First time entrants to the youth justice system aged 10-17', 'POSITIVE_CONTRIBUTION'],
  ['NI 110', "Young people's participation in positive activities", 'POSITIVE_CONTRIBUTION'],
  ['NI 117', '16 to 18 year olds who are not in education, employment or training', 'ECONOMIC_WELLBEING'],
  ['NI 116', 'Proportion of children in poverty', 'ECONOMIC_WELLBEING'],
];

/**
 * The CYPP with the plans it must be consistent with (SCS, LAA; 001 App. 1), the LSCB consulted before adoption
 * (§4 rule 3), resources committed by each partner that commits to the trust (001 ¶5), and targets owned by the
 * theme sub-groups.
 */
export function buildPlans(ctx: AreaContext, board: Body, bodies: AreaBodies): void {
  const { area, profile, partners: p, rows } = ctx;
  const random = ctx.random('plans');
  const plan = (
    kind: PlanKind,
    owner: Body,
    fields: Omit<typeof plansTable.$inferInsert, 'id' | 'kind' | 'areaId'>,
  ): Plan => {
    const key = `${area.code}|${kind}`;
    const id = nationalId('plans', key);
    rows.plans.push({ ...fields, id, kind, areaId: ctx.places.upper.id, ownerBodyId: owner.id });
    return { id, key };
  };
  const link = (from: Plan, kind: (typeof planLinkKind.enumValues)[number], to: Plan) =>
    rows.planLinks.push({
      id: nationalId('plan_links', `${from.key}|${kind}|${to.key}`),
      planId: from.id,
      linkedPlanId: to.id,
      kind,
      ...generated(cite.partnerships),
    });

  const status = (
    of: Plan,
    value: (typeof planStatus.enumValues)[number],
    validFrom: string,
    validTo: string | null,
    source: (typeof cite)[keyof typeof cite],
  ) =>
    rows.planStatuses.push({
      id: nationalId('plan_statuses', `${of.key}|${validFrom}`),
      planId: of.id,
      status: value,
      validFrom,
      validTo,
      ...generated(source),
    });
  const consultedOn = dayBetween(random, bodies.lscb.validFrom, addMonths(bodies.lscb.validFrom, 2));
  const adoptedOn = dayBetween(random, addMonths(consultedOn, 1), addMonths(consultedOn, 3));
  const cypp = plan('CYPP', board, {
    title: `${area.name} Children and Young People's Plan 2006-2009`,
    periodStart: '2006-04-01',
    periodEnd: '2009-04-01',
    adoptedOn,
    publishedOn: dayBetween(random, adoptedOn, addMonths(adoptedOn, 1)),
    ...generated(cite.cypp),
  });
  // All 75 plans NFER analysed "had consulted children and young people during the preparation of the plan"
  // (003 ¶72): here on the day the LSCB was, before adoption. Dates only, so no draw of the generator is added.
  rows.consultations.push({
    id: nationalId('consultations', `${cypp.key}|children-and-young-people`),
    planId: cypp.id,
    consulteeGroup: 'CHILDREN_AND_YOUNG_PEOPLE',
    consultedOn,
    ...generated(cite.childrenConsulted),
  });
  status(cypp, 'IN_PLACE', adoptedOn, '2009-04-01', cite.cypp);
  rows.consultations.push({
    id: nationalId('consultations', `${cypp.key}|lscb`),
    planId: cypp.id,
    consulteeBodyId: bodies.lscb.id,
    consultedOn,
    ...generated(cite.lscbConsulted),
  });
  const scsAdopted = dayBetween(random, '2007-09-01', '2008-07-01');
  const scs = plan('SCS', bodies.lsp, {
    title: `${area.name} Sustainable Community Strategy`,
    periodStart: '2008-04-01',
    periodEnd: '2021-04-01',
    adoptedOn: scsAdopted,
    publishedOn: scsAdopted,
    ...generated(cite.partnerships),
  });
  const laa = plan('LAA', bodies.lsp, {
    title: `${area.name} Local Area Agreement 2008-2011`,
    periodStart: '2008-04-01',
    periodEnd: '2011-04-01',
    adoptedOn: '2008-06-30',
    publishedOn: '2008-06-30',
    ...generated(cite.laa),
  });
  link(cypp, 'CONSISTENT_WITH', scs);
  link(cypp, 'CONSISTENT_WITH', laa);
  buildStrategyFacts(ctx, board, { cypp, scs });
  const vision = plan('VISION_14_19', bodies.fourteenNineteen, {
    title: `${area.name} 14-19 Strategy`,
    periodStart: '2007-09-01',
    periodEnd: '2010-09-01',
    adoptedOn: dayBetween(random, '2007-04-01', '2007-09-01'),
    ...generated(cite.partnerships),
  });
  link(vision, 'ALIGNED_WITH', cypp);
  if (profile.jointCommissioning !== 'NONE') {
    // Nearly half have a joint commissioning strategy; 40% plan one for 2008/09 (003 ¶94): not yet adopted.
    const inPlace = profile.jointCommissioning === 'IN_PLACE';
    const jcsAdopted = inPlace ? dayBetween(random, '2007-01-01', '2008-03-01') : null;
    const jcs = plan('JOINT_COMMISSIONING_STRATEGY', bodies.commissioning ?? board, {
      title: `${area.name} Joint Commissioning Strategy for Children and Young People`,
      periodStart: inPlace ? '2007-04-01' : '2009-04-01',
      periodEnd: inPlace ? '2010-04-01' : '2012-04-01',
      adoptedOn: jcsAdopted,
      ...generated(cite.jointCommissioning),
    });
    link(jcs, 'ALIGNED_WITH', cypp);
    // "a further 40 per cent planning to develop them during 2008/09" (003 ¶94): planned from April 2008.
    if (jcsAdopted) status(jcs, 'IN_PLACE', jcsAdopted, '2010-04-01', cite.jointCommissioning);
    else status(jcs, 'PLANNED', '2008-04-01', null, cite.jointCommissioning);
  }
  const committing: [Table6Kind, Organisation[]][] = [
    ['LOCAL_AUTHORITY', [p.la]],
    ['PRIMARY_CARE_TRUST', p.pcts.map((trust) => trust.current)],
    ['POLICE_SERVICE', [p.police]],
    ['YOUTH_OFFENDING_TEAM', [p.yot]],
    ['CONNEXIONS', [p.connexions]],
    ['VOLUNTARY_AND_COMMUNITY', [p.cvs]],
    ['LEARNING_AND_SKILLS_COUNCIL', [p.lsc]],
  ];
  for (const [kind, organisations] of committing) {
    if (!profile.commits.has(kind)) continue;
    for (const organisation of organisations) {
      const large = kind === 'LOCAL_AUTHORITY' || kind === 'PRIMARY_CARE_TRUST';
      rows.resourceCommitments.push({
        id: nationalId('resource_commitments', `${cypp.key}|${organisation.key}`),
        planId: cypp.id,
        organisationId: organisation.id,
        description: large
          ? "Revenue budgets for children's services aligned to the plan's priorities"
          : "Staff time and service budgets for the plan's priorities",
        amount: String(random.int(large ? 500 : 20, large ? 20_000 : 900) * 1000),
        published: random.chance(0.85),
        ...generated(cite.cypp),
      });
    }
  }
  for (const [code, title, outcome] of random.shuffle(indicators).slice(0, random.int(5, 8))) {
    rows.planTargets.push({
      id: nationalId('plan_targets', `${cypp.key}|${code}`),
      planId: cypp.id,
      description: `${title} (${code})`,
      laaIndicator: code,
      outcome,
      ownerBodyId: bodies.themes.find((theme) => theme.outcome === outcome)?.body.id ?? null,
      ...generated(cite.ecmOutcomes),
    });
  }
}
