import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let areaId: string;
let areaRowId: string;

const recordIdentifier = `mutation($input: RecordOrganisationIdentifierInput!) {
  recordOrganisationIdentifier(input: $input) { identifier { id version } } }`;
const recordCoverage = `mutation($input: RecordOrganisationCoverageInput!) {
  recordOrganisationCoverage(input: $input) { coverage { id version } } }`;
const endOrganisation = `mutation($input: EndOrganisationInput!) {
  endOrganisation(input: $input) { organisation { id validTo
    identifiers { value validTo } coveragePeriods { validFrom validTo } } } }`;
const recordStatus = `mutation($input: RecordBodyLegalStatusInput!) {
  recordBodyLegalStatus(input: $input) { legalStatus { id } } }`;
const endBody = `mutation($input: EndBodyInput!) {
  endBody(input: $input) { body { id validTo legalStatuses { status validFrom validTo } } } }`;
const history = `query($id: ID!) { history(id: $id) { operation before after } }`;

async function newOrganisation() {
  const organisation = await factories(database.db).organisation({ validFrom: '2002-04-01' });
  return toGlobalId('Organisation', organisation.id);
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const area = await factories(database.db).area({ name: 'Endshire', validFrom: '2000-01-01' });
  areaRowId = area.id;
  areaId = toGlobalId('Area', area.id);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('ending an organisation', () => {
  it('ends its identifiers and coverage that day, each in its own history, freeing its codes', async () => {
    const organisation = await newOrganisation();
    const identifier = await api.query(recordIdentifier, {
      input: { organisation, scheme: 'ODS', value: '5PT', validFrom: '2002-04-01' },
    });
    await api.query(recordCoverage, { input: { organisation, area: areaId, validFrom: '2002-04-01' } });
    const ended = await api.query(endOrganisation, {
      input: { organisation, endOn: '2006-10-01', expectedVersion: 1 },
    });
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endOrganisation.organisation).toMatchObject({
      validTo: '2006-10-01',
      identifiers: [{ value: '5PT', validTo: '2006-10-01' }],
      coveragePeriods: [{ validFrom: '2002-04-01', validTo: '2006-10-01' }],
    });
    const changes = await api.query(history, { id: identifier.data.recordOrganisationIdentifier.identifier.id });
    expect(changes.data.history.at(-1)).toMatchObject({
      operation: 'endOrganisation',
      before: expect.objectContaining({ validTo: null, version: 1 }),
      after: expect.objectContaining({ validTo: '2006-10-01', version: 2 }),
    });
    const successor = await newOrganisation();
    const reused = await api.query(recordIdentifier, {
      input: { organisation: successor, scheme: 'ODS', value: '5PT', validFrom: '2006-10-01' },
    });
    expect(reused.errors).toBeUndefined();
  });

  it('refuses while an identifier only begins on or after the end, and changes nothing', async () => {
    const organisation = await newOrganisation();
    await api.query(recordIdentifier, {
      input: { organisation, scheme: 'ODS', value: '5QA', validFrom: '2007-01-01' },
    });
    const refused = await api.query(endOrganisation, {
      input: { organisation, endOn: '2006-10-01', expectedVersion: 1 },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endOn' });
    expect(refused.errors?.[0]?.message).toContain('identifier(s) beginning on or after it');
    const still = await api.query(`query($id: ID!) { node(id: $id) { ... on Organisation { validTo version } } }`, {
      id: organisation,
    });
    expect(still.data.node).toEqual({ validTo: null, version: 1 });
  });
});

describe('ending a body', () => {
  it('ends its legal status that day', async () => {
    const board = await factories(database.db).body(areaRowId, { validFrom: '2005-04-01' });
    const body = toGlobalId('Body', board.id);
    await api.query(recordStatus, { input: { body, status: 'STATUTORY_BODY', validFrom: '2008-04-01' } });
    const ended = await api.query(endBody, { input: { body, endOn: '2010-04-01', expectedVersion: 1 } });
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endBody.body.legalStatuses).toEqual([
      { status: 'STATUTORY_BODY', validFrom: '2008-04-01', validTo: '2010-04-01' },
    ]);
  });
});
