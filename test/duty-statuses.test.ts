import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutyStatuses } from '../schema/database/index';
import { seedDatabase } from '../seeds/index';
import { rowId } from '../seeds/sourced/builder';
import { seedId } from '../seeds/support/ids';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { expectRefused, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let editor: Client;

const torbay = toGlobalId('Area', seedId('areas', 'E06000027'));
const careTrust = toGlobalId('Organisation', rowId('organisations', 'torbay/care-trust'));
const statusFields = 'id version organisationKind regime status validFrom validTo sources { document locator }';
const recordStatus = `mutation($input: RecordDutyStatusInput!) { recordDutyStatus(input: $input) {
  clientMutationId dutyStatus { ${statusFields} } } }`;
const endStatus = `mutation($input: EndDutyStatusInput!) { endDutyStatus(input: $input) { dutyStatus { ${statusFields} } } }`;
const createPool = `mutation($input: CreateBudgetArrangementInput!) { createBudgetArrangement(input: $input) {
  budgetArrangement { id legalBasis host { name } } } }`;
const history = `query($id: ID!) { history(id: $id) { operation recordType before after } }`;
const statusesOf = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organisation {
  dutyStatuses(asOf: $asOf) { ${statusFields} } } } }`;

const { expectForbiddenAttempt } = writeChecks(() => database.db);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db);
  api = await startApi(database.db);
  editor = await api.as({ org: 'torbay/care-trust', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('care trusts under the s10 duty', () => {
  it('Torbay’s care trust has its own s10 status, cited, from its formation', async () => {
    const before = (await api.query(statusesOf, { id: careTrust, asOf: '2005-06-01' })).data.node.dutyStatuses;
    expect(before.filter((status: Loose) => status.regime === 'CA2004_S10')).toEqual([]);
    const after = (await api.query(statusesOf, { id: careTrust, asOf: '2007-06-01' })).data.node.dutyStatuses;
    expect(after).toEqual([
      expect.objectContaining({
        organisationKind: null,
        regime: 'CA2004_S10',
        status: 'DUTY_TO_COOPERATE',
        validFrom: '2005-12-01',
        sources: expect.arrayContaining([{ document: '003_6b44b8124f27778d.txt', locator: '¶15' }]),
      }),
    ]);
  });

  it('so it can host a pool under s10 with the council (004 ¶136)', async () => {
    const response = await api.query(createPool, {
      input: {
        name: 'Torbay children’s services pooled fund',
        kind: 'POOLED',
        legalBasis: 'CHILDREN_ACT_2004_S10',
        area: torbay,
        host: careTrust,
        validFrom: '2007-04-01',
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.createBudgetArrangement.budgetArrangement).toMatchObject({
      legalBasis: 'CHILDREN_ACT_2004_S10',
      host: { name: 'Torbay Care Trust' },
    });
  });
});

describe('duty statuses are written by administrators, with their sources and history', () => {
  let recorded: Loose;

  it('records a kind’s status once per key, and shows it as at the date', async () => {
    const input = {
      organisationKind: 'YOUTH_JUSTICE_BOARD',
      regime: 'CA2004_S10',
      status: 'NO_DUTY',
      validFrom: '2005-04-01',
      sources: [{ document: '004_b529969dbd0c921c.txt', locator: '¶42' }],
      clientMutationId: 'yjb-1',
    };
    const first = await api.query(recordStatus, { input });
    expect(first.errors).toBeUndefined();
    recorded = first.data.recordDutyStatus.dutyStatus;
    expect(recorded).toMatchObject({ organisationKind: 'YOUTH_JUSTICE_BOARD', status: 'NO_DUTY', version: 1 });
    expect((await api.query(recordStatus, { input })).data.recordDutyStatus.dutyStatus.id).toBe(recorded.id);
    const listed = await api.query(`query { dutyStatuses(kind: YOUTH_JUSTICE_BOARD, asOf: "2006-01-01") { id } }`);
    expect(listed.data.dutyStatuses).toEqual([{ id: recorded.id }]);
  });

  it.each([
    ['overlapping another', { validFrom: '2006-01-01' }, 'input.validFrom', /part of that period/],
    ['with no source', { sources: [] }, 'input.sources', /at least one/],
    ['naming both a kind and an organisation', { organisation: careTrust }, 'input.organisation', /not both/],
    ['ending before it starts', { validFrom: '2009-01-01', validTo: '2008-01-01' }, 'input.validTo', /end after/],
  ])('refuses a status %s, and records nothing', async (_name, change, field, message) => {
    const before = await database.db.select().from(dutyStatuses);
    const response = await api.query(recordStatus, {
      input: {
        organisationKind: 'YOUTH_JUSTICE_BOARD',
        regime: 'CA2004_S10',
        status: 'DUTY_TO_COOPERATE',
        validFrom: '2010-01-01',
        sources: [{ document: '004_b529969dbd0c921c.txt', locator: '¶42' }],
        ...change,
      },
    });
    expectRefused(response, 'BAD_USER_INPUT', field, message);
    expect(await database.db.select().from(dutyStatuses)).toHaveLength(before.length);
  });

  it('refuses anyone but an administrator, even for their own organisation', async () => {
    const before = await database.db.select().from(dutyStatuses);
    await expectForbiddenAttempt('organisation:register', 'recordDutyStatus', () =>
      editor.query(recordStatus, {
        input: {
          organisation: careTrust,
          regime: 'LAA_LSP',
          status: 'NAMED_PARTNER',
          validFrom: '2008-04-01',
          sources: [{ document: '003_6b44b8124f27778d.txt', locator: '¶40' }],
        },
      }),
    );
    await expectForbiddenAttempt('organisation:register', 'endDutyStatus', () =>
      editor.query(endStatus, { input: { dutyStatus: recorded.id, endOn: '2010-01-01', expectedVersion: 1 } }),
    );
    expect(await database.db.select().from(dutyStatuses)).toHaveLength(before.length);
  });

  it('ends a status with its version; both writes are in its history', async () => {
    expectRefused(
      await api.query(endStatus, { input: { dutyStatus: recorded.id, endOn: '2010-01-01', expectedVersion: 9 } }),
      'CONFLICT',
      'input.expectedVersion',
    );
    const ended = await api.query(endStatus, {
      input: { dutyStatus: recorded.id, endOn: '2010-01-01', expectedVersion: 1 },
    });
    expect(ended.data.endDutyStatus.dutyStatus).toMatchObject({ validTo: '2010-01-01', version: 2 });
    const changes = (await api.query(history, { id: recorded.id })).data.history;
    expect(changes.map((change: Loose) => change.operation)).toEqual(['recordDutyStatus', 'endDutyStatus']);
    const [row] = await database.db
      .select()
      .from(dutyStatuses)
      .where(eq(dutyStatuses.organisationKind, 'YOUTH_JUSTICE_BOARD'));
    expect(row?.validTo).toBe('2010-01-01');
  });
});

describe('coterminosity is read from coverage', () => {
  const query = `query($first: Int, $asOf: Date) { areas(first: $first, asOf: $asOf, filter: { tier: UPPER }) { nodes {
    code coterminosity { withPct withPolice pcts { name } policeServices { name } } } } }`;

  it('gives each area whether one PCT and one police service serve it alone, in a constant number of statements', async () => {
    const few = await api.query(query, { first: 10, asOf: '2007-06-01' });
    expect(few.data.areas.nodes.some((area: Loose) => area.coterminosity.policeServices.length)).toBe(true);
    const many = await api.query(query, { first: 50, asOf: '2007-06-01' });
    expect(many.errors).toBeUndefined();
    expect(many.statements).toBe(few.statements);
    const torbayArea = many.data.areas.nodes.find((area: Loose) => area.code === 'E06000027');
    expect(torbayArea.coterminosity.pcts).toEqual([{ name: 'Torbay Care Trust' }]);
    expect(torbayArea.coterminosity.withPct).toBe(true);
    for (const area of many.data.areas.nodes) {
      const { withPct, withPolice, pcts, policeServices } = area.coterminosity;
      if (!pcts.length) expect(withPct).toBeNull();
      if (pcts.length > 1) expect(withPct).toBe(false);
      if (!policeServices.length) expect(withPolice).toBeNull();
      if (policeServices.length > 1) expect(withPolice).toBe(false);
    }
    // One police service covers "two or more children's trusts" (003 ¶83): the Metropolitan Police is one.
    expect(many.data.areas.nodes.some((area: Loose) => area.coterminosity.withPolice === false)).toBe(true);
  });
});
