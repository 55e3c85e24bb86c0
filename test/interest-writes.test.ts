import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changes, interestDeclarations } from '../schema/database/index';
import { recordIdOf, toGlobalId } from '../src/shared/global-id';
import { administrationCode, startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let pctEditor: Client;
let secretariat: Client;
let outsider: Client;

const declare = `mutation($input: DeclareInterestInput!) { declareInterest(input: $input) {
  clientMutationId declaration { id version interest declaredOn } membership { id validTo } } }`;
const history = `query($id: ID!) { history(id: $id) { operation subject recordType before after } }`;
const declarationsOnBoard = `query($board: ID!, $asOf: Date) { body(id: $board, asOf: $asOf) {
  memberships { id interestDeclarations { id version interest declaredOn } } } }`;

/**
 * Interestshire's board has three seats: the PCT's own; a voluntary sector umbrella sitting on behalf of the council;
 * and the youth offending team's, which ended in 2007.
 */
async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-INTEREST', name: 'Interestshire' });
  const board = await make.body(area.id, {
    name: 'Interestshire board',
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
    validFrom: '2005-04-01',
  });
  const organisation = (code: string, name: string, kind: Loose, sector: Loose = 'PUBLIC') =>
    make.organisation({ code, name, kind, sector });
  const pct = await organisation('interestshire-pct', 'Interestshire PCT', 'PRIMARY_CARE_TRUST');
  const council = await organisation('interestshire-council', 'Interestshire Council', 'LOCAL_AUTHORITY');
  const cvs = await organisation(
    'interestshire-cvs',
    'Interestshire Voluntary Action',
    'VOLUNTARY_AND_COMMUNITY',
    'VOLUNTARY_AND_COMMUNITY',
  );
  const yot = await organisation('interestshire-yot', 'Interestshire YOT', 'YOUTH_OFFENDING_TEAM');
  await organisation('interestshire-police', 'Interestshire Police', 'POLICE_SERVICE');
  const seat = (values: Record<string, unknown>) =>
    make.membership({ bodyId: board.id, validFrom: '2006-01-01', ...values });
  const pctSeat = await seat({ memberOrganisationId: pct.id });
  const cvsSeat = await seat({ memberOrganisationId: cvs.id, onBehalfOfId: council.id, constituency: 'SECTOR' });
  const yotSeat = await seat({ memberOrganisationId: yot.id, validTo: '2007-04-01' });
  const ids = (row: { id: string }) => toGlobalId('Membership', row.id);
  return {
    area,
    board,
    boardId: toGlobalId('Body', board.id),
    pctSeat: ids(pctSeat),
    cvsSeat: ids(cvsSeat),
    yotSeat: ids(yotSeat),
    pctSeatRow: pctSeat,
  };
}

