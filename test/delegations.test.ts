import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisions, delegations, powers, ratifications } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { exhaustiveReads, startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;

const names = (items: Loose[]) => items.map((item) => item.name ?? item.scope ?? item.summary);

/**
 * A county whose council delegates CAMHS commissioning to the trust board, which passes part of it to a joint
 * commissioning unit in a district; the PCT's delegation to the board ended in 2007. An unrelated area has its own.
 */
async function buildWorld() {
  const { db } = database;
  const make = factories(db);
  const county = await make.area({ name: 'Delegationshire', kind: 'COUNTY' });
  const district = await make.area({
    name: 'Delegation Vale',
    kind: 'DISTRICT',
    tier: 'LOWER',
    parentAreaId: county.id,
  });
  const elsewhere = await make.area({ name: 'Elsewhere' });
  const council = await make.organisation({ name: 'Delegationshire County Council', areaId: county.id });
  const pct = await make.organisation({ name: 'Delegationshire PCT', kind: 'PRIMARY_CARE_TRUST', areaId: county.id });
  const outsider = await make.organisation({ name: 'Elsewhere Council', areaId: elsewhere.id });
  const board = await make.body(county.id, { name: 'Delegationshire Children’s Trust', kind: 'CHILDRENS_TRUST_BOARD' });
  const unit = await make.body(district.id, { name: 'Vale Commissioning Unit', kind: 'JOINT_COMMISSIONING_UNIT' });
  const outsiderBody = await make.body(elsewhere.id, { name: 'Elsewhere Board' });
  const [camhs, care] = await db
    .insert(powers)
    .values([
      { code: 'TEST_CAMHS', description: 'Commission CAMHS', legalSource: 's31 Health Act 1999' },
      { code: 'TEST_CARE', description: 'Commission children’s social care' },
    ])
    .returning();
  const [toBoard, fromPct, toOutsider] = await db
    .insert(delegations)
    .values([
      {
        powerId: camhs!.id,
        delegatorOrganisationId: council.id,
        delegateBodyId: board.id,
        scope: 'CAMHS commissioning',
        instrument: 'Scheme of delegation 2005',
        financialLimit: '250000.50',
        reservedMatters: ['Setting the budget'],
        subDelegationAllowed: true,
        decisionRule: 'CONSENSUS',
        validFrom: '2005-04-01',
      },
      {
        powerId: care!.id,
        delegatorOrganisationId: pct.id,
        delegateBodyId: board.id,
        scope: 'Short breaks',
        validFrom: '2004-04-01',
        validTo: '2007-04-01',
      },
      {
        powerId: care!.id,
        delegatorOrganisationId: outsider.id,
        delegateBodyId: outsiderBody.id,
        scope: 'Elsewhere care',
        validFrom: '2004-04-01',
      },
    ])
    .returning();
  const [toUnit] = await db
    .insert(delegations)
    .values({
      powerId: camhs!.id,
      delegatorBodyId: board.id,
      delegateBodyId: unit.id,
      parentDelegationId: toBoard!.id,
      scope: 'Tier 3 CAMHS in the Vale',
      validFrom: '2006-01-01',
    })
    .returning();
  const [underDelegation, recommendation] = await db
    .insert(decisions)
    .values([
      {
        bodyId: board.id,
        decidedOn: '2006-03-01',
        summary: 'Commission tier 3 CAMHS',
        delegationId: toBoard!.id,
        status: 'DECIDED_UNDER_DELEGATION',
        published: true,
      },
      { bodyId: board.id, decidedOn: '2007-06-01', summary: 'Pool the short breaks budget', status: 'RECOMMENDATION' },
      {
        bodyId: unit.id,
        decidedOn: '2007-09-01',
        summary: 'Re-tender the Vale CAMHS service',
        delegationId: toUnit!.id,
        status: 'RATIFIED',
      },
    ])
    .returning();
  await db.insert(ratifications).values([
    { decisionId: recommendation!.id, organisationId: council.id, status: 'PENDING' },
    { decisionId: recommendation!.id, organisationId: pct.id, status: 'RATIFIED', decidedOn: '2007-07-01' },
    { decisionId: underDelegation!.id, organisationId: council.id, status: 'RATIFIED', decidedOn: '2006-04-01' },
  ]);
  return {
    countyId: toGlobalId('Area', county.id),
    councilId: toGlobalId('Organisation', council.id),
    pctId: toGlobalId('Organisation', pct.id),
    boardId: toGlobalId('Body', board.id),
    unitId: toGlobalId('Body', unit.id),
    camhsId: toGlobalId('Power', camhs!.id),
    rows: {
      toBoard: toBoard!,
      fromPct: fromPct!,
      toOutsider: toOutsider!,
      toUnit: toUnit!,
      recommendation: recommendation!,
    },
  };
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

const delegationFields = `scope instrument financialLimit reservedMatters subDelegationAllowed decisionRule validFrom validTo
  power { code legalSource }
  delegator { __typename ... on Body { name } ... on Organisation { name } }
  delegate { __typename ... on Body { name } ... on Organisation { name } }
  parentDelegation { scope }
  subDelegations { scope delegate { ... on Body { name } } }
  decisions { summary status }`;

describe('powers and delegations', () => {
  it('lists powers by code, with the delegations of each in force', async () => {
    const response = await api.query(`{ powers { code description legalSource delegations { scope } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data.powers).toEqual([
      {
        code: 'TEST_CAMHS',
        description: 'Commission CAMHS',
        legalSource: 's31 Health Act 1999',
        delegations: [{ scope: 'CAMHS commissioning' }, { scope: 'Tier 3 CAMHS in the Vale' }],
      },
      {
        code: 'TEST_CARE',
        description: 'Commission children’s social care',
        legalSource: null,
        delegations: [{ scope: 'Elsewhere care' }],
      },
    ]);
  });

  it('lists an area’s delegations in force today with their parties, chain and decisions', async () => {
    const response = await api.query(
      `query($area: ID!) { delegations(filter: { area: $area }) { totalCount nodes { ${delegationFields} } } }`,
      {
        area: world.countyId,
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.delegations.totalCount).toBe(2);
    const [toBoard, toUnit] = response.data.delegations.nodes;
    expect(toBoard).toEqual({
      scope: 'CAMHS commissioning',
      instrument: 'Scheme of delegation 2005',
      financialLimit: 250000.5,
      reservedMatters: ['Setting the budget'],
      subDelegationAllowed: true,
      decisionRule: 'CONSENSUS',
      validFrom: '2005-04-01',
      validTo: null,
      power: { code: 'TEST_CAMHS', legalSource: 's31 Health Act 1999' },
      delegator: { __typename: 'Organisation', name: 'Delegationshire County Council' },
      delegate: { __typename: 'Body', name: 'Delegationshire Children’s Trust' },
      parentDelegation: null,
      subDelegations: [{ scope: 'Tier 3 CAMHS in the Vale', delegate: { name: 'Vale Commissioning Unit' } }],
      decisions: [{ summary: 'Commission tier 3 CAMHS', status: 'DECIDED_UNDER_DELEGATION' }],
    });
    expect(toUnit.delegator).toEqual({ __typename: 'Body', name: 'Delegationshire Children’s Trust' });
    expect(toUnit.parentDelegation).toEqual({ scope: 'CAMHS commissioning' });
    expect(toUnit.decisions).toEqual([{ summary: 'Re-tender the Vale CAMHS service', status: 'RATIFIED' }]);
  });

  it('shows a delegation that ended in 2007 as at 2006, and not today', async () => {
    const scopes = async (asOf?: string) =>
      (
        await api.query(
          `query($area: ID!, $asOf: Date) { delegations(filter: { area: $area }, asOf: $asOf) { nodes { scope } } }`,
          {
            area: world.countyId,
            asOf,
          },
        )
      ).data.delegations.nodes.map((node: Loose) => node.scope);
    expect(await scopes('2006-06-01')).toEqual(['Short breaks', 'CAMHS commissioning', 'Tier 3 CAMHS in the Vale']);
    expect(await scopes('2005-06-01')).toEqual(['Short breaks', 'CAMHS commissioning']);
    expect(await scopes()).toEqual(['CAMHS commissioning', 'Tier 3 CAMHS in the Vale']);
  });

  it('filters by delegator, delegate and power', async () => {
    const scopes = async (filter: Record<string, string>, asOf = '2006-06-01') =>
      (
        await api.query(
          `query($filter: DelegationFilter, $asOf: Date) { delegations(filter: $filter, asOf: $asOf) { nodes { scope } } }`,
          {
            filter,
            asOf,
          },
        )
      ).data.delegations.nodes.map((node: Loose) => node.scope);
    expect(await scopes({ delegator: world.pctId })).toEqual(['Short breaks']);
    expect(await scopes({ delegator: world.boardId })).toEqual(['Tier 3 CAMHS in the Vale']);
    expect(await scopes({ delegate: world.boardId })).toEqual(['Short breaks', 'CAMHS commissioning']);
    expect(await scopes({ power: world.camhsId })).toEqual(['CAMHS commissioning', 'Tier 3 CAMHS in the Vale']);
    expect(await scopes({ delegate: world.boardId, power: world.camhsId })).toEqual(['CAMHS commissioning']);
  });

  it('shows what bodies and organisations granted and received, as at a date', async () => {
    const response = await api.query(
      `query($board: ID!, $pct: ID!) {
        body(id: $board) {
          now: delegationsReceived { scope } then: delegationsReceived(asOf: "2006-06-01") { scope }
          delegationsGranted { scope }
        }
        past: organisation(id: $pct, asOf: "2006-06-01") { delegationsGranted { scope } delegationsReceived { scope } }
        today: organisation(id: $pct) { delegationsGranted { scope } }
      }`,
      { board: world.boardId, pct: world.pctId },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.body).toEqual({
      now: [{ scope: 'CAMHS commissioning' }],
      then: [{ scope: 'Short breaks' }, { scope: 'CAMHS commissioning' }],
      delegationsGranted: [{ scope: 'Tier 3 CAMHS in the Vale' }],
    });
    expect(response.data.past).toEqual({ delegationsGranted: [{ scope: 'Short breaks' }], delegationsReceived: [] });
    expect(response.data.today).toEqual({ delegationsGranted: [] });
  });
});

describe('decisions and ratifications', () => {
  it('lists decisions in the order taken, filtered by body, status and pending ratification', async () => {
    const summaries = async (filter: Record<string, unknown>) =>
      names(
        (
          await api.query(
            `query($filter: DecisionFilter) { decisions(filter: $filter) { totalCount nodes { summary } } }`,
            { filter },
          )
        ).data.decisions.nodes,
      );
    expect(await summaries({ body: world.boardId })).toEqual([
      'Commission tier 3 CAMHS',
      'Pool the short breaks budget',
    ]);
    expect(await summaries({ statuses: ['RATIFIED', 'RECOMMENDATION'] })).toEqual([
      'Pool the short breaks budget',
      'Re-tender the Vale CAMHS service',
    ]);
    expect(await summaries({ awaitingRatificationBy: world.councilId })).toEqual(['Pool the short breaks budget']);
    expect(await summaries({ awaitingRatificationBy: world.pctId })).toEqual([]);
  });

  it('reads a decision’s body, delegation and ratifications', async () => {
    const response = await api.query(
      `query($board: ID!) { decisions(filter: { body: $board }) { nodes {
        summary decidedOn published body { name } delegation { scope power { code } }
        ratifications { status decidedOn organisation { name } decision { summary } }
        pending: ratifications(statuses: [PENDING]) { organisation { name } }
      } } }`,
      { board: world.boardId },
    );
    expect(response.errors).toBeUndefined();
    const [delegated, recommendation] = response.data.decisions.nodes;
    expect(delegated).toMatchObject({
      summary: 'Commission tier 3 CAMHS',
      decidedOn: '2006-03-01',
      published: true,
      body: { name: 'Delegationshire Children’s Trust' },
      delegation: { scope: 'CAMHS commissioning', power: { code: 'TEST_CAMHS' } },
    });
    expect(recommendation.delegation).toBeNull();
    expect(recommendation.ratifications).toEqual([
      {
        status: 'RATIFIED',
        decidedOn: '2007-07-01',
        organisation: { name: 'Delegationshire PCT' },
        decision: { summary: 'Pool the short breaks budget' },
      },
      {
        status: 'PENDING',
        decidedOn: null,
        organisation: { name: 'Delegationshire County Council' },
        decision: { summary: 'Pool the short breaks budget' },
      },
    ]);
    expect(recommendation.pending).toEqual([{ organisation: { name: 'Delegationshire County Council' } }]);
  });

  it('shows a body’s decisions and an organisation’s ratifications', async () => {
    const response = await api.query(
      `query($board: ID!, $council: ID!) {
        body(id: $board) { decisions { summary } recommendations: decisions(statuses: [RECOMMENDATION]) { summary } }
        organisation(id: $council) { ratifications { status decision { summary } } pending: ratifications(statuses: [PENDING]) { decision { summary } } }
      }`,
      { board: world.boardId, council: world.councilId },
    );
    expect(response.errors).toBeUndefined();
    expect(names(response.data.body.decisions)).toEqual(['Commission tier 3 CAMHS', 'Pool the short breaks budget']);
    expect(names(response.data.body.recommendations)).toEqual(['Pool the short breaks budget']);
    expect(response.data.organisation.ratifications).toHaveLength(2);
    expect(response.data.organisation.pending).toEqual([{ decision: { summary: 'Pool the short breaks budget' } }]);
  });
});

describe('node(id:) and bad input', () => {
  it('fetches a power, a delegation and a decision by global id', async () => {
    const listed = await api.query(
      `query($area: ID!) { powers { id } delegations(filter: { area: $area }, asOf: "2006-06-01") { nodes { id } } decisions(first: 1) { nodes { id } } }`,
      { area: world.countyId },
    );
    const ids = [listed.data.powers[0].id, listed.data.delegations.nodes[0].id, listed.data.decisions.nodes[0].id];
    const response = await api.query(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Power { code } ... on Delegation { scope validTo } ... on Decision { summary } } }`,
      { ids },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.nodes).toEqual([
      { __typename: 'Power', code: 'TEST_CAMHS' },
      { __typename: 'Delegation', scope: 'Short breaks', validTo: '2007-04-01' },
      { __typename: 'Decision', summary: 'Commission tier 3 CAMHS' },
    ]);
    const single = await api.query(`query($id: ID!) { node(id: $id) { ... on Delegation { scope } } }`, { id: ids[1] });
    expect(single.data.node).toEqual({ scope: 'Short breaks' });
  });

  it('refuses ids of the wrong type, naming the field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['delegations', { delegator: world.countyId }, 'filter.delegator'],
      ['delegations', { delegate: world.camhsId }, 'filter.delegate'],
      ['delegations', { power: world.boardId }, 'filter.power'],
      ['delegations', { area: world.boardId }, 'filter.area'],
      ['decisions', { body: world.councilId }, 'filter.body'],
      ['decisions', { awaitingRatificationBy: world.boardId }, 'filter.awaitingRatificationBy'],
    ];
    for (const [field, filter, name] of cases) {
      const type = field === 'delegations' ? 'DelegationFilter' : 'DecisionFilter';
      const response = await api.query(`query($filter: ${type}) { ${field}(filter: $filter) { totalCount } }`, {
        filter,
      });
      expect(response.errors?.[0]?.extensions, name).toMatchObject({ code: 'BAD_USER_INPUT', field: name });
    }
  });
});

