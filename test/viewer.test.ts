import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../src/auth/api-keys';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let world: { councilId: string; councilRowId: string; boardId: string; areaId: string; areaCode: string };

const viewer = `{ viewer { subject canWrite organisation { id code name }
  roles { role body { id name } area { id code } } } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  const area = await make.area({ code: 'E10000099', name: 'Viewershire' });
  const council = await make.organisation({ code: 'viewershire/council', name: 'Viewershire County Council' });
  await make.organisation({ code: 'viewershire/pct', name: 'Viewershire PCT', kind: 'PRIMARY_CARE_TRUST' });
  const board = await make.body(area.id, { name: 'Viewershire Children’s Trust Board' });
  world = {
    councilId: toGlobalId('Organisation', council.id),
    councilRowId: council.id,
    boardId: toGlobalId('Body', board.id),
    areaId: toGlobalId('Area', area.id),
    areaCode: area.code,
  };
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('viewer', () => {
  it('tells a signed-in officer which organisation it acts for and what its roles cover', async () => {
    const officer = await api.as({
      org: 'viewershire/council',
      roles: ['editor', `secretariat:${world.boardId}`],
      subject: 'officer-17',
    });
    const response = await officer.query(viewer);
    expect(response.errors).toBeUndefined();
    expect(response.data.viewer).toEqual({
      subject: 'officer-17',
      canWrite: true,
      organisation: { id: world.councilId, code: 'viewershire/council', name: 'Viewershire County Council' },
      roles: [
        { role: 'editor', body: null, area: null },
        { role: 'secretariat', body: { id: world.boardId, name: 'Viewershire Children’s Trust Board' }, area: null },
      ],
    });
  });

  it('shows an auditor its area, and a read-only API key that it may not write', async () => {
    const auditor = await api.as({ org: 'viewershire/council', roles: [`auditor:${world.areaCode}`] });
    expect((await auditor.query(viewer)).data.viewer.roles).toEqual([
      { role: 'auditor', body: null, area: { id: world.areaId, code: world.areaCode } },
    ]);
    const key = await issueApiKey(database.db, world.councilRowId, 'intranet dashboard');
    const machine = (await api.withHeaders({ 'x-api-key': key.secret }).query(viewer)).data.viewer;
    expect(machine).toMatchObject({
      subject: `api-key:${key.id}`,
      canWrite: false,
      organisation: { id: world.councilId },
    });
  });
});

describe('organisations by code', () => {
  it('finds organisations by the codes credentials name them by, and nothing for an unknown code', async () => {
    const query = `query($codes: [String!]) { organisations(filter: { codes: $codes }) { totalCount nodes { code } } }`;
    const found = await api.query(query, { codes: ['viewershire/pct', 'viewershire/council'] });
    expect(found.data.organisations.nodes.map((node: { code: string }) => node.code).sort()).toEqual([
      'viewershire/council',
      'viewershire/pct',
    ]);
    expect((await api.query(query, { codes: ['nowhere/nobody'] })).data.organisations.totalCount).toBe(0);
  });
});
