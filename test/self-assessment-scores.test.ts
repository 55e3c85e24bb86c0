import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfAssessmentAnswers, selfAssessmentQuestions, selfAssessments } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { exhaustiveReads, startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let secretariat: Client;
let outsider: Client;

const groupA = 'How far does the children’s trust focus on improving outcomes?';
const groupB = 'How does the board oversee the effective use of resources?';

const record = `mutation($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) {
  selfAssessment { id version } } }`;
const answer = `mutation($input: AnswerSelfAssessmentQuestionInput!) { answerSelfAssessmentQuestion(input: $input) {
  selfAssessment { version answers { score } } } }`;
const publish = `mutation($input: PublishSelfAssessmentInput!) { publishSelfAssessment(input: $input) {
  selfAssessment { version published } } }`;
const scores = `query($id: ID!) { node(id: $id) { ... on SelfAssessment {
  groupScores { groupCode items answered scored meanScore distribution { score label answers } }
  comparison { comparedWith
    groups { groupCode meanScore difference national { scored meanScore distribution { score answers } } }
    questions { question { id } score national { scored meanScore distribution { score answers } } } } } } }`;
const national = `query($cycle: String!, $kind: BodyKind) { selfAssessmentScores(cycle: $cycle, bodyKind: $kind) {
  cycle assessments groups { groupCode items assessments scored meanScore distribution { score answers } } } }`;

/**
 * A short questionnaire; three other boards that published their 2008-09 scores, and answers that must never be
 * counted: an unpublished board's, an LSCB's (even marked published), and another cycle's.
 */
async function buildWorld() {
  const { db } = database;
  const make = factories(db);
  await db.insert(selfAssessmentQuestions).values([
    { id: 'A1', groupCode: 'A', groupQuestion: groupA, ordinal: 1, text: 'How clear is the board?' },
    { id: 'A2', groupCode: 'A', groupQuestion: groupA, ordinal: 2, text: 'What does the board know?' },
    { id: 'B1', groupCode: 'B', groupQuestion: groupB, ordinal: 3, text: 'How far has the board mapped?' },
    { id: 'B1.1', groupCode: 'B', groupQuestion: groupB, parentId: 'B1', ordinal: 4, text: 'A sub-item' },
  ]);
  const ours = await make.area({ name: 'Scoreshire' });
  await make.organisation({ code: 'scoreshire-cc', name: 'Scoreshire CC', areaId: ours.id });
  await make.organisation({ code: 'nosy-cc', name: 'Nosy CC' });
  const board = await make.body(ours.id, { name: 'Scoreshire Board', kind: 'CHILDRENS_TRUST_BOARD' });
  const lscb = await make.body(ours.id, { name: 'Scoreshire LSCB', kind: 'LSCB' });
  const assessed = async (
    kind: 'CHILDRENS_TRUST_BOARD' | 'LSCB',
    cycle: string,
    published: boolean,
    marks: number[],
  ) => {
    const area = await make.area();
    const body = await make.body(area.id, { kind });
    const [row] = await db.insert(selfAssessments).values({ bodyId: body.id, cycle, published }).returning();
    const questions = ['A1', 'A2', 'B1', 'B1.1'];
    await db.insert(selfAssessmentAnswers).values(
      marks.map((score, index) => ({
        selfAssessmentId: row!.id,
        questionId: questions[index]!,
        narrative: 'x',
        score,
      })),
    );
    return row!;
  };
  // The three that count: A1 scores 1, 2, 4; A2 3, 3, 3; B1 2, 2, 2; B1.1 4, 4 and one unscored answer.
  await assessed('CHILDRENS_TRUST_BOARD', '2008-09', true, [1, 3, 2, 4]);
  await assessed('CHILDRENS_TRUST_BOARD', '2008-09', true, [2, 3, 2, 4]);
  const third = await assessed('CHILDRENS_TRUST_BOARD', '2008-09', true, [4, 3, 2]);
  await db.insert(selfAssessmentAnswers).values({ selfAssessmentId: third.id, questionId: 'B1.1', narrative: 'x' });
  await assessed('CHILDRENS_TRUST_BOARD', '2008-09', false, [1, 1, 1, 1]);
  await assessed('LSCB', '2008-09', true, [1, 1, 1, 1]);
  await assessed('CHILDRENS_TRUST_BOARD', '2007-08', true, [1, 1, 1, 1]);
  const [lscbAssessment] = await db.insert(selfAssessments).values({ bodyId: lscb.id, cycle: '2008-09' }).returning();
  return {
    board: toGlobalId('Body', board.id),
    lscbAssessment: toGlobalId('SelfAssessment', lscbAssessment!.id),
    lscb: toGlobalId('Body', lscb.id),
  };
}

const { expectForbiddenAttempt } = writeChecks(() => database.db);
let ourAssessment: string;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db, exhaustiveReads);
  world = await buildWorld();
  secretariat = await api.as({ org: 'scoreshire-cc', roles: ['editor', `secretariat:${world.board}`] });
  outsider = await api.as({ org: 'nosy-cc', roles: ['reader'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('scoring a self-assessment', () => {
  it('takes a score of 1 to 4 with each answer and sums the answers per group of questions', async () => {
    const recorded = await secretariat.query(record, { input: { body: world.board, cycle: '2008-09' } });
    expect(recorded.errors).toBeUndefined();
    ourAssessment = recorded.data.recordSelfAssessment.selfAssessment.id;
    let version = 1;
    const give = async (question: string, score: number | null) => {
      const response = await secretariat.query(answer, {
        input: {
          selfAssessment: ourAssessment,
          question,
          narrative: `On ${question}`,
          score,
          expectedVersion: version,
        },
      });
      expect(response.errors).toBeUndefined();
      version = response.data.answerSelfAssessmentQuestion.selfAssessment.version;
    };
    expectRefused(
      await secretariat.query(answer, {
        input: { selfAssessment: ourAssessment, question: 'A1', narrative: 'x', score: 5, expectedVersion: 1 },
      }),
      'BAD_USER_INPUT',
      'input.score',
      '1, 2, 3 or 4',
    );
    await give('A1', 2);
    await give('A2', 4);
    await give('B1', null);
    const response = await secretariat.query(scores, { id: ourAssessment });
    expect(response.errors).toBeUndefined();
    const [a, b] = response.data.node.groupScores;
    expect(a).toMatchObject({ groupCode: 'A', items: 2, answered: 2, scored: 2, meanScore: 3 });
    expect(a.distribution).toEqual([
      { score: 1, label: 'not in place', answers: 0 },
      { score: 2, label: 'developing', answers: 1 },
      { score: 3, label: 'established', answers: 0 },
      { score: 4, label: 'embedded and reviewed', answers: 1 },
    ]);
    expect(b).toMatchObject({ groupCode: 'B', items: 2, answered: 1, scored: 0, meanScore: null });
  });

  it('sets its answers beside the other boards’ published ones of the cycle, per question and per group', async () => {
    const { comparison } = (await secretariat.query(scores, { id: ourAssessment })).data.node;
    // Three boards count; the unpublished one, the LSCB and the other cycle do not.
    expect(comparison.comparedWith).toBe(3);
    const [a1, a2, b1, b11] = comparison.questions;
    expect(a1).toMatchObject({ question: { id: 'A1' }, score: 2, national: { scored: 3 } });
    expect(a1.national.meanScore).toBeCloseTo(7 / 3, 10);
    expect(a1.national.distribution.map((count: Loose) => count.answers)).toEqual([1, 1, 0, 1]);
    expect(a2).toMatchObject({ score: 4, national: { scored: 3, meanScore: 3 } });
    expect(b1).toMatchObject({ score: null, national: { scored: 3, meanScore: 2 } });
    expect(b11).toMatchObject({ score: null, national: { scored: 2, meanScore: 4 } });
    const [a, b] = comparison.groups;
    expect(a.meanScore).toBe(3);
    expect(a.national.meanScore).toBeCloseTo(16 / 6, 10);
    expect(a.difference).toBeCloseTo(3 - 16 / 6, 10);
    expect(b).toMatchObject({ meanScore: null, difference: null, national: { scored: 5, meanScore: 2.8 } });
  });

  it('keeps an unpublished self-assessment’s scores from others until it is published, then counts it nationally', async () => {
    const hidden = await outsider.query(scores, { id: ourAssessment });
    expect(hidden.data.node).toEqual({ groupScores: null, comparison: null });
    expect(hidden.errors?.map((error: Loose) => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const before = (await outsider.query(national, { cycle: '2008-09' })).data.selfAssessmentScores;
    expect(before.assessments).toBe(3);
    expect(before.groups.map((group: Loose) => [group.groupCode, group.scored, group.meanScore])).toEqual([
      ['A', 6, 16 / 6],
      ['B', 5, 2.8],
    ]);
    await expectForbiddenAttempt('self-assessment:edit', 'publishSelfAssessment', () =>
      outsider.query(publish, { input: { selfAssessment: ourAssessment, expectedVersion: 4 } }),
    );
    const stale = await secretariat.query(publish, { input: { selfAssessment: ourAssessment, expectedVersion: 1 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 4 });
    const published = await secretariat.query(publish, {
      input: { selfAssessment: ourAssessment, expectedVersion: 4 },
    });
    expect(published.data.publishSelfAssessment.selfAssessment).toEqual({ version: 5, published: true });
    const seen = await outsider.query(scores, { id: ourAssessment });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.node.groupScores[0].meanScore).toBe(3);
    const after = (await outsider.query(national, { cycle: '2008-09' })).data.selfAssessmentScores;
    expect(after.assessments).toBe(4);
    expect(after.groups[0]).toMatchObject({ groupCode: 'A', items: 2, assessments: 4, scored: 8, meanScore: 22 / 8 });
    // Other kinds of body are summed apart; an LSCB's never.
    const lscbs = (await outsider.query(national, { cycle: '2008-09', kind: 'LSCB' })).data.selfAssessmentScores;
    expect(lscbs.assessments).toBe(0);
  });

  it('never publishes an LSCB’s self-assessment, and refuses a cycle written otherwise, naming the argument', async () => {
    const lscbSecretariat = await api.as({ org: 'scoreshire-cc', roles: ['editor', `secretariat:${world.lscb}`] });
    expectRefused(
      await lscbSecretariat.query(publish, { input: { selfAssessment: world.lscbAssessment, expectedVersion: 1 } }),
      'BAD_USER_INPUT',
      'input.selfAssessment',
      '004 ¶84',
    );
    expectRefused(await api.query(national, { cycle: '2008/09' }), 'BAD_USER_INPUT', 'cycle');
  });
});

describe('statement counts', () => {
  it('scores and compares N bodies’ self-assessments in the same statements for 5 and 50', async () => {
    const { db } = database;
    const make = factories(db);
    const area = await make.area({ name: 'Manyshire' });
    const bodies = [];
    for (let index = 0; index < 50; index += 1) {
      bodies.push(
        await make.body(area.id, { name: `Board ${String(index).padStart(2, '0')}`, kind: 'CHILDRENS_TRUST_BOARD' }),
      );
    }
    const rows = await db
      .insert(selfAssessments)
      .values(bodies.map((body) => ({ bodyId: body.id, cycle: '2008-09', published: true })))
      .returning();
    await db
      .insert(selfAssessmentAnswers)
      .values(rows.map((row) => ({ selfAssessmentId: row.id, questionId: 'A1', narrative: 'x', score: 3 })));
    const query = `query($area: ID!, $first: Int) { bodies(filter: { area: $area }, first: $first) { nodes {
      selfAssessments { groupScores { meanScore } comparison { comparedWith groups { difference }
        questions { question { id } national { meanScore } } } } } } }`;
    const small = await api.query(query, { area: toGlobalId('Area', area.id), first: 5 });
    const large = await api.query(query, { area: toGlobalId('Area', area.id), first: 50 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.bodies.nodes).toHaveLength(50);
    expect(large.data.bodies.nodes[0].selfAssessments[0].comparison.comparedWith).toBeGreaterThanOrEqual(49);
    expect(large.statements).toBe(small.statements);
    console.info(`self-assessment scores and comparisons: ${large.statements} statements for 5 bodies and for 50`);
  });
});
