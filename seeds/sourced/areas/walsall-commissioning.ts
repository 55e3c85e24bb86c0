import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c003, generic, sourced, synthetic } from '../citations';
import { registryEpoch } from '../dates';
import { boardKey } from '../trust-board';

/**
 * "Walsall children's trust published its first joint commissioning strategy in November 2007" (003 Fig 15); the
 * day is a convention.
 */
const published = '2007-11-01';

const fig15 = sourced(c003('Fig 15'));

/**
 * The joint commissioning unit, which grew out of the Children's Fund commissioning unit, and the strategy with
 * the partners who produced it, recorded as its producers.
 */
export function declareWalsallCommissioning(b: SourcedBuilder, ctx: AreaContext): void {
  declareUnit(b, ctx);
  declareStrategy(b, ctx);
  declareAlignedBudget(b, ctx);
}

/** The unit "established with the migration of the commissioning unit developed as part of the Children's Fund". */
function declareUnit(b: SourcedBuilder, ctx: AreaContext): void {
  const unit = 'walsall/joint-commissioning-unit';
  const predecessor = 'walsall/childrens-fund-commissioning-unit';
  b.body(predecessor, {
    name: "Walsall Children's Fund commissioning unit",
    kind: 'JOINT_COMMISSIONING_UNIT',
    level: 'EXECUTIVE',
    area: ctx.code,
    validFrom: registryEpoch,
    validTo: published,
    prov: sourced(c003('Fig 15'), c003('¶98')),
  });
  b.body(unit, {
    name: 'Walsall joint commissioning unit',
    kind: 'JOINT_COMMISSIONING_UNIT',
    level: 'EXECUTIVE',
    area: ctx.code,
    validFrom: published,
    prov: fig15,
  });
  b.bodySuccession(predecessor, unit, published, fig15);
  b.line('SUB_GROUP_OF', unit, 'walsall/executive', { prov: synthetic(c003('¶102'), generic.levels) });
}

function declareStrategy(b: SourcedBuilder, ctx: AreaContext): void {
  const board = boardKey(ctx);
  const strategy = 'walsall/joint-commissioning-strategy-2007';
  b.plan(strategy, {
    kind: 'JOINT_COMMISSIONING_STRATEGY',
    title: 'Walsall Joint Commissioning Strategy',
    area: ctx.code,
    owner: board,
    periodStart: published,
    publishedOn: published,
    prov: fig15,
  });
  // "published its first joint commissioning strategy in November 2007" (Fig 15): in place from then.
  b.planStatus(strategy, 'IN_PLACE', published, fig15);
  // Fig 15's list of the partners who produced it, in its order: six organisations and two bodies.
  for (const producer of [
    ctx.council,
    'org/west-midlands-police',
    'org/serco',
    'walsall/lscb',
    'walsall/lsp',
    'walsall/voluntary-action',
    'walsall/pct',
    'org/black-country-csip',
  ]) {
    b.producer(strategy, producer, fig15);
  }

  const decision = 'walsall/decision/joint-commissioning-strategy';
  b.decision(decision, {
    body: board,
    decidedOn: published,
    summary:
      'Publish the first joint commissioning strategy, distinguishing strategic, operational and individual ' +
      'commissioning',
    status: 'RECOMMENDATION',
    published: true,
    prov: sourced(c003('Fig 15'), generic.partnersFormalise),
  });
  b.ratification(decision, ctx.council, {
    status: 'RATIFIED',
    decidedOn: '2007-12-11',
    prov: synthetic(generic.partnersFormalise),
  });
  b.ratification(decision, 'walsall/pct', { status: 'PENDING', prov: synthetic(generic.partnersFormalise) });
}

function declareAlignedBudget(b: SourcedBuilder, ctx: AreaContext): void {
  // Youth offending is one of the services budgets are aligned for (003 ¶115). All of this is synthetic.
  const aligned = 'walsall/youth-offending-aligned';
  b.budget(aligned, {
    name: 'Walsall youth offending aligned budgets',
    kind: 'ALIGNED',
    area: ctx.code,
    governingBody: 'walsall/executive',
    serviceAreas: ['YOUTH_OFFENDING'],
    outcomes: ['POSITIVE_CONTRIBUTION', 'STAY_SAFE'],
    validFrom: '2008-04-01',
    prov: synthetic(generic.aligned, generic.alignedServices),
  });
  const amounts: [string, string][] = [
    [ctx.council, '860000.00'],
    ['org/west-midlands-police', '240000.00'],
    ['walsall/pct', '175000.00'],
  ];
  for (const [organisation, amount] of amounts) {
    b.contribution(aligned, organisation, { financialYear: '2008-09', amount, prov: synthetic(generic.aligned) });
  }
}
