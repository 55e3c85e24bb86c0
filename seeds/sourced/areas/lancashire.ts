import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c003, c004, generic, sourced, synthetic } from '../citations';
import { attestedBy003, pctReorganisation, registryEpoch } from '../dates';
import { powerCodes } from '../powers';
import { surround } from '../surround';
import { caseStudyTrust } from '../trust-board';

/** Two-tier Lancashire: a board with three names and fifteen school councils as associate members (003 Fig 20). */
export const lancashire: AreaContext = {
  slug: 'lancashire',
  code: 'E10000017',
  name: 'Lancashire',
  council: 'lancashire/county-council',
  councilName: 'Lancashire County Council',
  twoTier: true,
  pcts: ['lancashire/pct-central', 'lancashire/pct-east', 'lancashire/pct-north'],
};

const ctx = lancashire;

/** "The partnership agreement … settled … in April 2008" (003 Fig 9); the day is a convention. */
const agreementSettled = '2008-04-01';

/** "fifteen school councils … twelve primary phase and three special schools" (003 Fig 20); the schools are unnamed. */
export const lancashireSchoolCouncils = { primary: 12, special: 3 } as const;

function declarePartners(b: SourcedBuilder): void {
  b.area({
    code: ctx.code,
    name: ctx.name,
    kind: 'COUNTY',
    tier: 'UPPER',
    region: 'NORTH_WEST',
    validFrom: registryEpoch,
    prov: sourced(c003('Table 3'), c003('Fig 9'), c003('Fig 20')),
  });
  b.organisation(ctx.council, {
    name: ctx.councilName,
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(c003('App. 1 ¶162'), c003('Fig 9')),
  });
  // Background: the three county PCTs formed in the October 2006 mergers (004 ¶66 gives only the national count).
  const pcts: [string, string][] = [
    ['lancashire/pct-central', 'Central Lancashire PCT'],
    ['lancashire/pct-east', 'East Lancashire PCT'],
    ['lancashire/pct-north', 'North Lancashire PCT'],
  ];
  for (const [key, name] of pcts) {
    b.organisation(key, {
      name,
      kind: 'PRIMARY_CARE_TRUST',
      sector: 'PUBLIC',
      area: ctx.code,
      validFrom: pctReorganisation,
      prov: synthetic(generic.pctMergers),
    });
    // Each served part of the county, so none was coterminous with it.
    b.coverage(key, ctx.code, synthetic(generic.pctCoverage), pctReorganisation);
  }
  b.organisation('lancashire/police', {
    name: 'Lancashire Constabulary',
    kind: 'POLICE_SERVICE',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: synthetic(generic.partnerKinds, generic.policeCoverage),
  });
  // It served Blackpool and Blackburn with Darwen too, which the sources do not describe and the sourced areas leave
  // out: the registry reads it as coterminous with the county.
  b.coverage('lancashire/police', ctx.code, synthetic(generic.policeCoverage), registryEpoch);
}

/** The board's other names and its partnership agreement (003 Fig 9, Fig 20). */
function declareBoardRecords(b: SourcedBuilder, board: string): void {
  b.alias(board, "Lancashire Children and Young People's Trust", sourced(c003('Fig 9')));
  b.alias(board, "Lancashire children's trust", sourced(c003('Fig 20')));
  b.document(board, {
    kind: 'PARTNERSHIP_AGREEMENT',
    title: "Lancashire Children and Young People's Trust partnership agreement",
    documentVersion: '2008-04',
    status: 'ADOPTED',
    adoptedOn: agreementSettled,
    // Fig 9's list maps onto two of 003 Table 5's items: "membership of different structures" and "governance
    // structures and relationships". Its other headings (vision, outcomes, conflict resolution…) are not Table 5 items.
    covers: ['MEMBERSHIP', 'RELATIONSHIPS'],
    prov: sourced(c003('Fig 9')),
  });
  b.decision('lancashire/decision/partnership-agreement', {
    body: board,
    decidedOn: agreementSettled,
    summary:
      'Settle the partnership agreement: vision, outcomes, obligations, governance, membership, meetings, ' +
      'conflict resolution, resources',
    status: 'RECOMMENDATION',
    prov: sourced(c003('Fig 9'), generic.partnersFormalise),
  });
  declareSchoolCouncils(b, board);
}