const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const declarationCount = async () => (await database.db.select().from(interestDeclarations)).length;
const { denialsOf, expectForbidden, failWritesBy } = writeChecks(() => database.db);

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  pctEditor = await api.as({ org: 'interestshire-pct', roles: ['editor'] });
  secretariat = await api.as({ org: 'interestshire-police', roles: ['reader', `secretariat:${world.boardId}`] });
  outsider = await api.as({ org: 'interestshire-police', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('declareInterest', () => {
  it('lets the member’s own organisation declare, giving the declaration an id, a version and its own history', async () => {
    const response = await pctEditor.query(declare, {
      input: {
        membership: world.pctSeat,
        interest: '  Trustee of Interestshire Young Carers  ',
        declaredOn: '2007-03-01',
      },
    });
    expect(response.errors).toBeUndefined();
    const { declaration, membership } = response.data.declareInterest;
    expect(declaration).toMatchObject({
      version: 1,
      interest: 'Trustee of Interestshire Young Carers',
      declaredOn: '2007-03-01',
    });
    expect(membership.id).toBe(world.pctSeat);
    expect(Buffer.from(declaration.id, 'base64url').toString('utf8')).toMatch(/^InterestDeclaration:/);

    const changed = await api.query(history, { id: declaration.id });
    expect(changed.data.history).toEqual([
      expect.objectContaining({
        operation: 'declareInterest',
        subject: 'interestshire-pct user',
        recordType: 'InterestDeclaration',
        before: null,
        after: expect.objectContaining({ interest: 'Trustee of Interestshire Young Carers' }),
      }),
    ]);
    const [entry] = await database.db
      .select()
      .from(changes)
      .where(eq(changes.recordId, rowId(declaration.id)));
    expect(entry?.areaId).toBe(world.area.id);
    // The area's auditors find it, because it is recorded in the area of the seat's body.
    const auditor = await api.as({ org: 'interestshire-police', roles: ['reader', 'auditor:T-INTEREST'] });
    expect((await auditor.query(history, { id: declaration.id })).data.history).toHaveLength(1);

    // A part, not a Node: node() answers null, and the seat is the way to read it.
    const node = await api.query(`query($id: ID!) { node(id: $id) { id } }`, { id: declaration.id });
    expect(node.data.node).toBeNull();
    const read = await api.query(declarationsOnBoard, { board: world.boardId, asOf: '2007-03-01' });
    const seat = read.data.body.memberships.find((m: Loose) => recordIdOf(m.id) === world.pctSeat);
    expect(seat.interestDeclarations).toEqual([declaration]);
  });

  it('lets the organisation a member acts for, the member’s own, the secretariat and administrators declare', async () => {
    const councilEditor = await api.as({ org: 'interestshire-council', roles: ['editor'] });
    const cvsEditor = await api.as({ org: 'interestshire-cvs', roles: ['editor'] });
    for (const [caller, interest] of [
      [councilEditor, 'Council grant to a member charity'],
      [cvsEditor, 'Bids for the parenting contract'],
      [secretariat, 'Declared at the June meeting'],
      [api, 'Recorded by the registry'],
    ] as const) {
      const response = await caller.query(declare, {
        input: { membership: world.cvsSeat, interest, declaredOn: '2008-06-01' },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data.declareInterest.declaration.interest).toBe(interest);
    }
  });

  const invalid: [string, Record<string, unknown>, string, string][] = [
    ['an empty interest', { interest: '   ' }, 'BAD_USER_INPUT', 'input.interest'],
    ['a day before the seat began', { declaredOn: '2005-12-31' }, 'BAD_USER_INPUT', 'input.declaredOn'],
    [
      'the day an ended seat ended (the end is exclusive)',
      { membership: 'YOT', declaredOn: '2007-04-01' },
      'BAD_USER_INPUT',
      'input.declaredOn',
    ],
    [
      'an id of the wrong type',
      { membership: toGlobalId('Body', '00000000-0000-0000-0000-000000000000') },
      'BAD_USER_INPUT',
      'input.membership',
    ],
    [
      'a membership that does not exist',
      { membership: toGlobalId('Membership', '00000000-0000-0000-0000-000000000000') },
      'NOT_FOUND',
      'input.membership',
    ],
  ];

  it.each(invalid)('refuses %s, naming the field, and writes nothing', async (_name, change, code, field) => {
    const before = await declarationCount();
    const input = {
      membership: world.pctSeat,
      interest: 'Shares in a care provider',
      declaredOn: '2008-01-01',
      ...change,
      ...(change.membership === 'YOT' ? { membership: world.yotSeat } : {}),
    };
    // A seat that does not exist has no secretariat or owner, so only an administrator gets as far as NOT_FOUND.
    const caller = code === 'NOT_FOUND' ? api : secretariat;
    expectRefused(await caller.query(declare, { input }), code, field);
    expect(await declarationCount()).toBe(before);
  });

  it('refuses anyone else, recording each refusal and writing nothing', async () => {
    const pctReader = await api.as({ org: 'interestshire-pct', roles: ['reader'] });
    const councilEditor = await api.as({ org: 'interestshire-council', roles: ['editor'] });
    const yotEditor = await api.as({ org: 'interestshire-yot', roles: ['editor'] });
    const before = await declarationCount();
    for (const caller of [outsider, pctReader, councilEditor, yotEditor]) {
      const denied = await denialsOf('declareInterest');
      const response = await caller.query(declare, {
        input: { membership: world.pctSeat, interest: 'Not theirs to declare', declaredOn: '2008-01-01' },
      });
      await expectForbidden(response, 'interest:declare', 'declareInterest', denied);
    }
    expect(await declarationCount()).toBe(before);
  });

  it('records once for a retried request, even when the retries race', async () => {
    const input = {
      membership: world.pctSeat,
      interest: 'Spouse employed by the council',
      declaredOn: '2009-01-01',
      clientMutationId: 'declaration-retry',
    };
    const first = await pctEditor.query(declare, { input });
    const second = await pctEditor.query(declare, { input });
    expect(second.data.declareInterest).toEqual(first.data.declareInterest);
    expect(second.data.declareInterest.clientMutationId).toBe('declaration-retry');
    const raced = await Promise.all([
      pctEditor.query(declare, { input: { ...input, clientMutationId: 'declaration-race' } }),
      pctEditor.query(declare, { input: { ...input, clientMutationId: 'declaration-race' } }),
    ]);
    expect(raced[0].data.declareInterest.declaration.id).toBe(raced[1].data.declareInterest.declaration.id);
    const rows = await database.db
      .select()
      .from(interestDeclarations)
      .where(eq(interestDeclarations.interest, 'Spouse employed by the council'));
    expect(rows).toHaveLength(2);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    await failWritesBy('interest fault injector');
    const faulty = await api.as({
      org: administrationCode,
      roles: ['administrator'],
      subject: 'interest fault injector',
    });
    const before = await declarationCount();
    const response = await faulty.query(declare, {
      input: { membership: world.pctSeat, interest: 'Never recorded', declaredOn: '2008-01-01' },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await declarationCount()).toBe(before);
  });
});

describe('who reads declarations', () => {
  it('shows them, ids and versions included, to partners and hides them from others', async () => {
    const partner = await api.as({ org: 'interestshire-council', roles: ['reader'] });
    const stranger = await api.as({ org: 'interestshire-police', roles: ['reader'] });
    const seen = await partner.query(declarationsOnBoard, { board: world.boardId });
    const pctSeat = seen.data.body.memberships.find((m: Loose) => m.id === world.pctSeat);
    expect(pctSeat.interestDeclarations.length).toBeGreaterThan(0);
    expect(pctSeat.interestDeclarations[0]).toMatchObject({ id: expect.any(String), version: 1 });
    const hidden = await stranger.query(declarationsOnBoard, { board: world.boardId });
    expect(hidden.data.body.memberships.every((m: Loose) => m.interestDeclarations === null)).toBe(true);
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'interest:read' });
  });

  it('applies the same rule to the payload: an organisation whose seat has ended records it but no longer reads it', async () => {
    const yotEditor = await api.as({ org: 'interestshire-yot', roles: ['editor'] });
    const before = await declarationCount();
    const response = await yotEditor.query(declare, {
      input: { membership: world.yotSeat, interest: 'Late declaration', declaredOn: '2006-06-01' },
    });
    expect(await declarationCount()).toBe(before + 1);
    expect(response.data.declareInterest).toMatchObject({
      declaration: null,
      membership: { validTo: '2007-04-01' },
    });
    expect(recordIdOf(response.data.declareInterest.membership.id)).toBe(world.yotSeat);
    expect(response.errors?.[0]).toMatchObject({
      path: ['declareInterest', 'declaration'],
      extensions: { code: 'FORBIDDEN', action: 'interest:read' },
    });
  });
});
