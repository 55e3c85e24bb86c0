import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { administrationCode, startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

async function issue(headers: Record<string, string>, body: unknown) {
  const response = await fetch(`${api.url}/admin/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const bearer = async (roles: string[]) => ({
  authorization: `Bearer ${await api.identity.sign({ org: administrationCode, roles, sub: 'someone' })}`,
});

describe('POST /admin/api-keys', () => {
  it('issues a key to an administrator that works at once, read-only unless asked', async () => {
    const issued = await issue(await bearer(['administrator']), { organisation: administrationCode, label: 'dash' });
    expect(issued.status).toBe(201);
    expect(issued.body.secret).toMatch(/^prk_/);
    const viewer = await api.withHeaders({ 'x-api-key': issued.body.secret }).query('{ viewer { subject canWrite } }');
    expect(viewer.data.viewer).toEqual({ subject: `api-key:${issued.body.id}`, canWrite: false });
  });

  it('refuses anyone else, and a key minting keys', async () => {
    expect((await issue({}, { organisation: administrationCode, label: 'x' })).status).toBe(401);
    const editor = await issue(await bearer(['editor']), { organisation: administrationCode, label: 'x' });
    expect(editor.status).toBe(403);
    expect(editor.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const first = await issue(await bearer(['administrator']), {
      organisation: administrationCode,
      label: 'writer',
      canWrite: true,
    });
    const byKey = await issue({ 'x-api-key': first.body.secret }, { organisation: administrationCode, label: 'x' });
    expect(byKey.status).toBe(403);
  });

  it('names the input at fault', async () => {
    const administrator = await bearer(['administrator']);
    const noLabel = await issue(administrator, { organisation: administrationCode });
    expect(noLabel.status).toBe(400);
    expect(noLabel.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'label' });
    const unknown = await issue(administrator, { organisation: 'nowhere/council', label: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'organisation' });
    const get = await fetch(`${api.url}/admin/api-keys`, { headers: administrator });
    expect(get.status).toBe(405);
  });
});
