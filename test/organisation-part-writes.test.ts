import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationCoverage, organisationIdentifiers, organisationSuccessions } from '../schema/database/index';
import { recordIdOf, toGlobalId } from '../src/shared/global-id';
import { administrationCode, startApi, type Client, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused, outcomes, sendAtOnce, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let councilEditor: Client;
let councilReader: Client;
let outsider: Client;

const nowhere = '00000000-0000-0000-0000-000000000000';
/** Stands in, in a table of cases, for the ended organisation's id, which exists only once the world is built. */
const abolished = 'the abolished organisation';
const recordIdentifier = `mutation($input: RecordOrganisationIdentifierInput!) {
  recordOrganisationIdentifier(input: $input) { clientMutationId
    identifier { id version scheme value validFrom validTo }
    organisation { id identifiers { id value } } } }`;
const endIdentifier = `mutation($input: EndOrganisationIdentifierInput!) {
  endOrganisationIdentifier(input: $input) { identifier { id version validTo } organisation { id } } }`;
const recordCoverage = `mutation($input: RecordOrganisationCoverageInput!) {
  recordOrganisationCoverage(input: $input) { clientMutationId
    coverage { id version validFrom validTo area { id name } }
    organisation { id coverage(asOf: "2007-01-01") { id } coveragePeriods { id } } } }`;
const endCoverage = `mutation($input: EndOrganisationCoverageInput!) {
  endOrganisationCoverage(input: $input) { coverage { id version validTo } organisation { id } } }`;
const recordSuccession = `mutation($input: RecordOrganisationSuccessionInput!) {
  recordOrganisationSuccession(input: $input) { clientMutationId
    succession { id kind occurredOn predecessor { id } successor { id } }
    organisation { id predecessors { id } } } }`;
const history = `query($id: ID!) { history(id: $id) { operation recordType record before after } }`;
const areaChanges = `query($area: ID!) { changes(area: $area, first: 100) { nodes { operation record } } }`;

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-PARTS', name: 'Partshire' });
  const neighbour = await make.area({ name: 'Neighbourshire', validFrom: '2003-04-01', validTo: '2009-04-01' });
  const council = await make.organisation({ code: 'parts-council', name: 'Partshire Council', areaId: area.id });
  const police = await make.organisation({ code: 'parts-police', name: 'Partshire Police', areaId: area.id });
  const abolished = await make.organisation({ code: 'parts-abolished', validTo: '2004-04-01' });
  return {
    area,
    areaId: toGlobalId('Area', area.id),
    neighbourId: toGlobalId('Area', neighbour.id),
    council,
    councilId: toGlobalId('Organisation', council.id),
    policeId: toGlobalId('Organisation', police.id),
    abolishedId: toGlobalId('Organisation', abolished.id),
  };
}

const { denialsOf, expectForbidden, failWritesBy } = writeChecks(() => database.db);

/** A new organisation's global id. */
const organisationFrom = async (validFrom: string) =>
  toGlobalId('Organisation', (await factories(database.db).organisation({ validFrom })).id);

