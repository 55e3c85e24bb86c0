import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { powers, selfAssessmentAnswers, selfAssessmentQuestions, selfAssessments } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { exhaustiveReads, startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;

const groupA = 'How far does the children’s trust focus on improving outcomes?';
const groupB = 'How does the board oversee the effective use of resources?';

/** Part of the questionnaire, and a board that assessed itself twice, citing records of several kinds as evidence. */
async function buildWorld() {
  const { db } = database;
  const make = factories(db);
  await db.insert(selfAssessmentQuestions).values([
    { id: 'B5.2', groupCode: 'B', groupQuestion: groupB, parentId: 'B5', ordinal: 5, text: 'How does it monitor?' },
    { id: 'A1', groupCode: 'A', groupQuestion: groupA, ordinal: 1, text: 'How clear is the board?' },
    { id: 'A2', groupCode: 'A', groupQuestion: groupA, ordinal: 2, text: 'What does the board know?' },
    { id: 'B5', groupCode: 'B', groupQuestion: groupB, ordinal: 3, text: 'Does the board have a policy?' },
    {
      id: 'B5.1',
      groupCode: 'B',
      groupQuestion: groupB,
      parentId: 'B5',
      ordinal: 4,
      text: 'How sustainable is the policy?',
    },
  ]);
  const area = await make.area({ name: 'Assessmentshire' });
  const council = await make.organisation({ name: 'Assessmentshire Council', areaId: area.id });
  const board = await make.body(area.id, { name: 'Assessmentshire Children’s Trust', kind: 'CHILDRENS_TRUST_BOARD' });
  await make.membership({
    bodyId: board.id,
    memberOrganisationId: council.id,
    role: 'CHAIR',
    validFrom: '2005-04-01',
    validTo: '2007-04-01',
  });
  const [power] = await db.insert(powers).values({ code: 'TEST_POOL', description: 'Pool budgets' }).returning();
  const [older] = await db
    .insert(selfAssessments)
    .values([
      { bodyId: board.id, cycle: '2007-08', completedOn: '2008-03-01', published: true },
      { bodyId: board.id, cycle: '2008-09' },
    ])
    .returning();
  const evidence = [
    toGlobalId('Body', board.id),
    toGlobalId('Organisation', council.id),
    toGlobalId('Power', power!.id),
    toGlobalId('Body', '00000000-0000-0000-0000-000000000000'),
    'not-an-id',
  ];
  await db.insert(selfAssessmentAnswers).values([
    {
      selfAssessmentId: older!.id,
      questionId: 'B5.1',
      narrative: 'The pooling policy is reviewed each year.',
      evidence,
    },
    { selfAssessmentId: older!.id, questionId: 'A1', narrative: 'Outcomes are set out in the CYPP.' },
  ]);
  return { boardId: toGlobalId('Body', board.id), assessmentId: toGlobalId('SelfAssessment', older!.id), evidence };
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db, exhaustiveReads);
  world = await buildWorld();
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('self-assessment questions', () => {
  it('lists the questions in questionnaire order, each with its sub-items', async () => {
    const response = await api.query(
      `{ selfAssessmentQuestions { id groupCode groupQuestion parentId ordinal text subItems { id parentId text subItems { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.selfAssessmentQuestions.map((question: Loose) => question.id)).toEqual(['A1', 'A2', 'B5']);
    expect(response.data.selfAssessmentQuestions[2]).toEqual({
      id: 'B5',
      groupCode: 'B',
      groupQuestion: groupB,
      parentId: null,
      ordinal: 3,
      text: 'Does the board have a policy?',
      subItems: [
        { id: 'B5.1', parentId: 'B5', text: 'How sustainable is the policy?', subItems: [] },
        { id: 'B5.2', parentId: 'B5', text: 'How does it monitor?', subItems: [] },
      ],
    });
    const groupOnly = await api.query(`{ selfAssessmentQuestions(group: "A") { id } }`);
    expect(groupOnly.data.selfAssessmentQuestions).toEqual([{ id: 'A1' }, { id: 'A2' }]);
  });
});

describe('self-assessments', () => {
  it('reads a body’s self-assessments with answers in questionnaire order and their evidence resolved', async () => {
    const response = await api.query(
      `query($board: ID!) { body(id: $board) { selfAssessments {
        cycle completedOn published body { name }
        answers { narrative question { id parentId } evidenceIds
          evidence { __typename id ... on Body { name } ... on Organisation { name } ... on Power { code } } }
      } } }`,
      { board: world.boardId },
    );
    expect(response.errors).toBeUndefined();
    const [older, newer] = response.data.body.selfAssessments;
    expect(newer).toEqual({
      cycle: '2008-09',
      completedOn: null,
      published: false,
      body: { name: 'Assessmentshire Children’s Trust' },
      answers: [],
    });
    expect(older).toMatchObject({ cycle: '2007-08', completedOn: '2008-03-01', published: true });
    expect(older.answers.map((answer: Loose) => answer.question)).toEqual([
      { id: 'A1', parentId: null },
      { id: 'B5.1', parentId: 'B5' },
    ]);
    expect(older.answers[0]).toMatchObject({ evidenceIds: [], evidence: [] });
    expect(older.answers[1].evidenceIds).toEqual(world.evidence);
    expect(older.answers[1].evidence).toEqual([
      { __typename: 'Body', id: world.evidence[0], name: 'Assessmentshire Children’s Trust' },
      { __typename: 'Organisation', id: world.evidence[1], name: 'Assessmentshire Council' },
      { __typename: 'Power', id: world.evidence[2], code: 'TEST_POOL' },
      null,
      null,
    ]);
  });

  it('fetches a self-assessment by global id, reading evidence as at the date its id carries', async () => {
    const listed = await api.query(
      `query($board: ID!) { body(id: $board, asOf: "2006-06-01") { selfAssessments { id recordId cycle } } }`,
      { board: world.boardId },
    );
    const dated = listed.data.body.selfAssessments.find((assessment: Loose) => assessment.cycle === '2007-08');
    expect(dated.recordId).toBe(world.assessmentId);
    expect(dated.id).not.toBe(world.assessmentId);
    const query = `query($id: ID!) { node(id: $id) { __typename ... on SelfAssessment {
      cycle body { name } answers { evidence { ... on Body { chair { memberOrganisation { name } } } } } } } }`;
    const past = await api.query(query, { id: dated.id });
    const today = await api.query(query, { id: world.assessmentId });
    expect(past.errors).toBeUndefined();
    expect(past.data.node).toMatchObject({
      __typename: 'SelfAssessment',
      cycle: '2007-08',
      body: { name: 'Assessmentshire Children’s Trust' },
    });
    expect(past.data.node.answers[1].evidence[0]).toEqual({
      chair: { memberOrganisation: { name: 'Assessmentshire Council' } },
    });
    expect(today.data.node.answers[1].evidence[0]).toEqual({ chair: null });
  });

  it('refuses a self-assessment id where a body id is wanted, naming the field', async () => {
    const response = await api.query(`query($id: ID!) { body(id: $id) { name } }`, { id: world.assessmentId });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('statement counts', () => {
  it('reads N bodies’ self-assessments, answers, questions and evidence in the same statements for 5 and 50', async () => {
    const { db } = database;
    const make = factories(db);
    const area = await make.area({ name: 'Statement county' });
    const partner = await make.organisation({ areaId: area.id });
    const boards = await make.bodies(
      Array.from({ length: 60 }, (_, index) => ({
        name: `Board ${String(index).padStart(2, '0')}`,
        kind: 'LOCALITY_BOARD' as const,
        level: 'OPERATIONAL' as const,
        areaId: area.id,
        validFrom: '2005-04-01',
      })),
    );
    const cycles = await db
      .insert(selfAssessments)
      .values(boards.map((board) => ({ bodyId: board.id, cycle: '2008-09' })))
      .returning();
    await db.insert(selfAssessmentAnswers).values(
      cycles.flatMap((cycle) =>
        ['A1', 'B5'].map((questionId) => ({
          selfAssessmentId: cycle.id,
          questionId,
          narrative: 'Answer',
          evidence: [toGlobalId('Body', cycle.bodyId), toGlobalId('Organisation', partner.id)],
        })),
      ),
    );
    const query = `query($area: ID!, $first: Int) { bodies(filter: { area: $area }, first: $first) { nodes {
      name selfAssessments { cycle body { name } answers { question { id subItems { id } } evidence {
        ... on Body { name selfAssessments { cycle } } ... on Organisation { name } } } }
    } } }`;
    const small = await api.query(query, { area: toGlobalId('Area', area.id), first: 5 });
    const large = await api.query(query, { area: toGlobalId('Area', area.id), first: 50 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.bodies.nodes).toHaveLength(50);
    expect(large.data.bodies.nodes[3].selfAssessments[0].answers[1].question.subItems).toEqual([
      { id: 'B5.1' },
      { id: 'B5.2' },
    ]);
    expect(large.data.bodies.nodes[3].selfAssessments[0].answers[0].evidence[0].name).toBe('Board 03');
    // Batches of one loader reached at different depths may split with I/O timing, so the proof that no query
    // runs per row is that 5 rows and 50 rows stay under the same fixed bound.
    expect(small.statements).toBeLessThanOrEqual(9);
    // at most the page plus one per relation field selected (6) and per evidence type (2), however many rows
    expect(large.statements).toBeLessThanOrEqual(9);
    console.info(`bodies with self-assessments and evidence: ${large.statements} statements for 5 and for 50`);
  });
});
