import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyAliases, bodyWorkings } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused, outcomes, sendAtOnce, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let secretariat: Client;
let outsider: Client;

const workingsFields = 'id version chairType votingArrangement governanceModel role decisionRule validFrom validTo';
const createBody = `mutation($input: CreateBodyInput!) { createBody(input: $input) {
  body { id chairType votingArrangement workingsHistory { ${workingsFields} } } } }`;
const recordWorkings = `mutation($input: RecordBodyWorkingsInput!) { recordBodyWorkings(input: $input) {
  clientMutationId workings { ${workingsFields} } body { chairType workingsHistory { ${workingsFields} } } } }`;
const endWorkings = `mutation($input: EndBodyWorkingsInput!) { endBodyWorkings(input: $input) {
  workings { ${workingsFields} } } }`;
const readAsOf = `query($id: ID!, $asOf: Date) { body(id: $id, asOf: $asOf) {
  chairType votingArrangement governanceModel role decisionRule aliases
  aliasHistory { id version alias validFrom validTo } } }`;
const recordAlias = `mutation($input: RecordBodyAliasInput!) { recordBodyAlias(input: $input) {
  body { aliases aliasHistory { id version alias validFrom validTo } } } }`;
const endAlias = `mutation($input: EndBodyAliasInput!) { endBodyAlias(input: $input) {
  body { aliases aliasHistory { id version alias validFrom validTo } } } }`;
const history = `query($id: ID!) { history(id: $id) { operation recordType before after } }`;

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-WORK', name: 'Workshire' });
  await make.organisation({ code: 'workshire-police', name: 'Workshire Police' });
  const board = await make.body(area.id, {
    name: 'Workshire board',
    kind: 'CHILDRENS_TRUST_BOARD',
    validFrom: '2005-04-01',
  });
  const ended = await make.body(area.id, {
    name: 'Workshire ACPC',
    kind: 'AREA_CHILD_PROTECTION_COMMITTEE',
    validFrom: '1995-01-01',
    validTo: '2006-04-01',
  });
  return { area, board, ended, boardId: toGlobalId('Body', board.id), areaId: toGlobalId('Area', area.id) };
}