type PartTable = typeof organisationIdentifiers | typeof organisationCoverage | typeof organisationSuccessions;
const count = async (table: PartTable) => (await database.db.select().from(table)).length;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  councilEditor = await api.as({ org: 'parts-council', roles: ['editor'] });
  councilReader = await api.as({ org: 'parts-council', roles: ['reader'] });
  outsider = await api.as({ org: 'parts-police', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('organisation identifiers', () => {
  const gss = () => ({ organisation: world.councilId, scheme: 'GSS', value: ' e10000099 ', validFrom: '2001-04-01' });

  it('its editors record one in the register’s own form, once per clientMutationId, with its history', async () => {
    const input = { ...gss(), clientMutationId: 'gss-1' };
    const first = await councilEditor.query(recordIdentifier, { input });
    expect(first.errors).toBeUndefined();
    const { identifier, organisation } = first.data.recordOrganisationIdentifier;
    expect(first.data.recordOrganisationIdentifier.clientMutationId).toBe('gss-1');
    expect(identifier).toMatchObject({ version: 1, scheme: 'GSS', value: 'E10000099', validTo: null });
    expect(organisation).toEqual({ id: world.councilId, identifiers: [{ id: identifier.id, value: 'E10000099' }] });
    const before = await count(organisationIdentifiers);
    const retry = await councilEditor.query(recordIdentifier, { input });
    expect(retry.data.recordOrganisationIdentifier.identifier.id).toBe(identifier.id);
    expect(await count(organisationIdentifiers)).toBe(before);
    const changes = await api.query(history, { id: identifier.id });
    expect(changes.data.history).toEqual([
      expect.objectContaining({
        operation: 'recordOrganisationIdentifier',
        recordType: 'OrganisationIdentifier',
        record: identifier.id,
        before: null,
        after: expect.objectContaining({ value: 'E10000099' }),
      }),
    ]);
    const inArea = await api.query(areaChanges, { area: world.areaId });
    expect(inArea.data.changes.nodes).toContainEqual({
      operation: 'recordOrganisationIdentifier',
      record: identifier.id,
    });
  });

  it.each([
    ['GSS', 'E10000028', 'E10000028'],
    ['URN', '123456', '123456'],
    ['UKPRN', '10001234', '10001234'],
    ['COMPANY_NUMBER', '01234567', '01234567'],
    ['COMPANY_NUMBER', 'sc123456', 'SC123456'],
    ['CHARITY_NUMBER', '1089464', '1089464'],
    ['CHARITY_NUMBER', '1089464-1', '1089464-1'],
    ['ODS', '5nl', '5NL'],
    ['GB_LAE', 'STS', 'STS'],
    ['OTHER', 'Anything at all', 'Anything at all'],
  ])('accepts a %s of %s, kept as %s', async (scheme, value, stored) => {
    const input = { organisation: world.policeId, scheme, value, validFrom: '2000-01-01' };
    const response = await api.query(recordIdentifier, { input });
    expect(response.errors).toBeUndefined();
    expect(response.data.recordOrganisationIdentifier.identifier.value).toBe(stored);
  });

  /** Each case: what is wrong, the change to a valid input, the error code, the field named, words of the reason. */
  // prettier-ignore
  const refusals: [string, Record<string, string>, string, string, string][] = [
    ['an empty value', { value: '   ' }, 'BAD_USER_INPUT', 'input.value', 'Must not be empty'],
    ['a GSS code of 7 digits', { value: 'E1000002' }, 'BAD_USER_INPUT', 'input.value', 'a letter and 8 digits'],
    ['a URN of 5 digits', { scheme: 'URN', value: '12345' }, 'BAD_USER_INPUT', 'input.value', '6 digits'],
    ['a UKPRN not starting 1', { scheme: 'UKPRN', value: '20001234' }, 'BAD_USER_INPUT', 'input.value', 'starting with 1'],
    ['a company number with one letter', { scheme: 'COMPANY_NUMBER', value: 'S1234567' }, 'BAD_USER_INPUT', 'input.value', '2-letter prefix'],
    ['a charity number of 5 digits', { scheme: 'CHARITY_NUMBER', value: '12345' }, 'BAD_USER_INPUT', 'input.value', '6 to 8 digits'],
    ['an ODS code of 7 characters', { scheme: 'ODS', value: 'ABCDEFG' }, 'BAD_USER_INPUT', 'input.value', '3 to 6 letters or digits'],
    ['a start before the organisation began', { validFrom: '1999-12-31' }, 'BAD_USER_INPUT', 'input.validFrom', 'began on 2000-01-01'],
    ['a start after the organisation ended', { organisation: abolished, validFrom: '2005-01-01' }, 'BAD_USER_INPUT', 'input.validFrom', 'ended on 2004-04-01'],
    ['an organisation that does not exist', { organisation: toGlobalId('Organisation', nowhere) }, 'NOT_FOUND', 'input.organisation', 'no such organisation'],
    ['an id of the wrong type', { organisation: toGlobalId('Area', nowhere) }, 'BAD_USER_INPUT', 'input.organisation', 'not the id of an Organisation'],
  ];

  it.each(refusals)(
    'refuses %s, naming the field and the format, and writes nothing',
    async (_name, change, code, field, reason) => {
      const input = { ...gss(), value: 'E10000111', ...change };
      if (input.organisation === abolished) input.organisation = world.abolishedId;
      const before = await count(organisationIdentifiers);
      const response = await api.query(recordIdentifier, { input });
      expectRefused(response, code, field);
      expect(response.errors?.[0]?.message).toContain(reason);
      expect(await count(organisationIdentifiers)).toBe(before);
    },
  );

  it('lets an identifier name one organisation at a time, and pass on once ended', async () => {
    const held = await api.query(recordIdentifier, { input: { ...gss(), value: 'E10000200' } });
    const identifier = held.data.recordOrganisationIdentifier.identifier;
    const taken = { ...gss(), organisation: world.policeId, value: 'E10000200', validFrom: '2009-04-01' };
    const before = await count(organisationIdentifiers);
    const refused = await api.query(recordIdentifier, { input: taken });
    expectRefused(refused, 'BAD_USER_INPUT', 'input.value');
    expect(refused.errors?.[0]?.message).toContain('names one organisation at a time');
    expect(await count(organisationIdentifiers)).toBe(before);
    const ended = await councilEditor.query(endIdentifier, {
      input: { identifier: identifier.id, endOn: '2009-04-01', expectedVersion: 1 },
    });
    expect(ended.data.endOrganisationIdentifier.identifier).toMatchObject({ version: 2, validTo: '2009-04-01' });
    const passedOn = await api.query(recordIdentifier, { input: taken });
    expect(passedOn.errors).toBeUndefined();
    const changes = await api.query(history, { id: identifier.id });
    expect(changes.data.history.map((change: { operation: string }) => change.operation)).toEqual([
      'recordOrganisationIdentifier',
      'endOrganisationIdentifier',
    ]);
    expect(changes.data.history[1]).toMatchObject({
      before: expect.objectContaining({ validTo: null }),
      after: expect.objectContaining({ validTo: '2009-04-01' }),
    });
  });

  it('ends one only after its start and at the version read; of two writers at one version one wins', async () => {
    const made = await councilEditor.query(recordIdentifier, { input: { ...gss(), value: 'E10000300' } });
    const id = made.data.recordOrganisationIdentifier.identifier.id;
    const early = await councilEditor.query(endIdentifier, {
      input: { identifier: id, endOn: '2001-04-01', expectedVersion: 1 },
    });
    expectRefused(early, 'BAD_USER_INPUT', 'input.endOn');
    const missing = await api.query(endIdentifier, {
      input: { identifier: toGlobalId('OrganisationIdentifier', nowhere), endOn: '2005-01-01', expectedVersion: 1 },
    });
    expectRefused(missing, 'NOT_FOUND', 'input.identifier');
    const race = await sendAtOnce(councilEditor, endIdentifier, [
      { identifier: id, endOn: '2006-01-01', expectedVersion: 1 },
      { identifier: id, endOn: '2007-01-01', expectedVersion: 1 },
    ]);
    expect(outcomes(race)).toEqual(['CONFLICT', 'OK']);
    const stale = await councilEditor.query(endIdentifier, {
      input: { identifier: id, endOn: '2005-01-01', expectedVersion: 1 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await database.db
      .select()
      .from(organisationIdentifiers)
      .where(eq(organisationIdentifiers.value, 'E10000300'));
    expect(row?.version).toBe(2);
  });

  it('refuses other organisations and readers, recording each denial and writing nothing', async () => {
    const before = await count(organisationIdentifiers);
    for (const client of [outsider, councilReader]) {
      const denied = await denialsOf('recordOrganisationIdentifier');
      const response = await client.query(recordIdentifier, { input: { ...gss(), value: 'E10000400' } });
      await expectForbidden(response, 'organisation:edit', 'recordOrganisationIdentifier', denied);
    }
    expect(await count(organisationIdentifiers)).toBe(before);
    const made = await councilEditor.query(recordIdentifier, { input: { ...gss(), value: 'E10000401' } });
    const id = made.data.recordOrganisationIdentifier.identifier.id;
    const denied = await denialsOf('endOrganisationIdentifier');
    const response = await outsider.query(endIdentifier, {
      input: { identifier: id, endOn: '2008-01-01', expectedVersion: 1 },
    });
    await expectForbidden(response, 'organisation:edit', 'endOrganisationIdentifier', denied);
    const [row] = await database.db
      .select()
      .from(organisationIdentifiers)
      .where(eq(organisationIdentifiers.value, 'E10000401'));
    expect(row).toMatchObject({ version: 1, validTo: null });
  });

  it('writes neither the identifier nor its history when the transaction fails part-way', async () => {
    await failWritesBy('part fault injector');
    const faulty = await api.as({ org: administrationCode, roles: ['administrator'], subject: 'part fault injector' });
    const before = await count(organisationIdentifiers);
    const response = await faulty.query(recordIdentifier, { input: { ...gss(), value: 'E10000500' } });
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await count(organisationIdentifiers)).toBe(before);
  });
});

describe('organisation coverage', () => {
  const serving = () => ({ organisation: world.councilId, area: world.neighbourId, validFrom: '2004-04-01' });

  it('its editors record an area served, once per clientMutationId, ending with the area by default', async () => {
    const input = { ...serving(), clientMutationId: 'cover-1' };
    const first = await councilEditor.query(recordCoverage, { input });
    expect(first.errors).toBeUndefined();
    const { coverage, organisation } = first.data.recordOrganisationCoverage;
    expect(coverage).toMatchObject({
      version: 1,
      validFrom: '2004-04-01',
      validTo: '2009-04-01',
      area: { id: world.neighbourId, name: 'Neighbourshire' },
    });
    // The payload reads the organisation as at the coverage's start: dated views of the same records.
    expect(organisation.coverage.map(({ id }: { id: string }) => recordIdOf(id))).toEqual([world.neighbourId]);
    expect(organisation.coveragePeriods.map(({ id }: { id: string }) => recordIdOf(id))).toEqual([
      recordIdOf(coverage.id),
    ]);
    const before = await count(organisationCoverage);
    const retry = await councilEditor.query(recordCoverage, { input });
    expect(retry.data.recordOrganisationCoverage.coverage.id).toBe(coverage.id);
    expect(await count(organisationCoverage)).toBe(before);
    const changes = await api.query(history, { id: coverage.id });
    expect(changes.data.history).toEqual([
      expect.objectContaining({
        operation: 'recordOrganisationCoverage',
        recordType: 'OrganisationCoverage',
        before: null,
      }),
    ]);
    const inArea = await api.query(areaChanges, { area: world.areaId });
    expect(inArea.data.changes.nodes).toContainEqual({ operation: 'recordOrganisationCoverage', record: coverage.id });
  });

  /** Each case: what is wrong, the change to a valid input, the error code, the field named, words of the reason. */
  // prettier-ignore
  const refusals: [string, Record<string, string>, string, string, string][] = [
    ['an end before the start', { validTo: '2004-01-01' }, 'BAD_USER_INPUT', 'input.validTo', 'must end after it starts'],
    ['a start before the area began', { validFrom: '2003-01-01' }, 'BAD_USER_INPUT', 'input.validFrom', 'area began'],
    ['a start after the area ended', { validFrom: '2009-04-01' }, 'BAD_USER_INPUT', 'input.validFrom', 'area ended'],
    ['an end after the area ended', { validTo: '2010-01-01' }, 'BAD_USER_INPUT', 'input.validTo', 'area ended'],
    ['a start after the organisation ended', { organisation: abolished }, 'BAD_USER_INPUT', 'input.validFrom', 'organisation ended'],
    ['a period it already serves the area in', { validFrom: '2008-01-01' }, 'BAD_USER_INPUT', 'input.validFrom', 'already serves that area'],
    ['an area that does not exist', { area: toGlobalId('Area', nowhere) }, 'NOT_FOUND', 'input.area', 'no such area'],
    ['an area id of the wrong type', { area: toGlobalId('Body', nowhere) }, 'BAD_USER_INPUT', 'input.area', 'not the id of an Area'],
  ];

  it.each(refusals)('refuses %s, naming the field, and writes nothing', async (_name, change, code, field, reason) => {
    const input = { ...serving(), ...change };
    if (input.organisation === abolished) input.organisation = world.abolishedId;
    const before = await count(organisationCoverage);
    const response = await api.query(recordCoverage, { input });
    expectRefused(response, code, field);
    expect(response.errors?.[0]?.message).toContain(reason);
    expect(await count(organisationCoverage)).toBe(before);
  });

  it('an administrator ends coverage at the version read, after its start; of two writers at one version one wins', async () => {
    const made = await api.query(recordCoverage, { input: { ...serving(), organisation: world.policeId } });
    const id = made.data.recordOrganisationCoverage.coverage.id;
    const early = await api.query(endCoverage, {
      input: { coverage: id, endOn: '2004-04-01', expectedVersion: 1 },
    });
    expectRefused(early, 'BAD_USER_INPUT', 'input.endOn');
    const race = await sendAtOnce(api, endCoverage, [
      { coverage: id, endOn: '2006-01-01', expectedVersion: 1 },
      { coverage: id, endOn: '2007-01-01', expectedVersion: 1 },
    ]);
    expect(outcomes(race)).toEqual(['CONFLICT', 'OK']);
    const stale = await api.query(endCoverage, { input: { coverage: id, endOn: '2005-01-01', expectedVersion: 1 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const after = await api.query(recordCoverage, {
      input: { ...serving(), organisation: world.policeId, validFrom: '2008-01-01', validTo: '2009-01-01' },
    });
    expect(after.data.recordOrganisationCoverage.coverage).toMatchObject({
      validFrom: '2008-01-01',
      validTo: '2009-01-01',
    });
    const changes = await api.query(history, { id });
    expect(changes.data.history.map((change: { operation: string }) => change.operation)).toEqual([
      'recordOrganisationCoverage',
      'endOrganisationCoverage',
    ]);
  });

  it('refuses other organisations and readers, recording each denial and writing nothing', async () => {
    const before = await count(organisationCoverage);
    for (const client of [outsider, councilReader]) {
      const denied = await denialsOf('recordOrganisationCoverage');
      const response = await client.query(recordCoverage, { input: { ...serving(), area: world.areaId } });
      await expectForbidden(response, 'organisation:edit', 'recordOrganisationCoverage', denied);
    }
    expect(await count(organisationCoverage)).toBe(before);
    const [own] = await database.db
      .select()
      .from(organisationCoverage)
      .where(eq(organisationCoverage.organisationId, world.council.id));
    const denied = await denialsOf('endOrganisationCoverage');
    const response = await outsider.query(endCoverage, {
      input: { coverage: toGlobalId('OrganisationCoverage', own!.id), endOn: '2008-01-01', expectedVersion: 1 },
    });
    await expectForbidden(response, 'organisation:edit', 'endOrganisationCoverage', denied);
  });
});

describe('organisation successions', () => {
  const pcts = async () => {
    const make = factories(database.db);
    const kinds = { kind: 'PRIMARY_CARE_TRUST' as const, areaId: world.area.id };
    const first = await make.organisation({ ...kinds, validFrom: '2002-04-01', validTo: '2006-10-01' });
    const second = await make.organisation({ ...kinds, validFrom: '2002-04-01', validTo: '2006-10-01' });
    const merged = await make.organisation({ ...kinds, validFrom: '2006-10-01' });
    const id = (row: { id: string }) => toGlobalId('Organisation', row.id);
    return { first: id(first), second: id(second), merged: id(merged) };
  };
  const merger = (predecessor: string, successor: string, occurredOn = '2006-10-01') => ({
    predecessor,
    successor,
    kind: 'MERGER',
    occurredOn,
  });

  it('an administrator records a merger, once per clientMutationId, in the successor’s history', async () => {
    const pct = await pcts();
    const input = { ...merger(pct.first, pct.merged), clientMutationId: 'merger-1' };
    const first = await api.query(recordSuccession, { input });
    expect(first.errors).toBeUndefined();
    const { succession, organisation } = first.data.recordOrganisationSuccession;
    expect(succession).toMatchObject({
      kind: 'MERGER',
      occurredOn: '2006-10-01',
      predecessor: { id: pct.first },
      successor: { id: pct.merged },
    });
    expect(organisation).toEqual({ id: pct.merged, predecessors: [{ id: succession.id }] });
    const before = await count(organisationSuccessions);
    const retry = await api.query(recordSuccession, { input });
    expect(retry.data.recordOrganisationSuccession.succession.id).toBe(succession.id);
    expect(await count(organisationSuccessions)).toBe(before);
    const changes = await api.query(history, { id: succession.id });
    expect(changes.data.history).toEqual([
      expect.objectContaining({ operation: 'recordOrganisationSuccession', recordType: 'OrganisationSuccession' }),
    ]);
    const inArea = await api.query(areaChanges, { area: world.areaId });
    expect(inArea.data.changes.nodes).toContainEqual({
      operation: 'recordOrganisationSuccession',
      record: succession.id,
    });
  });

  it('refuses successions that cannot have happened, naming the field, and writes nothing', async () => {
    const pct = await pcts();
    await api.query(recordSuccession, { input: merger(pct.first, pct.merged) });
    const [later, third] = await Promise.all([organisationFrom('2008-04-01'), organisationFrom('2008-04-01')]);
    await api.query(recordSuccession, { input: merger(pct.merged, later, '2008-04-01') });
    await api.query(recordSuccession, { input: merger(later, third, '2009-01-01') });
    const cases: [Record<string, unknown>, string, string, string][] = [
      [merger(pct.merged, pct.merged), 'BAD_USER_INPUT', 'input.successor', 'cannot succeed itself'],
      [merger(pct.second, pct.merged, '2006-06-01'), 'BAD_USER_INPUT', 'input.occurredOn', 'successor began'],
      [merger(pct.merged, pct.second, '2007-01-01'), 'BAD_USER_INPUT', 'input.occurredOn', 'successor ended'],
      [merger(pct.second, pct.merged, '2002-04-01'), 'BAD_USER_INPUT', 'input.occurredOn', 'predecessor began'],
      [merger(pct.first, pct.merged), 'BAD_USER_INPUT', 'input.successor', 'already recorded'],
      [merger(third, pct.merged, '2010-01-01'), 'BAD_USER_INPUT', 'input.predecessor', 'circle'],
      [merger(later, pct.merged, '2009-01-01'), 'BAD_USER_INPUT', 'input.predecessor', 'circle'],
      [merger(toGlobalId('Organisation', nowhere), pct.merged), 'NOT_FOUND', 'input.predecessor', 'no such'],
      [merger(pct.first, toGlobalId('Body', nowhere)), 'BAD_USER_INPUT', 'input.successor', 'not the id'],
    ];
    const before = await count(organisationSuccessions);
    for (const [input, code, field, reason] of cases) {
      const response = await api.query(recordSuccession, { input });
      expectRefused(response, code, field);
      expect(response.errors?.[0]?.message).toContain(reason);
    }
    expect(await count(organisationSuccessions)).toBe(before);
  });

  it('of two successions recorded at once that would close a circle, or repeat each other, exactly one stands', async () => {
    const anyOrganisation = () => organisationFrom('2000-01-01');
    const [a, b, c, d] = await Promise.all([
      anyOrganisation(),
      anyOrganisation(),
      anyOrganisation(),
      anyOrganisation(),
    ]);
    const before = await count(organisationSuccessions);
    const raced = await sendAtOnce(api, recordSuccession, [
      { ...merger(a, b, '2005-01-01'), kind: 'RENAMED' },
      { ...merger(b, a, '2005-01-01'), kind: 'RENAMED' },
    ]);
    expect(outcomes(raced)).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(await count(organisationSuccessions)).toBe(before + 1);
    const twice = await sendAtOnce(api, recordSuccession, [merger(c, d, '2005-01-01'), merger(c, d, '2005-01-01')]);
    expect(outcomes(twice)).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(await count(organisationSuccessions)).toBe(before + 2);
  });

  it('refuses anyone but an administrator, recording the denial and writing nothing', async () => {
    const pct = await pcts();
    const before = await count(organisationSuccessions);
    const denied = await denialsOf('recordOrganisationSuccession');
    const response = await councilEditor.query(recordSuccession, { input: merger(pct.second, pct.merged) });
    await expectForbidden(response, 'organisation:register', 'recordOrganisationSuccession', denied);
    expect(await count(organisationSuccessions)).toBe(before);
  });
});