describe('statement counts', () => {
  it('reads N delegations with their parties, chains, decisions and ratifications in the same statements for 5 and 50', async () => {
    const { db } = database;
    const make = factories(db);
    const area = await make.area({ name: 'Statement county' });
    const partner = await make.organisation({ areaId: area.id });
    const groups = await make.bodies(
      Array.from({ length: 60 }, (_, index) => ({
        name: `Group ${index}`,
        kind: 'THEME_SUB_GROUP' as const,
        level: 'EXECUTIVE' as const,
        areaId: area.id,
        validFrom: '2005-04-01',
      })),
    );
    const granted = await db
      .insert(delegations)
      .values(
        groups.map((group) => ({
          powerId: world.rows.toBoard.powerId,
          delegatorOrganisationId: partner.id,
          delegateBodyId: group.id,
          scope: `Scope for ${group.name}`,
          validFrom: '2005-04-01',
        })),
      )
      .returning();
    const taken = await db
      .insert(decisions)
      .values(
        granted.map((delegation) => ({
          bodyId: delegation.delegateBodyId!,
          decidedOn: '2006-01-01',
          summary: 'Spend',
          delegationId: delegation.id,
          status: 'DECIDED_UNDER_DELEGATION' as const,
        })),
      )
      .returning();
    await db
      .insert(ratifications)
      .values(taken.map((decision) => ({ decisionId: decision.id, organisationId: partner.id })));
    const query = `query($area: ID!, $first: Int) { delegations(filter: { area: $area }, first: $first) { nodes {
      scope power { code delegations { scope } } delegator { ... on Organisation { name delegationsGranted { scope } } }
      delegate { ... on Body { name delegationsReceived { scope } decisions { summary } } }
      parentDelegation { scope } subDelegations { scope }
      decisions { summary body { name } ratifications { status organisation { name ratifications { status } } } }
    } } }`;
    const small = await api.query(query, { area: toGlobalId('Area', area.id), first: 5 });
    const large = await api.query(query, { area: toGlobalId('Area', area.id), first: 50 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.delegations.nodes).toHaveLength(50);
    expect(large.data.delegations.nodes[7].decisions[0].ratifications[0].status).toBe('PENDING');
    // Batches of one loader reached at different depths may split with I/O timing, so the proof that no query
    // runs per row is that 5 rows and 50 rows stay under the same fixed bound.
    expect(small.statements).toBeLessThanOrEqual(15);
    // at most the page plus one per relation field selected (14), however many rows
    expect(large.statements).toBeLessThanOrEqual(15);
    console.info(`delegations page with neighbours: ${large.statements} statements for 5 and for 50`);
  });

  it('pages through delegations that start on the same day, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Loose = await api.query(
        `query($after: String) { delegations(first: 25, after: $after) { totalCount nodes { scope } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(page.data.delegations.totalCount).toBe(63);
      seen.push(...page.data.delegations.nodes.map((node: Loose) => node.scope));
      after = page.data.delegations.pageInfo.hasNextPage ? page.data.delegations.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(63);
    expect(new Set(seen).size).toBe(63);
  });
});
