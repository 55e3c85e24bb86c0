import { and, eq, gt, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetArrangements,
  contributions,
  decisions,
  delegations,
  organisationCoverage,
  organisationIdentifiers,
  organisationNames,
  organisations,
  people,
  postHoldings,
  posts,
  powers,
  ratifications,
} from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { bare, expectOneOfPair, expectOneWinner, inPairs, race, type Attempt } from './support/races';

/**
 * Writers racing each other over the rules the services check by reading first: the parts of organisations and
 * posts, decisions under delegations, contributions to arrangements, and duplicate answers. Each pair asks for a
 * dependant starting after the day its parent is being ended, so exactly one of the two can stand.
 */
let database: TestDatabase;
let api: TestApi;
let make: ReturnType<typeof factories>;
let areaId: string;

const pairs = 10;
const endOn = '2008-01-01';
const after = '2008-06-01';
const endOrganisation = bare('endOrganisation', 'EndOrganisationInput');
const organisationId = (row: { id: string }) => toGlobalId('Organisation', row.id);
const someOrganisations = () => Promise.all(Array.from({ length: pairs }, () => make.organisation()));
const ending = (row: { id: string }): Attempt => ({
  client: api,
  mutation: endOrganisation,
  input: { organisation: organisationId(row), endOn, expectedVersion: 1 },
});