/** Each school council is an associate member; the schools are unnamed, so these organisations are synthetic. */
function declareSchoolCouncils(b: SourcedBuilder, board: string): void {
  const fig20 = synthetic(c003('Fig 20'));
  for (const [phase, count] of Object.entries(lancashireSchoolCouncils)) {
    for (let n = 1; n <= count; n += 1) {
      const key = `lancashire/school-council/${phase}-${n}`;
      b.organisation(key, {
        name: `Lancashire ${phase} school council ${n}`,
        kind: 'CHILDREN_YOUNG_PEOPLE_AND_FAMILIES',
        sector: 'PUBLIC',
        area: ctx.code,
        validFrom: attestedBy003,
        prov: fig20,
      });
      // Associates are not among Table 3's thirty members; whether they vote is not said (synthetic: no).
      b.seat(board, key, {
        role: 'ASSOCIATE',
        constituency: 'OTHER',
        votingRight: false,
        canCommitResources: false,
        validFrom: attestedBy003,
        prov: fig20,
      });
    }
  }
}

function declareMoney(b: SourcedBuilder): void {
  // Section 10 lets the authority pool with "any of their relevant partners" (004 ¶136): police included. Synthetic.
  const pool = 'lancashire/early-intervention-pool';
  b.budget(pool, {
    name: 'Lancashire early intervention pooled fund',
    kind: 'POOLED',
    legalBasis: 'CHILDREN_ACT_2004_S10',
    area: ctx.code,
    host: ctx.council,
    governingBody: 'lancashire/executive',
    serviceAreas: ['CROSS_SECTOR'],
    outcomes: ['STAY_SAFE', 'POSITIVE_CONTRIBUTION'],
    agreement: 'Section 10 pooling agreement (synthetic)',
    validFrom: '2008-04-01',
    prov: synthetic(generic.pooled, generic.poolingBases),
  });
  const amounts: [string, string][] = [
    [ctx.council, '3400000.00'],
    ['lancashire/pct-central', '720000.00'],
    ['lancashire/pct-east', '690000.00'],
    ['lancashire/police', '150000.00'],
  ];
  for (const [organisation, amount] of amounts) {
    b.contribution(pool, organisation, { financialYear: '2008-09', amount, prov: synthetic(generic.pooled) });
  }
  // Model A: partners keep their powers and delegate operational decisions within limits (004 ¶77, ¶80).
  b.delegation('lancashire/delegation/early-intervention-county', {
    power: powerCodes.section10Pool,
    delegator: ctx.council,
    delegate: 'lancashire/executive',
    scope: 'Allocate the early intervention pooled fund to commissioned services',
    instrument: 'Section 10 pooling agreement (synthetic)',
    financialLimit: '250000.00',
    reservedMatters: ['Changes to the pooling agreement', 'Matters reserved to the full council'],
    decisionRule: 'MAJORITY_PRESENT',
    validFrom: '2008-04-01',
    prov: synthetic(generic.legalAgreementModel, c004('¶80'), generic.reservedMatters, generic.decisionRules),
  });
}

export function declareLancashire(b: SourcedBuilder): void {
  declarePartners(b);
  caseStudyTrust(b, ctx, {
    name: 'Lancashire Children and Young People Strategic Partnership',
    validFrom: agreementSettled,
    established: agreementSettled,
    chairType: 'DIRECTOR_OF_CHILDRENS_SERVICES',
    size: 30,
    prov: sourced(c003('Table 3'), c003('Fig 9')),
    named: (board) => declareBoardRecords(b, board),
  });
  surround(b, ctx);
  declareMoney(b);
}