const { expectForbiddenAttempt } = writeChecks(() => database.db);
const workingsOf = (bodyId: string) =>
  database.db.select().from(bodyWorkings).where(eq(bodyWorkings.bodyId, bodyId)).orderBy(bodyWorkings.validFrom);

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  secretariat = await api.as({ org: 'workshire-police', roles: ['reader', `secretariat:${world.boardId}`] });
  outsider = await api.as({ org: 'workshire-police', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('a body’s workings are dated facts', () => {
  it('a body registered with its workings has them from its first day', async () => {
    const response = await api.query(createBody, {
      input: {
        name: 'Workshire executive group',
        kind: 'EXECUTIVE_GROUP',
        level: 'EXECUTIVE',
        area: world.areaId,
        validFrom: '2006-01-01',
        chairType: 'DIRECTOR_OF_CHILDRENS_SERVICES',
        votingArrangement: 'CONSENSUS_ONLY',
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.createBody.body).toMatchObject({
      chairType: 'DIRECTOR_OF_CHILDRENS_SERVICES',
      votingArrangement: 'CONSENSUS_ONLY',
      workingsHistory: [expect.objectContaining({ validFrom: '2006-01-01', validTo: null, version: 1 })],
    });
  });

  it('the secretariat changes the chair from a date: each date reads its own, the rest carries on, both in history', async () => {
    const input = {
      body: world.boardId,
      validFrom: '2005-04-01',
      chairType: 'LEAD_MEMBER',
      votingArrangement: 'ALL_MEMBERS',
      governanceModel: 'COLLABORATIVE_STRATEGIC_PARTNERSHIP',
      clientMutationId: 'workings-1',
    };
    const first = await secretariat.query(recordWorkings, { input });
    expect(first.errors).toBeUndefined();
    const original = first.data.recordBodyWorkings.workings;
    expect(original).toMatchObject({ chairType: 'LEAD_MEMBER', validFrom: '2005-04-01', validTo: null, version: 1 });
    const retry = await secretariat.query(recordWorkings, { input });
    expect(retry.data.recordBodyWorkings.workings.id).toBe(original.id);
    expect(await workingsOf(world.board.id)).toHaveLength(1);

    const changed = await secretariat.query(recordWorkings, {
      input: { body: world.boardId, validFrom: '2007-09-01', expectedVersion: 1, chairType: 'INDEPENDENT' },
    });
    expect(changed.errors).toBeUndefined();
    const { workings, body } = changed.data.recordBodyWorkings;
    expect(workings).toMatchObject({
      chairType: 'INDEPENDENT',
      votingArrangement: 'ALL_MEMBERS',
      governanceModel: 'COLLABORATIVE_STRATEGIC_PARTNERSHIP',
      validFrom: '2007-09-01',
      validTo: null,
    });
    expect(body.workingsHistory).toEqual([{ ...original, version: 2, validTo: '2007-09-01' }, workings]);

    const at = async (asOf: string) => (await api.query(readAsOf, { id: world.boardId, asOf })).data.body;
    expect(await at('2006-06-01')).toMatchObject({ chairType: 'LEAD_MEMBER', votingArrangement: 'ALL_MEMBERS' });
    expect(await at('2008-03-31')).toMatchObject({ chairType: 'INDEPENDENT', votingArrangement: 'ALL_MEMBERS' });
    expect(await at('2005-01-01')).toMatchObject({ chairType: null, votingArrangement: null });

    const ended = (await api.query(history, { id: original.id })).data.history;
    expect(ended.map((entry: { operation: string }) => entry.operation)).toEqual([
      'recordBodyWorkings',
      'recordBodyWorkings',
    ]);
    expect(ended[1]).toMatchObject({
      recordType: 'BodyWorkings',
      before: expect.objectContaining({ validTo: null }),
      after: expect.objectContaining({ validTo: '2007-09-01' }),
    });
  });

  it.each([
    ['on the day the latest began', { validFrom: '2007-09-01' }, 'input.validFrom', /began on 2007-09-01/],
    ['before the latest began', { validFrom: '2006-01-01' }, 'input.validFrom', /began on 2007-09-01/],
    ['that changes nothing', { chairType: 'INDEPENDENT' }, 'input', /already its workings/],
    ['that names nothing', { chairType: null }, 'input', /at least one/],
  ])('refuses a change %s, naming the field, and changes nothing', async (_name, change, field, message) => {
    const before = await workingsOf(world.board.id);
    const response = await secretariat.query(recordWorkings, {
      input: { body: world.boardId, validFrom: '2009-01-01', chairType: 'LEADER_OF_THE_COUNCIL', ...change },
    });
    expectRefused(response, 'BAD_USER_INPUT', field, message);
    expect(await workingsOf(world.board.id)).toEqual(before);
  });

  it('refuses a stale version, a day the body did not exist, and anyone but the secretariat', async () => {
    const before = await workingsOf(world.board.id);
    const stale = await secretariat.query(recordWorkings, {
      input: { body: world.boardId, validFrom: '2009-01-01', expectedVersion: 7, decisionRule: 'CONSENSUS' },
    });
    expectRefused(stale, 'CONFLICT', 'input.expectedVersion');
    const gone = await api.query(recordWorkings, {
      input: { body: toGlobalId('Body', world.ended.id), validFrom: '2007-01-01', chairType: 'INDEPENDENT' },
    });
    expectRefused(gone, 'BAD_USER_INPUT', 'input.validFrom', /ended on 2006-04-01/);
    await expectForbiddenAttempt('body:edit', 'recordBodyWorkings', () =>
      outsider.query(recordWorkings, { input: { body: world.boardId, validFrom: '2009-01-01', role: 'ADVISORY' } }),
    );
    expect(await workingsOf(world.board.id)).toEqual(before);
  });

  it('of two writers changing the same workings at once, one wins', async () => {
    const [, open] = await workingsOf(world.board.id);
    const attempts = await sendAtOnce(
      secretariat,
      recordWorkings,
      ['UNANIMOUS', 'CONSENSUS'].map((rule) => ({
        body: world.boardId,
        validFrom: '2009-01-01',
        expectedVersion: open!.version,
        decisionRule: rule,
      })),
    );
    expect(outcomes(attempts).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(await workingsOf(world.board.id)).toHaveLength(3);
  });

  it('ends a period with its version, and the body reads no workings after', async () => {
    const open = (await workingsOf(world.board.id)).at(-1)!;
    const id = toGlobalId('BodyWorkings', open.id);
    expectRefused(
      await secretariat.query(endWorkings, { input: { workings: id, endOn: '2010-01-01', expectedVersion: 99 } }),
      'CONFLICT',
      'input.expectedVersion',
    );
    const ended = await secretariat.query(endWorkings, {
      input: { workings: id, endOn: '2010-01-01', expectedVersion: open.version },
    });
    expect(ended.data.endBodyWorkings.workings).toMatchObject({ validTo: '2010-01-01' });
    const later = (await api.query(readAsOf, { id: world.boardId, asOf: '2011-01-01' })).data.body;
    expect(later.chairType).toBeNull();
  });
});

describe('a body’s other names have periods', () => {
  it('records a name for the years it was used; the body answers with the names of the date', async () => {
    const recorded = await secretariat.query(recordAlias, {
      input: {
        body: world.boardId,
        alias: 'Workshire Change for Children Board',
        validFrom: '2005-04-01',
        validTo: '2008-01-01',
      },
    });
    expect(recorded.errors).toBeUndefined();
    const always = await secretariat.query(recordAlias, { input: { body: world.boardId, alias: 'Workshire Trust' } });
    expect(always.data.recordBodyAlias.body.aliases).toEqual(['Workshire Trust']);
    const at = async (asOf: string) => (await api.query(readAsOf, { id: world.boardId, asOf })).data.body;
    expect((await at('2006-01-01')).aliases.sort()).toEqual(['Workshire Change for Children Board', 'Workshire Trust']);
    expect((await at('2009-01-01')).aliases).toEqual(['Workshire Trust']);
    expect((await at('2009-01-01')).aliasHistory).toEqual([
      expect.objectContaining({ alias: 'Workshire Change for Children Board', validTo: '2008-01-01' }),
      expect.objectContaining({ alias: 'Workshire Trust', validFrom: '2005-04-01', validTo: null }),
    ]);
  });

  it('refuses the same name for overlapping days, and a name outside the body’s existence', async () => {
    const before = await database.db.select().from(bodyAliases).where(eq(bodyAliases.bodyId, world.board.id));
    const twice = await secretariat.query(recordAlias, {
      input: { body: world.boardId, alias: 'Workshire Trust', validFrom: '2006-01-01', validTo: '2007-01-01' },
    });
    expectRefused(twice, 'BAD_USER_INPUT', 'input.alias', /for part of that period/);
    const early = await secretariat.query(recordAlias, {
      input: { body: world.boardId, alias: 'Early name', validFrom: '2001-01-01' },
    });
    expectRefused(early, 'BAD_USER_INPUT', 'input.validFrom', /began on 2005-04-01/);
    expect(await database.db.select().from(bodyAliases).where(eq(bodyAliases.bodyId, world.board.id))).toEqual(before);
  });

  it('ends a name with its version; outsiders may not', async () => {
    const trust = (await api.query(readAsOf, { id: world.boardId })).data.body.aliasHistory.find(
      (alias: { alias: string }) => alias.alias === 'Workshire Trust',
    );
    const input = { alias: trust.id, endOn: '2010-06-01', expectedVersion: trust.version };
    await expectForbiddenAttempt('body:edit', 'endBodyAlias', () => outsider.query(endAlias, { input }));
    const ended = await secretariat.query(endAlias, { input });
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endBodyAlias.body.aliases).toEqual([]);
    const changes = (await api.query(history, { id: trust.id })).data.history;
    expect(changes.map((entry: { operation: string }) => entry.operation)).toEqual(['recordBodyAlias', 'endBodyAlias']);
  });
});
