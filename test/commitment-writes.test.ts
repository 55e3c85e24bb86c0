import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changes, plans, resourceCommitments } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused, outcomes, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let pctEditor: Client;
let policeEditor: Client;
let pctReader: Client;
let secretariat: Client;

const fields = 'id version description amount published organisation { code }';
const commit = `mutation($input: CommitResourcesInput!) { commitResources(input: $input) {
  clientMutationId commitment { ${fields} } } }`;
const publish = `mutation($input: PublishCommitmentInput!) { publishCommitment(input: $input) {
  commitment { ${fields} } } }`;
const update = `mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) {
  commitment { ${fields} } } }`;
const history = `query($id: ID!) { history(id: $id) { operation recordType before after } }`;
const commitmentsToPlan = `query($plan: ID!) { node(id: $plan) { ... on Plan { resourceCommitments { ${fields} } } } }`;

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-COMMIT', name: 'Commitshire' });
  const board = await make.body(area.id, { name: 'Commitshire board', kind: 'CHILDRENS_TRUST_BOARD' });
  const pct = await make.organisation({ code: 'commitshire-pct', name: 'Commitshire PCT', kind: 'PRIMARY_CARE_TRUST' });
  // A partner of the plan's body commits to it; the police are not on the board.
  await make.membership({ bodyId: board.id, memberOrganisationId: pct.id, validFrom: '2005-04-01' });
  await make.organisation({ code: 'commitshire-police', name: 'Commitshire Police', kind: 'POLICE_SERVICE' });
  const [plan] = await database.db
    .insert(plans)
    .values({
      kind: 'CYPP',
      title: 'Commitshire CYPP',
      areaId: area.id,
      ownerBodyId: board.id,
      periodStart: '2006-04-01',
    })
    .returning();
  return { area, board, boardId: toGlobalId('Body', board.id), plan: plan!, planId: toGlobalId('Plan', plan!.id) };
}

const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const stored = async (id: string) =>
  (
    await database.db
      .select()
      .from(resourceCommitments)
      .where(eq(resourceCommitments.id, rowId(id)))
  )[0]!;
const { denialsOf, expectForbidden } = writeChecks(() => database.db);

