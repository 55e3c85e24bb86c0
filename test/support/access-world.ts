import {
  bodyDocuments,
  budgetArrangements,
  contributions,
  decisions,
  delegations,
  interestDeclarations,
  people,
  plans,
  postHoldings,
  posts,
  powers,
  ratifications,
  resourceCommitments,
  selfAssessmentAnswers,
  selfAssessmentQuestions,
  selfAssessments,
} from '../../schema/database/index';
import type { Database } from '../../src/db';
import { toGlobalId } from '../../src/shared/global-id';
import type { Client, TestApi } from './api';
import { factories } from './factories';

/** Registry codes: tokens name organisations by them, auditors' roles name areas by them. */
export const codes = {
  area: 'T-ACCESS',
  elsewhere: 'T-ELSEWHERE',
  council: 'T-ACCESS-COUNCIL',
  pct: 'T-ACCESS-PCT',
  police: 'T-ACCESS-POLICE',
  outsider: 'T-ACCESS-OUTSIDER',
  auditBody: 'T-ACCESS-AUDIT',
} as const;

/** The confidential values, so that tests can check a permitted read returns exactly them. */
export const secrets = {
  contributionAmount: 1000,
  shareBand: '50%',
  pctCommitmentAmount: 500,
  pctCommitmentDescription: 'Two CAMHS clinicians seconded to the multi-agency team',
  policeCommitmentAmount: 250,
  policeCommitmentDescription: 'A police officer in the youth offending team',
  commitScope: 'Up to £50,000 of CAMHS spending without referral to the PCT board',
  interest: 'The PCT’s director sits on the board of a local CAMHS charity',
  interestDeclaredOn: '2008-05-01',
  financialLimit: 10000,
  reservedMatters: ['Closing a children’s centre', 'Setting the council’s budget'],
  draftTitle: 'Draft pooled budget agreement (s31)',
  boardDecisionSummary: 'Pool CAMHS budgets from April 2009',
  lscbDecisionSummary: 'Adopt the county child protection procedures',
  lscbDocumentTitle: 'LSCB terms of reference',
  boardAnswer: 'Partners pool CAMHS money under a s31 agreement.',
  lscbAnswer: 'The LSCB reviews every serious case within six months.',
  adultName: 'Alex Nurse',
  youngPersonName: 'Yasmin Young',
} as const;

/**
 * One county, T-ACCESS, as DOMAIN.md §8 needs it: a children's trust board B and an LSCB L; a council C that hosts
 * the pooled fund B governs and delegates to B without sitting on it; a PCT P on B (with a mandate, an interest and a
 * contribution); police X on B and L; an outsider O and an audit body AU that sit on nothing.
 */
