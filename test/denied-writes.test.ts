import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deniedWrites } from '../schema/database/index';
import { denialSummaryBytes, summariseInput } from '../src/auth/denial-summary';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let editor: Client;
let areaId: string;

const createBody = `mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }`;
const denials = () => database.db.select().from(deniedWrites).where(eq(deniedWrites.operation, 'createBody'));
const bytes = (text: string | null) => Buffer.byteLength(text ?? '', 'utf8');

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  areaId = (await make.area({ code: 'T-DENIED', name: 'Deniedshire' })).id;
  await make.organisation({ code: 'denied-council', name: 'Deniedshire Council' });
  editor = await api.as({ org: 'denied-council', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('denied_writes', () => {
  it('keeps what a refused write named and set, not its text', async () => {
    const area = toGlobalId('Area', areaId);
    const before = (await denials()).length;
    const response = await editor.query(createBody, {
      input: { name: 'Jo Bloggs’s board', kind: 'LSCB', level: 'STRATEGIC', area, validFrom: '2006-04-01' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'organisation:register' });
    const rows = await denials();
    expect(rows).toHaveLength(before + 1);
    expect(JSON.parse(rows.at(-1)!.target!)).toEqual({
      'input.name': 'text(17)',
      'input.kind': 'LSCB',
      'input.level': 'STRATEGIC',
      'input.area': area,
      'input.validFrom': '2006-04-01',
    });
  });

  it('adds a bounded row for a huge refused input', async () => {
    const before = await denials();
    const response = await editor.query(createBody, {
      input: {
        name: 'x'.repeat(900_000),
        kind: 'LSCB',
        level: 'STRATEGIC',
        area: toGlobalId('Area', areaId),
        validFrom: '2006-04-01',
      },
    });
    expect(response.status).toBeLessThan(500);
    expect(response.data?.createBody ?? null).toBeNull();
    const added = (await denials()).slice(before.length);
    // Refused by the permission rules, it is recorded; refused earlier, for its size, it leaves no row at all.
    if (response.errors?.[0]?.extensions?.code === 'FORBIDDEN') expect(added).toHaveLength(1);
    expect(added.length).toBeLessThanOrEqual(1);
    for (const row of added) {
      expect(bytes(row.target)).toBeLessThanOrEqual(denialSummaryBytes);
      expect(JSON.parse(row.target!)).toMatchObject({ 'input.name': 'text(900000)', 'input.kind': 'LSCB' });
    }
  });

  it('caps the summary of any input at the same size, counting the fields it leaves out', () => {
    const id = toGlobalId('Organisation', '00000000-0000-4000-8000-000000000000');
    const input = {
      post: id,
      funders: Array.from({ length: 10_000 }, () => ({ organisation: id, sharePercent: 0.01 })),
      notes: { nested: { deeper: { deepest: { text: 'é'.repeat(100_000) } } } },
    };
    const summary = summariseInput({ input });
    expect(bytes(summary)).toBeLessThanOrEqual(denialSummaryBytes);
    const parsed = JSON.parse(summary);
    expect(parsed).toMatchObject({ 'input.post': id, 'input.funders[0].organisation': id });
    expect(parsed['…']).toMatch(/^\d+\+? more$/);
  });
});