/** Rows of `table` whose parent (joined on `parent`) ended before they do. */
async function outliving(table: { id: PgColumn; validTo: PgColumn }, on: SQL, parentEnd: PgColumn, ids: SQL) {
  return database.db
    .select({ id: table.id })
    .from(table as never)
    .innerJoin(organisations, on)
    .where(and(ids, isNotNull(parentEnd), or(isNull(table.validTo), gt(table.validTo, parentEnd))));
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  make = factories(database.db);
  areaId = (await make.area({ code: 'T-PART-RACES', name: 'Partshire' })).id;
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('an organisation ending while a part of it is added', () => {
  it('refuses one of a post and its employer’s end', async () => {
    const employers = await someOrganisations();
    const create = bare('createPost', 'CreatePostInput');
    const responses = await race(
      employers.flatMap((employer) => [
        ending(employer),
        {
          client: api,
          mutation: create,
          input: { employer: organisationId(employer), title: 'Lead', validFrom: after },
        },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.endOn', 'input.validFrom']);
    const ids = employers.map((row) => row.id);
    const left = await outliving(
      posts,
      eq(organisations.id, posts.employerId),
      organisations.validTo,
      inArray(posts.employerId, ids),
    );
    expect(left).toEqual([]);
  });

  it('refuses one of an identifier and its organisation’s end', async () => {
    const holders = await someOrganisations();
    const record = bare('recordOrganisationIdentifier', 'RecordOrganisationIdentifierInput');
    const responses = await race(
      holders.flatMap((holder, index) => [
        ending(holder),
        {
          client: api,
          mutation: record,
          input: { organisation: organisationId(holder), scheme: 'URN', value: `70000${index}`, validFrom: after },
        },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.endOn', 'input.validFrom']);
    const ids = inArray(
      organisationIdentifiers.organisationId,
      holders.map((row) => row.id),
    );
    const on = eq(organisations.id, organisationIdentifiers.organisationId);
    expect(await outliving(organisationIdentifiers, on, organisations.validTo, ids)).toEqual([]);
  });

  it('refuses one of an area’s coverage and its organisation’s end', async () => {
    const providers = await someOrganisations();
    const record = bare('recordOrganisationCoverage', 'RecordOrganisationCoverageInput');
    const area = toGlobalId('Area', areaId);
    const responses = await race(
      providers.flatMap((provider) => [
        ending(provider),
        { client: api, mutation: record, input: { organisation: organisationId(provider), area, validFrom: after } },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.endOn', 'input.validFrom']);
    const ids = inArray(
      organisationCoverage.organisationId,
      providers.map((row) => row.id),
    );
    const on = eq(organisations.id, organisationCoverage.organisationId);
    expect(await outliving(organisationCoverage, on, organisations.validTo, ids)).toEqual([]);
  });

  it('lets one of two renames, or of a rename and an end, through at the version they read', async () => {
    const renamed = await someOrganisations();
    const update = bare('updateOrganisation', 'UpdateOrganisationInput');
    const rename = (row: { id: string }, name: string): Attempt => ({
      client: api,
      mutation: update,
      input: { organisation: organisationId(row), name, nameChangedOn: '2007-01-01', expectedVersion: 1 },
    });
    const responses = await race(
      renamed.flatMap((row, index) => [
        rename(row, `First ${index}`),
        index % 2 ? rename(row, `Second ${index}`) : ending(row),
      ]),
    );
    for (const pair of inPairs(responses)) {
      expectOneWinner(pair, [{ code: 'CONFLICT', field: 'input.expectedVersion' }]);
    }
    const ids = renamed.map((row) => row.id);
    const names = await database.db
      .select()
      .from(organisationNames)
      .where(inArray(organisationNames.organisationId, ids));
    const now = await database.db.select().from(organisations).where(inArray(organisations.id, ids));
    for (const organisation of now) {
      // One write applied: a rename leaves the former name closed and the new one open; an end leaves no names.
      expect(organisation.version).toBe(2);
      const own = names.filter((name) => name.organisationId === organisation.id);
      if (organisation.validTo) expect(own).toEqual([]);
      else expect(own.find((name) => name.validTo === null)?.name).toBe(organisation.name);
      if (!organisation.validTo) expect(own).toHaveLength(2);
    }
  });
});

describe('a post ending while it is filled', () => {
  it('refuses one of a holding and the post’s end', async () => {
    const employer = await make.organisation();
    const filled = await database.db
      .insert(posts)
      .values(
        Array.from({ length: pairs }, (_, index) => ({
          title: `Post ${index}`,
          employerId: employer.id,
          validFrom: '2005-01-01',
        })),
      )
      .returning();
    const [person] = await database.db.insert(people).values({ name: 'A. Holder' }).returning();
    const [endPost, hold] = [bare('endPost', 'EndPostInput'), bare('recordPostHolding', 'RecordPostHoldingInput')];
    const responses = await race(
      filled.flatMap((post) => [
        { client: api, mutation: endPost, input: { post: toGlobalId('Post', post.id), endOn, expectedVersion: 1 } },
        {
          client: api,
          mutation: hold,
          input: { post: toGlobalId('Post', post.id), person: toGlobalId('Person', person!.id), validFrom: after },
        },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.endOn', 'input.validFrom']);
    const holdings = await database.db
      .select({ validTo: postHoldings.validTo, postEnd: posts.validTo })
      .from(postHoldings)
      .innerJoin(posts, eq(posts.id, postHoldings.postId))
      .where(
        inArray(
          posts.id,
          filled.map((post) => post.id),
        ),
      );
    for (const holding of holdings) expect(holding.postEnd).toBeNull();
  });

  it('gives a post one holder when 20 writers fill it for overlapping periods at once', async () => {
    const employer = await make.organisation();
    const [post] = await database.db
      .insert(posts)
      .values({ title: 'Chief', employerId: employer.id, validFrom: '2005-01-01' })
      .returning();
    const holders = await database.db
      .insert(people)
      .values(Array.from({ length: 2 * pairs }, (_, index) => ({ name: `Holder ${index}` })))
      .returning();
    const hold = bare('recordPostHolding', 'RecordPostHoldingInput');
    const responses = await race(
      holders.map((person, index) => ({
        client: api,
        mutation: hold,
        input: {
          post: toGlobalId('Post', post!.id),
          person: toGlobalId('Person', person.id),
          validFrom: `2006-0${1 + (index % 9)}-01`,
        },
      })),
    );
    expectOneWinner(responses, [{ code: 'BAD_USER_INPUT', field: 'input.validFrom' }]);
    expect(await database.db.select().from(postHoldings).where(eq(postHoldings.postId, post!.id))).toHaveLength(1);
  });
});

describe('powers and money', () => {
  it('refuses one of a decision under a delegation and the delegation’s revocation', async () => {
    const council = await make.organisation();
    const boards = await make.bodies(
      Array.from({ length: pairs }, (_, index) => ({
        name: `Deciding ${index}`,
        kind: 'THEME_SUB_GROUP' as const,
        level: 'EXECUTIVE' as const,
        areaId,
        validFrom: '2000-01-01',
      })),
    );
    const [power] = await database.db
      .insert(powers)
      .values({ code: 'race-power', description: 'Commission services' })
      .returning();
    const granted = await database.db
      .insert(delegations)
      .values(
        boards.map((board) => ({
          powerId: power!.id,
          delegatorOrganisationId: council.id,
          delegateBodyId: board.id,
          scope: 'Services',
          validFrom: '2005-01-01',
        })),
      )
      .returning();
    const [revoke, decide] = [
      bare('revokeDelegation', 'RevokeDelegationInput'),
      bare('recordDecision', 'RecordDecisionInput'),
    ];
    const responses = await race(
      granted.flatMap((delegation) => [
        {
          client: api,
          mutation: revoke,
          input: { delegation: toGlobalId('Delegation', delegation.id), endOn, expectedVersion: 1 },
        },
        {
          client: api,
          mutation: decide,
          input: {
            body: toGlobalId('Body', delegation.delegateBodyId!),
            delegation: toGlobalId('Delegation', delegation.id),
            decidedOn: after,
            summary: 'Commissioned',
            status: 'DECIDED_UNDER_DELEGATION',
          },
        },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.endOn', 'input.delegation']);
    const taken = await database.db
      .select({ decidedOn: decisions.decidedOn, until: delegations.validTo })
      .from(decisions)
      .innerJoin(delegations, eq(delegations.id, decisions.delegationId))
      .where(
        inArray(
          delegations.id,
          granted.map((row) => row.id),
        ),
      );
    for (const decision of taken) expect(decision.until).toBeNull();
  });

  it('refuses one of a contribution and its arrangement’s end', async () => {
    const arrangements = await database.db
      .insert(budgetArrangements)
      .values(
        Array.from({ length: pairs }, (_, index) => ({
          name: `Aligned ${index}`,
          kind: 'ALIGNED' as const,
          areaId,
          validFrom: '2005-04-01',
        })),
      )
      .returning();
    const [endArrangement, contribute] = [
      bare('endBudgetArrangement', 'EndBudgetArrangementInput'),
      bare('recordContribution', 'RecordContributionInput'),
    ];
    const responses = await race(
      arrangements.flatMap((arrangement) => [
        {
          client: api,
          mutation: endArrangement,
          input: {
            arrangement: toGlobalId('BudgetArrangement', arrangement.id),
            endOn: '2009-01-01',
            expectedVersion: 1,
          },
        },
        {
          client: api,
          mutation: contribute,
          input: {
            arrangement: toGlobalId('BudgetArrangement', arrangement.id),
            financialYear: '2009-10',
            amount: 1000,
          },
        },
      ]),
    );
    for (const pair of inPairs(responses)) expectOneOfPair(pair, ['input.endOn', 'input.financialYear']);
    const paid = await database.db
      .select({ until: budgetArrangements.validTo })
      .from(contributions)
      .innerJoin(budgetArrangements, eq(budgetArrangements.id, contributions.arrangementId))
      .where(
        inArray(
          budgetArrangements.id,
          arrangements.map((row) => row.id),
        ),
      );
    for (const arrangement of paid) expect(arrangement.until).toBeNull();
  });

  it('records one answer when a partner ratifies a decision 20 times at once', async () => {
    const partner = await make.organisation({ code: 'race-partner' });
    const [board] = await make.bodies([
      { name: 'Ratifying board', kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC', areaId, validFrom: '2000-01-01' },
    ]);
    await make.membership({ bodyId: board!.id, memberOrganisationId: partner.id, validFrom: '2005-01-01' });
    const [decision] = await database.db
      .insert(decisions)
      .values({ bodyId: board!.id, decidedOn: '2007-01-01', summary: 'Pool CAMHS', status: 'RECOMMENDATION' })
      .returning();
    const editor = await api.as({ org: 'race-partner', roles: ['editor'] });
    const ratify = bare('ratifyDecision', 'RatifyDecisionInput');
    const input = { decision: toGlobalId('Decision', decision!.id), status: 'RATIFIED', decidedOn: '2007-02-01' };
    const responses = await race(
      Array.from({ length: 2 * pairs }, () => ({ client: editor, mutation: ratify, input })),
    );
    expectOneWinner(responses, [{ code: 'BAD_USER_INPUT', field: 'input.status' }]);
    expect(
      await database.db.select().from(ratifications).where(eq(ratifications.decisionId, decision!.id)),
    ).toHaveLength(1);
  });
});