export async function buildAccessWorld(db: Database, api: TestApi) {
  const make = factories(db);
  const area = await make.area({ code: codes.area, name: 'Accessshire', kind: 'COUNTY' });
  const elsewhere = await make.area({ code: codes.elsewhere, name: 'Elsewhere' });
  const council = await make.organisation({ code: codes.council, name: 'Accessshire County Council', areaId: area.id });
  const pct = await make.organisation({
    code: codes.pct,
    name: 'Accessshire PCT',
    kind: 'PRIMARY_CARE_TRUST',
    areaId: area.id,
  });
  const police = await make.organisation({
    code: codes.police,
    name: 'Accessshire Constabulary',
    kind: 'POLICE_SERVICE',
    areaId: area.id,
  });
  const outsider = await make.organisation({ code: codes.outsider, name: 'Elsewhere Council', areaId: elsewhere.id });
  const auditBody = await make.organisation({ code: codes.auditBody, name: 'Audit Commission', kind: 'OTHER' });
  const board = await make.body(area.id, {
    name: 'Accessshire Children’s Trust',
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
  });
  const lscb = await make.body(area.id, { name: 'Accessshire LSCB', kind: 'LSCB', level: 'STRATEGIC' });

  // A non-senior post held by an adult, sitting on B for the PCT; a young person sitting on B in person.
  const [nursePost] = await db
    .insert(posts)
    .values({ title: 'Named nurse for safeguarding', employerId: pct.id, senior: false, validFrom: '2005-01-01' })
    .returning();
  const [adult, youngPerson] = await db
    .insert(people)
    .values([
      { name: secrets.adultName, category: 'ADULT' },
      { name: secrets.youngPersonName, category: 'YOUNG_PERSON' },
    ])
    .returning();
  await db.insert(postHoldings).values({ postId: nursePost!.id, personId: adult!.id, validFrom: '2005-01-01' });

  const pctSeat = await make.membership({
    bodyId: board.id,
    memberOrganisationId: pct.id,
    role: 'MEMBER',
    canCommitResources: true,
    commitScope: secrets.commitScope,
    validFrom: '2005-04-01',
  });
  const policeSeat = await make.membership({
    bodyId: board.id,
    memberOrganisationId: police.id,
    role: 'VICE_CHAIR',
    validFrom: '2005-04-01',
  });
  const nurseSeat = await make.membership({
    bodyId: board.id,
    memberPostId: nursePost!.id,
    onBehalfOfId: pct.id,
    role: 'CO_OPTEE',
    validFrom: '2006-01-01',
  });
  const youngSeat = await make.membership({
    bodyId: board.id,
    memberPersonId: youngPerson!.id,
    role: 'CO_OPTEE',
    votingRight: false,
    constituency: 'OTHER',
    validFrom: '2007-09-01',
  });
  await make.membership({ bodyId: lscb.id, memberOrganisationId: police.id, role: 'MEMBER', validFrom: '2006-04-01' });
  await db
    .insert(interestDeclarations)
    .values({ membershipId: pctSeat.id, interest: secrets.interest, declaredOn: secrets.interestDeclaredOn });

  // The pooled fund C hosts and B governs, with P's contribution.
  const [arrangement] = await db
    .insert(budgetArrangements)
    .values({
      name: 'Accessshire pooled CAMHS fund',
      kind: 'POOLED',
      legalBasis: 'HEALTH_ACT_1999_S31',
      areaId: area.id,
      hostId: council.id,
      governingBodyId: board.id,
      serviceAreas: ['CAMHS'],
      validFrom: '2006-04-01',
    })
    .returning();
  const [contribution] = await db
    .insert(contributions)
    .values({
      arrangementId: arrangement!.id,
      organisationId: pct.id,
      financialYear: '2008-09',
      amount: String(secrets.contributionAmount),
      shareBand: secrets.shareBand,
    })
    .returning();

  // The CYPP B owns: P's commitment unpublished, X's published.
  const [cypp] = await db
    .insert(plans)
    .values({
      kind: 'CYPP',
      title: 'Accessshire CYPP 2006-09',
      areaId: area.id,
      ownerBodyId: board.id,
      periodStart: '2006-04-01',
      periodEnd: '2009-04-01',
    })
    .returning();
  await db.insert(resourceCommitments).values([
    {
      planId: cypp!.id,
      organisationId: pct.id,
      description: secrets.pctCommitmentDescription,
      amount: String(secrets.pctCommitmentAmount),
      published: false,
    },
    {
      planId: cypp!.id,
      organisationId: police.id,
      description: secrets.policeCommitmentDescription,
      amount: String(secrets.policeCommitmentAmount),
      published: true,
    },
  ]);

  // C delegates CAMHS commissioning to B, with a limit and reserved matters.
  const [power] = await db
    .insert(powers)
    .values({ code: 'T_ACCESS_CAMHS', description: 'Commission CAMHS', legalSource: 's31 Health Act 1999' })
    .returning();
  const [delegation] = await db
    .insert(delegations)
    .values({
      powerId: power!.id,
      delegatorOrganisationId: council.id,
      delegateBodyId: board.id,
      scope: 'CAMHS commissioning',
      financialLimit: String(secrets.financialLimit),
      reservedMatters: [...secrets.reservedMatters],
      validFrom: '2006-04-01',
    })
    .returning();

  // Documents: a draft on B, an adopted one on L.
  await db.insert(bodyDocuments).values([
    {
      bodyId: board.id,
      kind: 'PARTNERSHIP_AGREEMENT',
      title: secrets.draftTitle,
      documentVersion: 'draft-1',
      status: 'DRAFT',
    },
    {
      bodyId: lscb.id,
      kind: 'TERMS_OF_REFERENCE',
      title: secrets.lscbDocumentTitle,
      documentVersion: '1',
      status: 'ADOPTED',
      adoptedOn: '2006-04-01',
    },
  ]);

  // Decisions: B's unpublished recommendation (P ratified, X pending); L's published one (X ratified).
  const [boardDecision, lscbDecision] = await db
    .insert(decisions)
    .values([
      {
        bodyId: board.id,
        decidedOn: '2008-06-01',
        summary: secrets.boardDecisionSummary,
        status: 'RECOMMENDATION',
        published: false,
      },
      {
        bodyId: lscb.id,
        decidedOn: '2008-05-01',
        summary: secrets.lscbDecisionSummary,
        status: 'RATIFIED',
        published: true,
      },
    ])
    .returning();
  await db.insert(ratifications).values([
    { decisionId: boardDecision!.id, organisationId: pct.id, status: 'RATIFIED', decidedOn: '2008-07-01' },
    { decisionId: boardDecision!.id, organisationId: police.id, status: 'PENDING' },
    { decisionId: lscbDecision!.id, organisationId: police.id, status: 'RATIFIED', decidedOn: '2008-05-20' },
  ]);

  // Self-assessments: B's unpublished, L's published (still LSCB business), one answer each.
  let [question] = await db.select().from(selfAssessmentQuestions).limit(1);
  if (!question) {
    [question] = await db
      .insert(selfAssessmentQuestions)
      .values({
        id: 'A1',
        groupCode: 'A',
        groupQuestion: 'How far does the children’s trust focus on improving outcomes?',
        ordinal: 1,
        text: 'How clear is the board about the outcomes it wants?',
      })
      .returning();
  }
  const [boardAssessment, lscbAssessment] = await db
    .insert(selfAssessments)
    .values([
      { bodyId: board.id, cycle: '2008-09', published: false },
      { bodyId: lscb.id, cycle: '2007-08', completedOn: '2008-03-01', published: true },
    ])
    .returning();
  await db.insert(selfAssessmentAnswers).values([
    { selfAssessmentId: boardAssessment!.id, questionId: question!.id, narrative: secrets.boardAnswer },
    { selfAssessmentId: lscbAssessment!.id, questionId: question!.id, narrative: secrets.lscbAnswer },
  ]);

  const viewers = await signInViewers(api, toGlobalId('Body', board.id));
  return {
    rows: { council, pct, police, outsider, auditBody, area, board, lscb, pctSeat, delegation, contribution },
    codes,
    ids: {
      area: toGlobalId('Area', area.id),
      board: toGlobalId('Body', board.id),
      lscb: toGlobalId('Body', lscb.id),
      council: toGlobalId('Organisation', council.id),
      pct: toGlobalId('Organisation', pct.id),
      police: toGlobalId('Organisation', police.id),
      outsider: toGlobalId('Organisation', outsider.id),
      pctSeat: toGlobalId('Membership', pctSeat.id),
      policeSeat: toGlobalId('Membership', policeSeat.id),
      nurseSeat: toGlobalId('Membership', nurseSeat.id),
      youngSeat: toGlobalId('Membership', youngSeat.id),
      nursePost: toGlobalId('Post', nursePost!.id),
      adult: toGlobalId('Person', adult!.id),
      youngPerson: toGlobalId('Person', youngPerson!.id),
      arrangement: toGlobalId('BudgetArrangement', arrangement!.id),
      contribution: toGlobalId('Contribution', contribution!.id),
      cypp: toGlobalId('Plan', cypp!.id),
      power: toGlobalId('Power', power!.id),
      delegation: toGlobalId('Delegation', delegation!.id),
      boardDecision: toGlobalId('Decision', boardDecision!.id),
      lscbDecision: toGlobalId('Decision', lscbDecision!.id),
      boardAssessment: toGlobalId('SelfAssessment', boardAssessment!.id),
      lscbAssessment: toGlobalId('SelfAssessment', lscbAssessment!.id),
    },
    viewers,
  };
}

export type AccessWorld = Awaited<ReturnType<typeof buildAccessWorld>>;

/** The viewers of the brief, plus an auditor of another area, to show oversight is scoped to its area. */
export const viewerNames = [
  'ownerP',
  'hostC',
  'partnerX',
  'outsiderO',
  'secretariatB',
  'auditorA',
  'auditorElsewhere',
  'administrator',
] as const;
export type ViewerName = (typeof viewerNames)[number];

async function signInViewers(api: TestApi, boardId: string): Promise<Record<ViewerName, Client>> {
  return {
    ownerP: await api.as({ org: codes.pct, roles: ['reader'] }),
    hostC: await api.as({ org: codes.council, roles: ['reader'] }),
    partnerX: await api.as({ org: codes.police, roles: ['reader'] }),
    outsiderO: await api.as({ org: codes.outsider, roles: ['reader'] }),
    secretariatB: await api.as({ org: codes.outsider, roles: ['reader', `secretariat:${boardId}`] }),
    auditorA: await api.as({ org: codes.auditBody, roles: ['reader', `auditor:${codes.area}`] }),
    auditorElsewhere: await api.as({ org: codes.auditBody, roles: ['reader', `auditor:${codes.elsewhere}`] }),
    administrator: api,
  };
}