async function newCommitment(description: string, amount: number | null = 1000): Promise<Loose> {
  const response = await pctEditor.query(commit, { input: { plan: world.planId, description, amount } });
  expect(response.errors).toBeUndefined();
  return response.data.commitResources.commitment;
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  pctEditor = await api.as({ org: 'commitshire-pct', roles: ['editor'] });
  policeEditor = await api.as({ org: 'commitshire-police', roles: ['editor'] });
  pctReader = await api.as({ org: 'commitshire-pct', roles: ['reader'] });
  secretariat = await api.as({ org: 'commitshire-police', roles: ['reader', `secretariat:${world.boardId}`] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('commitResources', () => {
  it('gives the commitment an id and a version, and records it under its own id in the plan’s area', async () => {
    const commitment = await newCommitment('A school nurse for every cluster', 120000);
    expect(commitment).toMatchObject({ version: 1, published: false, organisation: { code: 'commitshire-pct' } });
    expect(Buffer.from(commitment.id, 'base64url').toString('utf8')).toMatch(/^ResourceCommitment:/);
    const changed = await api.query(history, { id: commitment.id });
    expect(changed.data.history).toEqual([
      expect.objectContaining({ operation: 'commitResources', recordType: 'ResourceCommitment', before: null }),
    ]);
    const [entry] = await database.db
      .select()
      .from(changes)
      .where(eq(changes.recordId, rowId(commitment.id)));
    expect(entry?.areaId).toBe(world.area.id);
    const planHistory = await api.query(history, { id: world.planId });
    expect(planHistory.data.history.map((change: Loose) => change.operation)).not.toContain('commitResources');
    // Until it is published, others see that it exists (id, version, who) but not what it says.
    const seen = await policeEditor.query(commitmentsToPlan, { plan: world.planId });
    expect(seen.data.node.resourceCommitments.find((c: Loose) => c.id === commitment.id)).toMatchObject({
      version: 1,
      description: null,
      amount: null,
    });
  });
});

describe('publishCommitment', () => {
  it('publishes the one commitment named, leaving the partner’s others unpublished, and records the change', async () => {
    const named = await newCommitment('Health visitors for children’s centres');
    const other = await newCommitment('A CAMHS link worker');
    const response = await pctEditor.query(publish, { input: { commitment: named.id, expectedVersion: 1 } });
    expect(response.errors).toBeUndefined();
    expect(response.data.publishCommitment.commitment).toMatchObject({ id: named.id, version: 2, published: true });
    expect((await stored(other.id)).published).toBe(false);
    const changed = await api.query(history, { id: named.id });
    expect(changed.data.history.map((change: Loose) => change.operation)).toEqual([
      'commitResources',
      'publishCommitment',
    ]);
    expect(changed.data.history[1]).toMatchObject({
      recordType: 'ResourceCommitment',
      before: { published: false },
      after: { published: true },
    });
    // Published commitments are public (001 ¶5).
    const seen = await policeEditor.query(commitmentsToPlan, { plan: world.planId });
    expect(seen.data.node.resourceCommitments.find((c: Loose) => c.id === named.id)).toMatchObject({
      description: 'Health visitors for children’s centres',
      amount: 1000,
    });
  });

  it('refuses a stale version with CONFLICT, and lets exactly one of two concurrent writers win', async () => {
    const commitment = await newCommitment('Speech and language therapy');
    const input = { commitment: commitment.id, expectedVersion: 1 };
    expect(outcomes(await Promise.all([pctEditor.query(publish, { input }), api.query(publish, { input })]))).toEqual([
      'CONFLICT',
      'OK',
    ]);
    const stale = await pctEditor.query(publish, { input });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await stored(commitment.id)).version).toBe(2);
  });

  const invalid: [string, () => Promise<Record<string, unknown>>, string, string][] = [
    [
      'a commitment already published',
      async () => {
        const commitment = await newCommitment('Published once');
        await pctEditor.query(publish, { input: { commitment: commitment.id, expectedVersion: 1 } });
        return { commitment: commitment.id, expectedVersion: 2 };
      },
      'BAD_USER_INPUT',
      'input.commitment',
    ],
    [
      'an id of the wrong type',
      async () => ({ commitment: world.planId, expectedVersion: 1 }),
      'BAD_USER_INPUT',
      'input.commitment',
    ],
    [
      'a commitment that does not exist',
      async () => ({
        commitment: toGlobalId('ResourceCommitment', '00000000-0000-0000-0000-000000000000'),
        expectedVersion: 1,
      }),
      'NOT_FOUND',
      'input.commitment',
    ],
  ];

  it.each(invalid)('refuses %s, naming the field, and changes nothing', async (_name, inputOf, code, field) => {
    const input = await inputOf();
    const before = await database.db.select().from(resourceCommitments);
    expectRefused(await api.query(publish, { input }), code, field);
    expect(await database.db.select().from(resourceCommitments)).toEqual(before);
  });

  it('refuses anyone but the committing organisation’s editors and administrators, recording each refusal', async () => {
    const commitment = await newCommitment('Not for others to publish');
    for (const caller of [policeEditor, pctReader, secretariat]) {
      const denied = await denialsOf('publishCommitment');
      const response = await caller.query(publish, { input: { commitment: commitment.id, expectedVersion: 1 } });
      await expectForbidden(response, 'commitment:edit', 'publishCommitment', denied);
    }
    expect(await stored(commitment.id)).toMatchObject({ published: false, version: 1 });
    const byAdministrator = await api.query(publish, { input: { commitment: commitment.id, expectedVersion: 1 } });
    expect(byAdministrator.data.publishCommitment.commitment.published).toBe(true);
  });
});

describe('updateCommitment', () => {
  it('changes an unpublished commitment, recording before and after; null clears the amount', async () => {
    const commitment = await newCommitment('Two social workers', 70000);
    const response = await pctEditor.query(update, {
      input: { commitment: commitment.id, expectedVersion: 1, description: '  Three social workers ', amount: 105000 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.updateCommitment.commitment).toMatchObject({
      version: 2,
      description: 'Three social workers',
      amount: 105000,
      published: false,
    });
    const cleared = await pctEditor.query(update, {
      input: { commitment: commitment.id, expectedVersion: 2, amount: null },
    });
    expect(cleared.data.updateCommitment.commitment).toMatchObject({
      version: 3,
      description: 'Three social workers',
      amount: null,
    });
    const changed = await api.query(history, { id: commitment.id });
    expect(changed.data.history.map((change: Loose) => change.operation)).toEqual([
      'commitResources',
      'updateCommitment',
      'updateCommitment',
    ]);
    expect(changed.data.history[1]).toMatchObject({
      recordType: 'ResourceCommitment',
      before: { description: 'Two social workers', amount: '70000.00' },
      after: { description: 'Three social workers', amount: '105000.00' },
    });
  });

  it('refuses to change a published commitment, saying why', async () => {
    const commitment = await newCommitment('Published and public');
    await pctEditor.query(publish, { input: { commitment: commitment.id, expectedVersion: 1 } });
    const response = await pctEditor.query(update, {
      input: { commitment: commitment.id, expectedVersion: 2, amount: 1 },
    });
    expectRefused(response, 'BAD_USER_INPUT', 'input.commitment');
    expect(response.errors?.[0]?.message).toMatch(/published.*public.*cannot be changed/);
    expect(await stored(commitment.id)).toMatchObject({ version: 2, amount: '1000.00' });
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['an empty description', { description: '  ' }, 'input.description'],
    ['a description set to null', { description: null }, 'input.description'],
    ['a negative amount', { amount: -5 }, 'input.amount'],
    ['nothing to change', {}, 'input.description'],
    [
      'an id of the wrong type',
      { commitment: toGlobalId('Plan', '00000000-0000-0000-0000-000000000000') },
      'input.commitment',
    ],
  ];

  it.each(invalid)('refuses %s, naming the field, and changes nothing', async (_name, change, field) => {
    const commitment = await newCommitment(`Unchanged by ${_name}`);
    const response = await pctEditor.query(update, {
      input: { commitment: commitment.id, expectedVersion: 1, ...change },
    });
    expectRefused(response, 'BAD_USER_INPUT', field);
    expect(await stored(commitment.id)).toMatchObject({ version: 1, description: `Unchanged by ${_name}` });
  });

  it('refuses a stale version with CONFLICT, and lets exactly one of two concurrent writers win', async () => {
    const commitment = await newCommitment('Youth workers');
    const attempt = (amount: number) =>
      pctEditor.query(update, { input: { commitment: commitment.id, expectedVersion: 1, amount } });
    expect(outcomes(await Promise.all([attempt(1), attempt(2)]))).toEqual(['CONFLICT', 'OK']);
    const stale = await attempt(3);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedVersion' });
    expect((await stored(commitment.id)).version).toBe(2);
  });

  it('refuses anyone but the committing organisation’s editors and administrators, recording each refusal', async () => {
    const commitment = await newCommitment('Only ours to change');
    for (const caller of [policeEditor, pctReader, secretariat]) {
      const denied = await denialsOf('updateCommitment');
      const response = await caller.query(update, {
        input: { commitment: commitment.id, expectedVersion: 1, description: 'Changed by another' },
      });
      await expectForbidden(response, 'commitment:edit', 'updateCommitment', denied);
    }
    expect(await stored(commitment.id)).toMatchObject({ version: 1, description: 'Only ours to change' });
    const byAdministrator = await api.query(update, {
      input: { commitment: commitment.id, expectedVersion: 1, description: 'Corrected by the registry' },
    });
    expect(byAdministrator.data.updateCommitment.commitment.description).toBe('Corrected by the registry');
  });
});
